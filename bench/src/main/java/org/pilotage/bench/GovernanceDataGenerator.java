package org.pilotage.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * The SLA side of the work data set, written after {@link WorkDataGenerator}: every engagement without an SLA policy
 * gets the default policy of the demo engagement of its kind (a BPO the helpdesk's, in the Antananarivo desk's hours;
 * a subcontracting or hybrid engagement the mission's, in Paris office hours, with its OLA), as version 1 written when
 * the engagement was made, and every item not yet pinned is pinned to its engagement's version from its creation, as
 * the SLA engine pins a new item. The KPI facts are then the application's to derive (its recompute), not this
 * class's. Usage (README.md):
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.pilotage.bench.GovernanceDataGenerator \
 *     --url=jdbc:postgresql://127.0.0.1:5432/pilotage_gov_bench --user=postgres
 * </pre>
 */
public final class GovernanceDataGenerator {

	private static final String HELPDESK = "Acme IT helpdesk, levels 1 and 2";
	private static final String MISSION = "Kubernetes migration of the order platform";

	private GovernanceDataGenerator() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = WorkDataGenerator.options(args);
		String url = options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/pilotage_gov_bench");
		long started = System.nanoTime();
		try (Connection db = DriverManager.getConnection(url, options.getOrDefault("user", "root"),
				options.getOrDefault("password", ""))) {
			db.setAutoCommit(false);
			int policies = policies(db);
			long t1 = System.nanoTime();
			System.out.printf("%d SLA policies written in %.1f s%n", policies, (t1 - started) / 1e9);
			int pinned = pins(db);
			db.commit();
			long t2 = System.nanoTime();
			System.out.printf("%,d items pinned in %.1f s%n", pinned, (t2 - t1) / 1e9);
			db.setAutoCommit(true);
			try (Statement statement = db.createStatement()) {
				statement.execute("VACUUM ANALYZE sla_item_policies");
				statement.execute("VACUUM ANALYZE sla_policy_versions");
			}
		}
		System.out.printf("Done in %.1f s%n", (System.nanoTime() - started) / 1e9);
	}

	/** A version 1 for every engagement without a policy, copied from the demo engagement of its kind. */
	static int policies(Connection db) throws SQLException {
		UUID helpdesk = policyOf(db, HELPDESK);
		UUID mission = policyOf(db, MISSION);
		int written = 0;
		try (PreparedStatement engagements = db.prepareStatement("""
				SELECT e.id, e.kind, e.created_at FROM engagements e
				 WHERE NOT EXISTS (SELECT 1 FROM sla_policies p WHERE p.engagement_id = e.id)
				 ORDER BY e.id""");
				PreparedStatement policy = db.prepareStatement("""
						INSERT INTO sla_policies (id, engagement_id, current_version, created_at, updated_at)
						VALUES (?, ?, 1, ?, ?)""");
				PreparedStatement version = db.prepareStatement("""
						INSERT INTO sla_policy_versions (policy_id, version, calendar_id, at_risk_percent, metrics, note,
						       created_at, created_by, created_by_label)
						SELECT ?, 1, calendar_id, at_risk_percent, metrics, 'The contract''s service levels', ?, NULL,
						       created_by_label
						  FROM sla_policy_versions WHERE policy_id = ? AND version = 1""")) {
			try (ResultSet rs = engagements.executeQuery()) {
				while (rs.next()) {
					UUID id = UUID.randomUUID();
					policy.setObject(1, id);
					policy.setObject(2, rs.getObject("id", UUID.class));
					policy.setTimestamp(3, rs.getTimestamp("created_at"));
					policy.setTimestamp(4, rs.getTimestamp("created_at"));
					policy.executeUpdate();
					version.setObject(1, id);
					version.setTimestamp(2, rs.getTimestamp("created_at"));
					version.setObject(3, rs.getString("kind").equals("BPO") ? helpdesk : mission);
					if (version.executeUpdate() != 1) {
						throw new IllegalStateException("No version 1 of the demo's policy to copy");
					}
					written++;
				}
			}
		}
		return written;
	}

	/** Pins every item not pinned yet to its engagement's current version, from its creation. */
	static int pins(Connection db) throws SQLException {
		try (Statement statement = db.createStatement()) {
			return statement.executeUpdate("""
					INSERT INTO sla_item_policies (item_id, engagement_id, policy_id, version, pinned_at)
					SELECT w.id, w.engagement_id, p.id, p.current_version, w.created_at
					  FROM work_items w JOIN sla_policies p ON p.engagement_id = w.engagement_id
					 WHERE NOT EXISTS (SELECT 1 FROM sla_item_policies s WHERE s.item_id = w.id)""");
		}
	}

	private static UUID policyOf(Connection db, String title) throws SQLException {
		try (PreparedStatement query = db.prepareStatement(
				"SELECT p.id FROM sla_policies p JOIN engagements e ON e.id = p.engagement_id WHERE e.title = ?")) {
			query.setString(1, title);
			try (ResultSet rs = query.executeQuery()) {
				if (!rs.next()) {
					throw new IllegalStateException("No SLA policy on the demo engagement " + title
							+ " (run the application once with the demo data first)");
				}
				return rs.getObject(1, UUID.class);
			}
		}
	}
}
