package org.pilotage.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user of the dashboards and the monthly statement waits for, measured over HTTP against the running
 * application: signs in as the demo provider manager and the demo client member (an API token for the API, a session
 * through the login form for the pages), takes three of the engagements each sees by size (the largest, the median
 * and the smallest of those with 1,000 items or more), gives those of the demo provider a service-credit contract
 * where they have none (the demo helpdesk's levels), warms up, then sends each kind of request one at a time, the
 * engagements in turn, and reports p50, p95 and max per kind, and the p50 and p95 on the largest engagement. Usage
 * (README.md):
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.pilotage.bench.GovernanceLoadBenchmark --base=http://127.0.0.1:8096 \
 *     --url=jdbc:postgresql://127.0.0.1:5432/pilotage_gov_bench --user=postgres [--requests=300] [--warmup=30]
 *     [--kinds=month,quarter,trend-week,trend-month,risk,breached,page,portfolio,statement,past-month,issue]
 *     [--out=bench/results/governance-load.md]
 * </pre>
 */
public final class GovernanceLoadBenchmark {

	private static final String CONTRACT = """
			{"currency":"EUR","monthlyFee":18500.00,"atRiskShare":12,"levels":[
			{"kpi":"sla-compliance","target":95,"minimum":90,"allocation":50},
			{"kpi":"mttr-business","target":14400,"minimum":28800,"allocation":30},
			{"kpi":"csat","target":4.2,"minimum":3.8,"allocation":20}],
			"reported":["mtta-business","reopen-rate","csat-response-rate"],
			"note":"The service credits of the benchmark"}""";

	private final HttpClient http = BenchHttp.client();
	private final String base;
	private final SplittableRandom random;

	GovernanceLoadBenchmark(String base, long seed) {
		this.base = base;
		this.random = new SplittableRandom(seed);
	}

	/** A measured engagement: its id, its number of items and whether the caller may read its statements. */
	record Engagement(UUID id, long items, YearMonth firstMonth, boolean statements) {
	}

	/** A signed-in user: a token for the API, a client holding the session cookie for the pages. */
	record Caller(String email, String token, HttpClient session, List<Engagement> engagements) {

		String who() {
			return email.startsWith("manager") ? "provider manager" : "client member";
		}

		/** The same caller on those of its measured engagements whose statements it reads. */
		Caller withStatements() {
			return new Caller(email, token, session, engagements.stream().filter(Engagement::statements).toList());
		}
	}

	/** The times of one kind of request, in nanoseconds, and which of them were on the largest engagement. */
	record Sample(long[] times, boolean[] largest) {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = WorkDataGenerator.options(args);
		String base = options.getOrDefault("base", "http://127.0.0.1:8096");
		String url = options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/pilotage_gov_bench");
		int requests = Integer.parseInt(options.getOrDefault("requests", "300"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "30"));
		List<String> kinds = List.of(options
			.getOrDefault("kinds", "month,quarter,trend-week,trend-month,breached,page,portfolio,statement,past-month")
			.split(","));
		GovernanceLoadBenchmark bench = new GovernanceLoadBenchmark(base,
				Long.parseLong(options.getOrDefault("seed", "11")));
		YearMonth current = YearMonth.now(ZoneOffset.UTC);
		List<Caller> callers = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(url, options.getOrDefault("user", "root"),
				options.getOrDefault("password", ""))) {
			String manager = "manager@atlas.demo";
			bench.contracts(manager, bench.token(manager), bench.picks(db, manager));
			for (String email : List.of(manager, "client.member@acme.demo")) {
				callers.add(new Caller(email, bench.token(email), bench.session(email), bench.picks(db, email)));
			}
		}
		Map<String, Sample> results = new LinkedHashMap<>();
		for (Caller caller : callers) {
			String who = caller.who();
			for (String kind : kinds) {
				String label = kind + ", " + who;
				switch (kind) {
					case "month" -> results.put(label, bench.measure(caller, warmup, requests,
							e -> bench.get(caller, "/api/v1/engagements/" + e.id() + "/kpis?period=month")));
					case "past-month" -> results.put(label, bench.measure(caller, warmup, requests,
							e -> bench.get(caller, "/api/v1/engagements/" + e.id() + "/kpis?period=month&date="
									+ bench.pastMonth(e, current) + "-15")));
					case "quarter" -> results.put(label, bench.measure(caller, warmup, requests,
							e -> bench.get(caller, "/api/v1/engagements/" + e.id() + "/kpis?period=quarter")));
					case "trend-week" -> results.put(label, bench.measure(caller, warmup, requests,
							e -> bench.get(caller, "/api/v1/engagements/" + e.id() + "/kpis/trend?period=week&periods=12")));
					case "trend-month" -> results.put(label, bench.measure(caller, warmup, requests,
							e -> bench.get(caller,
									"/api/v1/engagements/" + e.id() + "/kpis/trend?period=month&periods=12")));
					case "risk" -> results.put(label, bench.measure(caller, warmup, requests,
							e -> bench.get(caller, "/api/v1/engagements/" + e.id() + "/risk")));
					case "breached" -> results.put(label, bench.measure(caller, warmup, requests,
							e -> bench.get(caller, "/api/v1/engagements/" + e.id() + "/kpis/sla-compliance/items?among=other")));
					case "page" -> results.put(label, bench.measure(caller, warmup, requests,
							e -> bench.page(caller, "/engagements/" + e.id() + "/dashboard")));
					case "portfolio" -> results.put(label, bench.measure(caller, warmup, requests,
							e -> bench.page(caller, "/dashboard")));
					case "statement" -> {
						Caller reader = caller.withStatements();
						results.put("statement, provisional month, " + who, bench.measure(reader, warmup, requests,
								e -> bench.get(caller, "/api/v1/engagements/" + e.id() + "/credit-statements/" + current)));
						results.put("statement, closed month (issued), " + who, bench.measure(reader, warmup, requests,
								e -> bench.get(caller,
										"/api/v1/engagements/" + e.id() + "/credit-statements/" + current.minusMonths(1))));
					}
					case "issue" -> {
						// only the first caller's reads are first reads: the next reads the statements it issued
						if (caller == callers.get(0)) {
							results.put("statement, closed month, first read (issues it), " + who,
									bench.issue(caller, requests, current));
						}
					}
					default -> throw new IllegalArgumentException("Unknown kind " + kind);
				}
				System.out.printf("%s done%n", label);
			}
		}
		String report = report(callers, results, requests, warmup);
		BenchHttp.publish(report, options.get("out"));
	}

	/**
	 * The largest, the median and the smallest of the engagements the user sees (by items), each with whether it has
	 * a service-credit contract (whose statements both parties read).
	 */
	List<Engagement> picks(Connection db, String email) throws SQLException {
		List<Engagement> all = new ArrayList<>();
		try (PreparedStatement query = db.prepareStatement("""
				SELECT e.id, (SELECT COUNT(*) FROM work_items w WHERE w.engagement_id = e.id) AS items,
				       CAST(COALESCE(e.start_date, CAST(e.created_at AS DATE)) AS VARCHAR) AS started,
				       EXISTS (SELECT 1 FROM credit_contracts c WHERE c.engagement_id = e.id) AS contract
				  FROM engagements e
				 WHERE e.client_org_id IN (SELECT m.organization_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = ?)
				    OR e.provider_org_id IN (SELECT m.organization_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = ?)
				 ORDER BY items DESC, e.id""")) {
			query.setString(1, email);
			query.setString(2, email);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					all.add(new Engagement(rs.getObject("id", UUID.class), rs.getLong("items"),
							YearMonth.parse(rs.getString("started").substring(0, 7)), rs.getBoolean("contract")));
				}
			}
		}
		// the demo's own engagements hold a few dozen items: the smallest measured is the smallest of the data set's
		List<Engagement> sized = all.stream().filter(e -> e.items() >= 1_000).toList();
		List<Engagement> picked = List.of(sized.get(0), sized.get(sized.size() / 2), sized.get(sized.size() - 1));
		System.out.printf("%s sees %d engagements; measured: %,d, %,d and %,d items%n", email, all.size(),
				picked.get(0).items(), picked.get(1).items(), picked.get(2).items());
		return picked;
	}

	/** A service-credit contract on each of the engagements that has none, written by the provider's manager. */
	void contracts(String manager, String token, List<Engagement> engagements) throws IOException, InterruptedException {
		Caller writer = new Caller(manager, token, http, engagements);
		for (Engagement engagement : engagements) {
			String path = "/api/v1/engagements/" + engagement.id() + "/credit-contract";
			HttpResponse<String> read = http.send(authorized(writer, path).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (read.statusCode() == 404) {
				HttpResponse<String> written = http.send(authorized(writer, path)
					.header("Content-Type", "application/json")
					.PUT(HttpRequest.BodyPublishers.ofString(CONTRACT))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (written.statusCode() / 100 != 2) {
					throw new IllegalStateException("Contract on " + engagement.id() + ": " + written.statusCode() + " "
							+ written.body());
				}
			}
		}
	}

	private String token(String email) throws IOException, InterruptedException {
		return BenchHttp.token(http, base, email);
	}

	/** Signs in through the login form (its CSRF token included), as a browser does; the client keeps the cookie. */
	private HttpClient session(String email) throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.cookieHandler(new CookieManager())
			.build();
		HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the login form");
		}
		String body = "username=" + enc(email) + "&password=" + enc(BenchHttp.PASSWORD) + "&_csrf=" + enc(csrf.group(1));
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Form sign-in of " + email + " failed: " + signedIn.statusCode() + " "
					+ location);
		}
		return browser;
	}

	/** A month of the engagement's past (before the current one), drawn uniformly from its start on. */
	String pastMonth(Engagement engagement, YearMonth current) {
		YearMonth first = engagement.firstMonth().isBefore(current.minusMonths(24)) ? current.minusMonths(24)
				: engagement.firstMonth();
		long months = first.until(current, java.time.temporal.ChronoUnit.MONTHS);
		return months <= 0 ? current.toString() : first.plusMonths(random.nextLong(months)).toString();
	}

	/**
	 * The first read of closed months' statements, which computes and stores them: up to {@code requests} months
	 * not read yet, newest first, over the measured engagements whose statements the caller reads.
	 */
	Sample issue(Caller caller, int requests, YearMonth current) {
		List<Long> times = new ArrayList<>();
		List<Boolean> largest = new ArrayList<>();
		for (int back = 2; back <= 24 && times.size() < requests; back++) {
			for (Engagement engagement : caller.engagements()) {
				YearMonth month = current.minusMonths(back);
				if (engagement.statements() && !month.isBefore(engagement.firstMonth()) && times.size() < requests) {
					times.add(get(caller, "/api/v1/engagements/" + engagement.id() + "/credit-statements/" + month));
					largest.add(engagement.equals(caller.engagements().get(0)));
				}
			}
		}
		boolean[] flags = new boolean[largest.size()];
		for (int i = 0; i < flags.length; i++) {
			flags[i] = largest.get(i);
		}
		return new Sample(times.stream().mapToLong(Long::longValue).toArray(), flags);
	}

	/** Warm-up, then {@code requests} requests, the measured engagements in turn (for statements, those it reads). */
	Sample measure(Caller caller, int warmup, int requests, Function<Engagement, Long> request) {
		List<Engagement> engagements = caller.engagements();
		for (int i = 0; i < warmup; i++) {
			request.apply(engagements.get(i % engagements.size()));
		}
		long[] times = new long[requests];
		boolean[] largest = new boolean[requests];
		for (int i = 0; i < requests; i++) {
			Engagement engagement = engagements.get(i % engagements.size());
			times[i] = request.apply(engagement);
			largest[i] = i % engagements.size() == 0;
		}
		return new Sample(times, largest);
	}

	private HttpRequest.Builder authorized(Caller caller, String path) {
		return HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + caller.token())
			.header("Accept", "application/json");
	}

	/** Nanoseconds from sending an API request to having read the whole body; fails on anything but 200. */
	long get(Caller caller, String path) {
		return timed(http, authorized(caller, path).GET().build(), path);
	}

	/** The same for a page, in the caller's session. */
	long page(Caller caller, String path) {
		return timed(caller.session(), HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "text/html")
			.GET()
			.build(), path);
	}

	private static long timed(HttpClient client, HttpRequest request, String path) {
		return BenchHttp.timed(client, request, path);
	}

	static String report(List<Caller> callers, Map<String, Sample> results, int requests, int warmup) {
		StringBuilder out = new StringBuilder();
		out.append(String.format("%n%s, up to %d requests per kind after %d of warm-up, one at a time%n%n",
				Instant.now(), requests, warmup));
		for (Caller caller : callers) {
			out.append(String.format("- %s: engagements of %s items%n", caller.who(), caller.engagements()
				.stream()
				.map(e -> String.format("%,d", e.items()))
				.toList()));
		}
		out.append("\n| request | requests | p50 ms | p95 ms | max ms | p50 ms, largest | p95 ms, largest |\n"
				+ "| --- | --- | --- | --- | --- | --- | --- |\n");
		for (Map.Entry<String, Sample> result : results.entrySet()) {
			long[] all = result.getValue().times().clone();
			if (all.length == 0) {
				continue;
			}
			Arrays.sort(all);
			long[] largest = largest(result.getValue());
			out.append(String.format("| %s | %d | %.1f | %.1f | %.1f | %s | %s |%n", result.getKey(), all.length,
					WorkLoadBenchmark.percentile(all, 50), WorkLoadBenchmark.percentile(all, 95),
					all[all.length - 1] / 1e6,
					largest.length == 0 ? "—" : String.format("%.1f", WorkLoadBenchmark.percentile(largest, 50)),
					largest.length == 0 ? "—" : String.format("%.1f", WorkLoadBenchmark.percentile(largest, 95))));
		}
		return out.toString();
	}

	private static long[] largest(Sample sample) {
		long[] times = new long[sample.times().length];
		int n = 0;
		for (int i = 0; i < times.length; i++) {
			if (sample.largest()[i]) {
				times[n++] = sample.times()[i];
			}
		}
		long[] kept = Arrays.copyOf(times, n);
		Arrays.sort(kept);
		return kept;
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
