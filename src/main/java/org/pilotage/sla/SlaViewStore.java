package org.pilotage.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.Audience;
import org.pilotage.shared.Jdbc;
import org.pilotage.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads of the views over the stored clocks ({@code sla_clocks}): the running deadlines of a page of items, and
 * an engagement's watched clocks by due instant, through the index {@code (engagement_id, due_at)}. A watched clock
 * is a running one with a due instant, or a paused one already breached; the audience's agreements are chosen in
 * the SQL (the client's side no {@code OLA_} key, a freelancer only those).
 */
@Repository
class SlaViewStore {

	/** A stored current cycle, as the views read it; {@code metric} is the stored key. */
	record Row(UUID itemId, UUID engagementId, String metric, ClockLedger.Phase phase, int version, int cycle,
			@Nullable Instant atRiskAt, Instant dueAt) {
	}

	/** How many watched clocks run on time (not yet at risk), are at risk and are breached at an instant. */
	record Counts(long running, long atRisk, long breached) {
	}

	private static final String WATCHED = """
			engagement_id = :engagement AND due_at IS NOT NULL
			AND (phase = 'RUNNING' OR (phase = 'PAUSED' AND breached = TRUE))""";

	private final JdbcClient jdbc;

	SlaViewStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The running cycles with a due instant of these items, of every agreement: one query for a page of a list. */
	List<Row> running(Collection<UUID> itemIds) {
		if (itemIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM sla_clocks WHERE item_id IN (:items) AND phase = 'RUNNING' AND due_at IS NOT NULL")
			.param("items", itemIds)
			.query(SlaViewStore::row)
			.list();
	}

	Counts counts(UUID engagementId, Audience audience, Instant now) {
		return jdbc.sql("""
				SELECT COALESCE(SUM(CASE WHEN due_at > :now AND (at_risk_at IS NULL OR at_risk_at > :now)
				                    THEN 1 ELSE 0 END), 0) AS on_time,
				       COALESCE(SUM(CASE WHEN due_at > :now AND at_risk_at <= :now THEN 1 ELSE 0 END), 0) AS at_risk,
				       COALESCE(SUM(CASE WHEN due_at <= :now THEN 1 ELSE 0 END), 0) AS breached
				FROM sla_clocks WHERE\s""" + WATCHED + agreements(audience))
			.param("engagement", engagementId)
			.param("now", Jdbc.utc(now))
			.query((rs, n) -> new Counts(rs.getLong("on_time"), rs.getLong("at_risk"), rs.getLong("breached")))
			.single();
	}

	/** A page of the engagement's watched clocks in a state (null: all), by due instant. */
	List<Row> page(UUID engagementId, Audience audience, EngagementSla.@Nullable State state, boolean ascending,
			Instant now, Paging paging) {
		String direction = ascending ? "ASC" : "DESC";
		return jdbc.sql("SELECT * FROM sla_clocks WHERE " + WATCHED + agreements(audience) + state(state)
				+ " ORDER BY due_at " + direction + ", item_id " + direction + ", metric " + direction
				+ " LIMIT :limit OFFSET :offset")
			.param("engagement", engagementId)
			.param("now", Jdbc.utc(now))
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(SlaViewStore::row)
			.list();
	}

	/** The agreements the audience may see, as a condition on the stored key. */
	private static String agreements(Audience audience) {
		return switch (audience) {
			case PROVIDER -> "";
			case CLIENT -> " AND metric NOT LIKE 'OLA!_%' ESCAPE '!'";
			case FREELANCER -> " AND metric LIKE 'OLA!_%' ESCAPE '!'";
		};
	}

	private static String state(EngagementSla.@Nullable State state) {
		if (state == null) {
			return "";
		}
		return switch (state) {
			case RUNNING -> " AND due_at > :now AND (at_risk_at IS NULL OR at_risk_at > :now)";
			case AT_RISK -> " AND due_at > :now AND at_risk_at <= :now";
			case BREACHED -> " AND due_at <= :now";
		};
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(Jdbc.uuid(rs, "item_id"), Jdbc.uuid(rs, "engagement_id"), rs.getString("metric"),
				ClockLedger.Phase.valueOf(rs.getString("phase")), rs.getInt("version"), rs.getInt("cycle"),
				Jdbc.instant(rs, "at_risk_at"), Jdbc.requiredInstant(rs, "due_at"));
	}
}
