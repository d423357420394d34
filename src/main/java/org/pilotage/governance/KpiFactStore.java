package org.pilotage.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.governance.KpiFact.Kind;
import org.pilotage.shared.Jdbc;
import org.pilotage.sla.Agreement;
import org.pilotage.sla.Metric;
import org.pilotage.work.Priority;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored {@link KpiFact}s, and the resolved items the dependency risk counts (derived with them from the same
 * timelines): replaced whole per item, read per period or window.
 */
@Repository
class KpiFactStore {

	private static final String INSERT = "INSERT INTO governance_kpi_facts (engagement_id, item_id, kind, at,"
			+ " previous_at, next_at, amount, amount2, hit, on_time, agreement, metric, priority, person_id)"
			+ " VALUES (:engagement, :item, :kind, :at, :previous, :next, :amount, :amount2, :hit, :onTime,"
			+ " :agreement, :metric, :priority, :person)";

	/**
	 * The facts of a span: those in it, and the open spans overlapping it, so the backlog at the end of any period
	 * within the span can be told (see {@link KpiFact#openAt}). Three disjoint reads, each along an index: the measured
	 * facts by kind and instant, the open spans closed since the span began and those still open, both by their end
	 * (V27); {@code %s} stands for the person's condition.
	 */
	private static final String IN_PERIOD = "SELECT %2$s FROM governance_kpi_facts WHERE engagement_id IN (:engagements)"
			+ " AND kind IN (:measured) AND at >= :from AND at < :to%1$s"
			+ " UNION ALL SELECT %2$s FROM governance_kpi_facts WHERE engagement_id IN (:engagements)"
			+ " AND kind = 'OPEN' AND next_at >= :from AND at < :to%1$s"
			+ " UNION ALL SELECT %2$s FROM governance_kpi_facts WHERE engagement_id IN (:engagements)"
			+ " AND kind = 'OPEN' AND next_at IS NULL AND at < :to%1$s";

	/** A fact's columns, in the order {@link #fact} reads them. */
	private static final String COLUMNS = "item_id, kind, at, previous_at, next_at, amount, amount2, hit, on_time,"
			+ " agreement, metric, priority, person_id";

	/** The order facts are added up in: by instant, then item and kind, so the items behind a figure come as met. */
	private static final Comparator<KpiFact> MET = Comparator.comparing(KpiFact::at)
		.thenComparing(KpiFact::item)
		.thenComparing(KpiFact::kind);

	/** Every kind but the open spans, which are read by their end. */
	private static final List<String> MEASURED = Arrays.stream(Kind.values())
		.filter(kind -> kind != Kind.OPEN)
		.map(Kind::name)
		.toList();

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate named;
	private final KpiRollups rollups;

	KpiFactStore(JdbcClient jdbc, NamedParameterJdbcTemplate named, KpiRollups rollups) {
		this.jdbc = jdbc;
		this.named = named;
		this.rollups = rollups;
	}

	/**
	 * An engagement's facts of some items, to store instead of what those items had, with those of the items now
	 * resolved or closed their last resolution.
	 */
	record ItemFacts(UUID engagementId, Collection<UUID> items, List<KpiFact> facts,
			List<DependencyRisks.Resolved> resolved) {
	}

	/**
	 * Replaces the facts and resolutions of the given items: a delete and a batch of inserts each; the stored figures
	 * of the periods the new facts change are forgotten ({@link KpiRollups}).
	 */
	void replace(ItemFacts replaced) {
		if (replaced.items().isEmpty()) {
			return;
		}
		replaceResolutions(replaced);
		List<KpiFact> before = jdbc.sql("SELECT " + COLUMNS + " FROM governance_kpi_facts WHERE item_id IN (:items)")
			.param("items", List.copyOf(replaced.items()))
			.query((rs, n) -> fact(rs))
			.list();
		KpiRollups.relevance(before, replaced.facts())
			.ifPresent(from -> rollups.changed(replaced.engagementId(), from));
		jdbc.sql("DELETE FROM governance_kpi_facts WHERE item_id IN (:items)")
			.param("items", List.copyOf(replaced.items()))
			.update();
		if (replaced.facts().isEmpty()) {
			return;
		}
		List<MapSqlParameterSource> rows = new ArrayList<>(replaced.facts().size());
		for (KpiFact fact : replaced.facts()) {
			Map<String, @Nullable Object> row = new HashMap<>();
			row.put("engagement", replaced.engagementId());
			row.put("item", fact.item());
			row.put("kind", fact.kind().name());
			row.put("at", Jdbc.utc(fact.at()));
			row.put("previous", Jdbc.utc(fact.previousAt()));
			row.put("next", Jdbc.utc(fact.nextAt()));
			row.put("amount", fact.amount());
			row.put("amount2", fact.amount2());
			row.put("hit", fact.hit());
			row.put("onTime", fact.onTime());
			row.put("agreement", fact.agreement() == null ? null : fact.agreement().name());
			row.put("metric", fact.metric() == null ? null : fact.metric().name());
			row.put("priority", fact.priority() == null ? null : fact.priority().name());
			row.put("person", fact.person());
			rows.add(new MapSqlParameterSource(row));
		}
		named.batchUpdate(INSERT, rows.toArray(MapSqlParameterSource[]::new));
	}

	private void replaceResolutions(ItemFacts replaced) {
		jdbc.sql("DELETE FROM governance_risk_resolutions WHERE item_id IN (:items)")
			.param("items", List.copyOf(replaced.items()))
			.update();
		if (replaced.resolved().isEmpty()) {
			return;
		}
		named.batchUpdate("INSERT INTO governance_risk_resolutions (item_id, engagement_id, resolved_at, person_id)"
				+ " VALUES (:item, :engagement, :at, :person)", replaced.resolved()
					.stream()
					.map(resolved -> new MapSqlParameterSource().addValue("item", resolved.item())
						.addValue("engagement", replaced.engagementId())
						.addValue("at", Jdbc.utc(resolved.at()))
						.addValue("person", resolved.person()))
					.toArray(MapSqlParameterSource[]::new));
	}

	/** Forgets every fact, resolution and stored figure of the engagement (before it is derived again whole). */
	void clear(UUID engagementId) {
		rollups.changed(engagementId, null);
		jdbc.sql("DELETE FROM governance_kpi_facts WHERE engagement_id = :engagement")
			.param("engagement", engagementId)
			.update();
		jdbc.sql("DELETE FROM governance_risk_resolutions WHERE engagement_id = :engagement")
			.param("engagement", engagementId)
			.update();
	}

	/**
	 * The engagement's items now resolved or closed whose last resolution falls in the window, counted by who they
	 * were assigned to then, and how many of them are linked to an article or runbook of its knowledge base.
	 */
	RiskInputs.ResolvedItems resolvedItems(UUID engagementId, DependencyRisks.Window window) {
		Map<UUID, Integer> byPerson = new HashMap<>();
		int[] unassignedAndLinked = new int[2];
		jdbc.sql("""
				SELECT r.person_id, COUNT(*) AS items, COUNT(l.item_id) AS linked
				FROM governance_risk_resolutions r
				LEFT JOIN (SELECT DISTINCT item_id FROM knowledge_links WHERE engagement_id = :engagement) l
				  ON l.item_id = r.item_id
				WHERE r.engagement_id = :engagement AND r.resolved_at >= :from AND r.resolved_at < :to
				GROUP BY r.person_id""")
			.param("engagement", engagementId)
			.param("from", Jdbc.utc(window.start()))
			.param("to", Jdbc.utc(window.end()))
			.query((rs, n) -> {
				UUID person = Jdbc.uuid(rs, "person_id");
				int items = rs.getInt("items");
				if (person == null) {
					unassignedAndLinked[0] += items;
				}
				else {
					byPerson.put(person, items);
				}
				unassignedAndLinked[1] += rs.getInt("linked");
				return person;
			})
			.list();
		return new RiskInputs.ResolvedItems(byPerson, unassignedAndLinked[0], unassignedAndLinked[1]);
	}

	/** Whether the engagement has a fact before the instant (a measured history). */
	boolean anyBefore(UUID engagementId, java.time.Instant instant) {
		return jdbc.sql("SELECT COUNT(*) FROM governance_kpi_facts WHERE engagement_id = :engagement AND at < :at")
			.param("engagement", engagementId)
			.param("at", Jdbc.utc(instant))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The facts of the engagements for the span of {@code period} (see {@link #IN_PERIOD}), those of one person only when
	 * {@code person} is given, in no particular order ({@link #inOrderMet}).
	 */
	List<KpiFact> of(Collection<UUID> engagements, Period period, @Nullable UUID person) {
		if (engagements.isEmpty()) {
			return List.of();
		}
		return inPeriod(engagements, period, person, COLUMNS).query((rs, n) -> fact(rs)).list();
	}

	/**
	 * The sums behind each engagement's headline figures over the period, added up by the database: one row per
	 * engagement and part rather than the facts themselves (a portfolio's month is tens of thousands of facts). Each
	 * part selects the facts its figure counts in {@link Kpis#aggregate}, along the indexes of {@link #IN_PERIOD}: the
	 * SLA's and OLA's cycles by agreement and whether met; the tickets' and tasks' last resolutions in the period and the
	 * answered surveys; the open spans at its end, those still open and those closed after it.
	 */
	private static final String HEADLINE_SUMS = """
			SELECT engagement_id, agreement, hit, COUNT(*), 0 FROM governance_kpi_facts
			 WHERE engagement_id IN (:engagements) AND kind = 'CYCLE' AND at >= :from AND at < :to
			   AND metric IS NOT NULL AND priority IS NOT NULL
			 GROUP BY engagement_id, agreement, hit
			UNION ALL SELECT engagement_id, kind, FALSE, COUNT(*), SUM(amount) FROM governance_kpi_facts
			 WHERE engagement_id IN (:engagements) AND kind IN ('RESOLUTION', 'ANSWER') AND at >= :from AND at < :to
			   AND (kind = 'ANSWER' OR next_at IS NULL OR next_at >= :to)
			 GROUP BY engagement_id, kind
			UNION ALL SELECT engagement_id, kind, FALSE, COUNT(*), 0 FROM governance_kpi_facts
			 WHERE engagement_id IN (:engagements) AND kind = 'OPEN' AND next_at IS NULL AND at < :to
			 GROUP BY engagement_id, kind
			UNION ALL SELECT engagement_id, kind, FALSE, COUNT(*), 0 FROM governance_kpi_facts
			 WHERE engagement_id IN (:engagements) AND kind = 'OPEN' AND next_at >= :to AND at < :to
			 GROUP BY engagement_id, kind""";

	/**
	 * The sums of each engagement's headline figures over the period ({@link Kpis#headlines}); an engagement without a
	 * fact in it is absent.
	 */
	Map<UUID, Kpis.Sums> headlineSums(Collection<UUID> engagements, Period period) {
		Map<UUID, Kpis.Sums> sums = new HashMap<>();
		if (engagements.isEmpty()) {
			return sums;
		}
		jdbc.sql(HEADLINE_SUMS)
			.param("engagements", List.copyOf(engagements))
			.param("from", Jdbc.utc(period.from()))
			.param("to", Jdbc.utc(period.to()))
			.query(rs -> {
				String part = rs.getString(2);
				long met = rs.getBoolean(3) ? rs.getLong(4) : 0;
				long count = rs.getLong(4);
				long amount = rs.getLong(5);
				Kpis.Sums row = switch (part == null ? "" : part) {
					case "SLA" -> new Kpis.Sums(met, count, 0, 0, 0, 0, 0, 0, 0);
					case "OLA" -> new Kpis.Sums(0, 0, met, count, 0, 0, 0, 0, 0);
					case "RESOLUTION" -> new Kpis.Sums(0, 0, 0, 0, amount, count, 0, 0, 0);
					case "OPEN" -> new Kpis.Sums(0, 0, 0, 0, 0, 0, count, 0, 0);
					case "ANSWER" -> new Kpis.Sums(0, 0, 0, 0, 0, 0, 0, amount, count);
					// a cycle of no agreement counts in neither compliance
					default -> Kpis.Sums.NONE;
				};
				sums.merge(rs.getObject(1, UUID.class), row, Kpis.Sums::plus);
			});
		return sums;
	}

	/** The read of {@link #IN_PERIOD} with its parameters, selecting {@code columns}. */
	private JdbcClient.StatementSpec inPeriod(Collection<UUID> engagements, Period period, @Nullable UUID person,
			String columns) {
		return jdbc.sql(IN_PERIOD.formatted(person == null ? "" : " AND person_id = :person", columns))
			.param("engagements", List.copyOf(engagements))
			.param("measured", MEASURED)
			.param("from", Jdbc.utc(period.from()))
			.param("to", Jdbc.utc(period.to()))
			.param("person", person);
	}

	/**
	 * The facts in the order they are added up in when the items behind each figure are listed (a drill-down): by
	 * instant, then item and kind. Sorted here rather than by the database, whose sort of a quarter's facts on the
	 * benchmark's largest engagement spilled to disk; figures without their items need no order.
	 */
	static List<KpiFact> inOrderMet(List<KpiFact> facts) {
		List<KpiFact> sorted = new ArrayList<>(facts);
		sorted.sort(MET);
		return sorted;
	}

	/** A fact from a row of {@link #COLUMNS}, read by position. */
	private static KpiFact fact(ResultSet rs) throws SQLException {
		String agreement = rs.getString(10);
		String metric = rs.getString(11);
		String priority = rs.getString(12);
		return new KpiFact(rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2)), instant(rs, 3),
				instant(rs, 4), instant(rs, 5), rs.getLong(6), rs.getLong(7), rs.getBoolean(8),
				rs.getObject(9, Boolean.class), agreement == null ? null : Agreement.valueOf(agreement),
				metric == null ? null : Metric.valueOf(metric), priority == null ? null : Priority.valueOf(priority),
				rs.getObject(13, UUID.class));
	}

	private static java.time.@Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		java.time.OffsetDateTime value = rs.getObject(column, java.time.OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
