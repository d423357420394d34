package org.pilotage.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Derives the KPI facts of the data set through the application itself: signed in as the platform's administrator, it
 * asks {@code POST /api/v1/engagements/{id}/kpis/recompute} of every engagement, the largest first, one at a time,
 * and reports each one's items, facts and time, and the total. Usage (README.md):
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.pilotage.bench.KpiFactsDerivation --base=http://127.0.0.1:8096 \
 *     --url=jdbc:postgresql://127.0.0.1:5432/pilotage_gov_bench --user=postgres [--skip=0] [--limit=50]
 *     [--out=bench/results/governance-derivation.md]
 * </pre>
 */
public final class KpiFactsDerivation {

	private KpiFactsDerivation() {
	}

	record Engagement(UUID id, String kind, long items) {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = WorkDataGenerator.options(args);
		String base = options.getOrDefault("base", "http://127.0.0.1:8096");
		String url = options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/pilotage_gov_bench");
		int skip = Integer.parseInt(options.getOrDefault("skip", "0"));
		int limit = Integer.parseInt(options.getOrDefault("limit", "1000"));
		HttpClient http = BenchHttp.client();
		String token = BenchHttp.token(http, base, "admin@pilotage.demo");
		StringBuilder out = new StringBuilder(String.format("%n%s, KPI facts derived by the application, one engagement"
				+ " at a time, largest first%n%n| engagement | kind | items | facts | seconds | ms per item |%n"
				+ "| --- | --- | --- | --- | --- | --- |%n", Instant.now()));
		long totalItems = 0;
		long totalFacts = 0;
		long totalNanos = 0;
		try (Connection db = DriverManager.getConnection(url, options.getOrDefault("user", "root"),
				options.getOrDefault("password", ""))) {
			List<Engagement> engagements = engagements(db);
			for (Engagement engagement : engagements.subList(Math.min(skip, engagements.size()),
					Math.min(engagements.size(), skip + limit))) {
				long start = System.nanoTime();
				HttpResponse<String> response = http.send(HttpRequest
					.newBuilder(URI.create(base + "/api/v1/engagements/" + engagement.id() + "/kpis/recompute"))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofString());
				long nanos = System.nanoTime() - start;
				if (response.statusCode() != 200) {
					throw new IllegalStateException(engagement.id() + " answered " + response.statusCode() + ": "
							+ response.body());
				}
				long facts = facts(db, engagement.id());
				String row = String.format("| %s | %s | %,d | %,d | %.1f | %.2f |%n", engagement.id(), engagement.kind(),
						engagement.items(), facts, nanos / 1e9, nanos / 1e6 / Math.max(1, engagement.items()));
				System.out.print(row);
				out.append(row);
				totalItems += engagement.items();
				totalFacts += facts;
				totalNanos += nanos;
			}
		}
		out.append(String.format("| **total** | | **%,d** | **%,d** | **%.1f** | **%.2f** |%n", totalItems, totalFacts,
				totalNanos / 1e9, totalNanos / 1e6 / Math.max(1, totalItems)));
		BenchHttp.publish(out.toString(), options.get("out"));
	}

	static List<Engagement> engagements(Connection db) throws SQLException {
		List<Engagement> engagements = new ArrayList<>();
		try (PreparedStatement query = db.prepareStatement("""
				SELECT e.id, e.kind, (SELECT COUNT(*) FROM work_items w WHERE w.engagement_id = e.id) AS items
				  FROM engagements e ORDER BY items DESC, e.id""");
				ResultSet rs = query.executeQuery()) {
			while (rs.next()) {
				engagements.add(new Engagement(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getLong("items")));
			}
		}
		return engagements;
	}

	private static long facts(Connection db, UUID engagement) throws SQLException {
		try (PreparedStatement query = db.prepareStatement(
				"SELECT COUNT(*) FROM governance_kpi_facts WHERE engagement_id = ?")) {
			query.setObject(1, engagement);
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}
}
