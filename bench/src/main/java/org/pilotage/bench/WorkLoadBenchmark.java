package org.pilotage.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What a user waits for, measured over HTTP against the running application: signs in as the demo provider
 * manager and the demo client member (personal API tokens), draws request parameters from the database (the
 * engagements each may see, weighted by their number of items, and random items on them), warms up, then sends
 * each kind of request one at a time and reports p50, p95, p99 and max per kind. Usage (README.md):
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.pilotage.bench.WorkLoadBenchmark --base=http://127.0.0.1:8095 \
 *     --url=jdbc:postgresql://127.0.0.1:5432/pilotage_bench [--requests=1000] [--warmup=200] [--search=q]
 *     [--out=bench/results/work-load.md]
 * </pre>
 *
 * {@code --search=text} measures the list's title filter ({@code text=}), {@code --search=q} the full-text search
 * parameter ({@code q=}), {@code --search=none} neither.
 */
public final class WorkLoadBenchmark {

	private static final String[] STATUSES = { "NEW", "OPEN", "IN_PROGRESS", "WAITING_ON_CLIENT", "WAITING_ON_PROVIDER",
			"RESOLVED" };
	private static final String[] PRIORITIES = { "P1", "P2", "P3", "P4" };
	/** Search terms from common (tens of thousands of items) to rare (a few dozen). */
	static final String[] TERMS = { "password", "VPN", "imprimante", "Outlook", "timeout", "certificat", "Kubernetes",
			"synchronise", "licence", "export", "Teams", "Kerberos", "BitLocker", "ORA-12541", "Zscaler", "DMARC",
			"Keycloak", "Veeam" };

	private final HttpClient http = BenchHttp.client();
	private final String base;
	private final SplittableRandom random;

	WorkLoadBenchmark(String base, long seed) {
		this.base = base;
		this.random = new SplittableRandom(seed);
	}

	record Caller(String email, String token, List<UUID> engagements, long[] cumulativeItems, List<UUID> items) {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = WorkDataGenerator.options(args);
		String base = options.getOrDefault("base", "http://127.0.0.1:8095");
		String url = options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/pilotage_bench");
		int requests = Integer.parseInt(options.getOrDefault("requests", "1000"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "200"));
		String search = options.getOrDefault("search", "none");
		String kinds = options.getOrDefault("kinds", "list,detail,search");
		// "across" (GET /api/v1/work-items) exists once the cross-engagement list does
		WorkLoadBenchmark bench = new WorkLoadBenchmark(base, Long.parseLong(options.getOrDefault("seed", "7")));
		List<Caller> callers = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(url, options.getOrDefault("user", "root"),
				options.getOrDefault("password", ""))) {
			for (String email : List.of("manager@atlas.demo", "client.member@acme.demo")) {
				callers.add(bench.caller(db, email, requests + warmup));
			}
		}
		Map<String, long[]> results = new LinkedHashMap<>();
		for (Caller caller : callers) {
			String who = caller.email().startsWith("manager") ? "provider manager" : "client member";
			if (kinds.contains("list")) {
				results.put("list, " + who, bench.measure(warmup, requests, () -> bench.list(caller, null, false)));
			}
			if (kinds.contains("across")) {
				results.put("list across engagements, " + who,
						bench.measure(warmup, requests, () -> bench.list(caller, null, true)));
			}
			if (kinds.contains("detail")) {
				long[][] detail = bench.detail(caller, warmup, requests);
				results.put("detail: item, " + who, detail[0]);
				results.put("detail: events, " + who, detail[1]);
				results.put("detail: comments, " + who, detail[2]);
				results.put("detail: the three in sequence, " + who, detail[3]);
			}
			if (kinds.contains("search") && !search.equals("none")) {
				results.put("search (" + search + "=) in an engagement, " + who, bench.measure(warmup, requests,
						() -> bench.list(caller, search + "=" + enc(WorkVocabulary.pick(bench.random, TERMS)), false)));
				if (kinds.contains("across")) {
					results.put("search (" + search + "=) across engagements, " + who, bench.measure(warmup, requests,
							() -> bench.list(caller, search + "=" + enc(WorkVocabulary.pick(bench.random, TERMS)), true)));
				}
			}
		}
		String report = report(results, requests, warmup, search);
		BenchHttp.publish(report, options.get("out"));
	}

	Caller caller(Connection db, String email, int samples) throws SQLException, IOException, InterruptedException {
		String token = token(email);
		List<UUID> engagements = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		try (PreparedStatement query = db.prepareStatement("""
				SELECT e.id, (SELECT COUNT(*) FROM work_items w WHERE w.engagement_id = e.id) AS items
				  FROM engagements e
				 WHERE e.client_org_id IN (SELECT m.organization_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = ?)
				    OR e.provider_org_id IN (SELECT m.organization_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = ?)
				 ORDER BY e.id""")) {
			query.setString(1, email);
			query.setString(2, email);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					engagements.add(rs.getObject("id", UUID.class));
					counts.add(rs.getLong("items"));
				}
			}
		}
		long[] cumulative = new long[counts.size()];
		long total = 0;
		for (int i = 0; i < cumulative.length; i++) {
			total += counts.get(i);
			cumulative[i] = total;
		}
		List<UUID> items = new ArrayList<>();
		try (PreparedStatement query = db.prepareStatement(
				"SELECT id FROM work_items WHERE engagement_id = ANY (?) ORDER BY md5(id::text || ?) LIMIT ?")) {
			Array ids = db.createArrayOf("uuid", engagements.toArray());
			query.setArray(1, ids);
			query.setString(2, Long.toString(random.nextLong()));
			query.setInt(3, samples);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					items.add(rs.getObject(1, UUID.class));
				}
			}
		}
		System.out.printf("%s sees %d engagements, %,d items%n", email, engagements.size(), total);
		return new Caller(email, token, engagements, cumulative, items);
	}

	private String token(String email) throws IOException, InterruptedException {
		return BenchHttp.token(http, base, email);
	}

	/**
	 * One list request: an engagement drawn by its share of items (or all the caller's, {@code across}), a status
	 * and a priority filter or none, or {@code extra} instead of them.
	 */
	long list(Caller caller, String extra, boolean across) {
		long pick = random.nextLong(caller.cumulativeItems()[caller.cumulativeItems().length - 1]);
		int index = Arrays.binarySearch(caller.cumulativeItems(), pick + 1);
		UUID engagement = caller.engagements().get(index >= 0 ? index : -index - 1);
		StringBuilder query = new StringBuilder("size=50");
		if (extra != null) {
			query.append('&').append(extra);
		}
		else {
			int status = random.nextInt(10);
			if (status >= 5) {
				query.append("&status=").append(STATUSES[random.nextInt(STATUSES.length)]);
			}
			else if (status >= 3) {
				query.append("&status=CLOSED");
			}
			if (random.nextBoolean()) {
				query.append("&priority=").append(PRIORITIES[random.nextInt(PRIORITIES.length)]);
			}
		}
		if (random.nextInt(100) < 15) {
			query.append("&page=").append(1 + random.nextInt(5));
		}
		return get(caller, (across ? "/api/v1/work-items?" : "/api/v1/engagements/" + engagement + "/work-items?") + query);
	}

	/** The detail page's three requests on random items: item, events, comments, and their sum. */
	long[][] detail(Caller caller, int warmup, int requests) {
		long[][] times = new long[4][requests];
		for (int i = 0; i < warmup + requests; i++) {
			UUID item = caller.items().get(i % caller.items().size());
			long a = get(caller, "/api/v1/work-items/" + item);
			long b = get(caller, "/api/v1/work-items/" + item + "/events");
			long c = get(caller, "/api/v1/work-items/" + item + "/comments");
			if (i >= warmup) {
				times[0][i - warmup] = a;
				times[1][i - warmup] = b;
				times[2][i - warmup] = c;
				times[3][i - warmup] = a + b + c;
			}
		}
		return times;
	}

	long[] measure(int warmup, int requests, Supplier<Long> request) {
		for (int i = 0; i < warmup; i++) {
			request.get();
		}
		long[] times = new long[requests];
		for (int i = 0; i < requests; i++) {
			times[i] = request.get();
		}
		return times;
	}

	/** Nanoseconds from sending the request to having read the whole body; fails on anything but 200. */
	long get(Caller caller, String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + caller.token())
			.header("Accept", "application/json")
			.GET()
			.build();
		return BenchHttp.timed(http, request, path);
	}

	static String report(Map<String, long[]> results, int requests, int warmup, String search) {
		StringBuilder out = new StringBuilder();
		out.append(String.format("%n%s, %d requests per kind after %d of warm-up, one at a time%n%n", Instant.now(),
				requests, warmup));
		out.append("| request | p50 ms | p95 ms | p99 ms | max ms |\n| --- | --- | --- | --- | --- |\n");
		for (Map.Entry<String, long[]> result : results.entrySet()) {
			long[] sorted = result.getValue().clone();
			Arrays.sort(sorted);
			out.append(String.format("| %s | %.1f | %.1f | %.1f | %.1f |%n", result.getKey(), percentile(sorted, 50),
					percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6));
		}
		return out.toString();
	}

	/** The nearest-rank percentile, in milliseconds. */
	static double percentile(long[] sorted, double p) {
		int rank = (int) Math.ceil(p / 100 * sorted.length);
		return sorted[Math.max(0, rank - 1)] / 1e6;
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
