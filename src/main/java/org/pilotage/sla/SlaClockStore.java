package org.pilotage.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Jdbc;
import org.pilotage.sla.ClockLedger.Cycle;
import org.pilotage.sla.ClockLedger.MetricClock;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored current cycle of each started metric of an item: derived, replaced whole at each computation. */
@Repository
class SlaClockStore {

	/** A stored row: what a computation left for the lists; {@code metric} is the key (OLA_RESOLUTION for an OLA). */
	record StoredClock(UUID itemId, String metric, UUID policyId, int version, int cycle, ClockLedger.Phase phase,
			long elapsedSeconds, long pausedSeconds, @Nullable Long goalSeconds, @Nullable Instant dueAt,
			@Nullable Instant atRiskAt, boolean breached,
			Instant computedAt) {
	}

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate named;

	SlaClockStore(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
		this.jdbc = jdbc;
		this.named = named;
	}

	/** An item's computed clocks to store. */
	record Computed(UUID itemId, UUID engagementId, SlaPolicyStore.Pin pin, List<MetricClock> clocks, Instant at) {
	}

	void replace(UUID itemId, UUID engagementId, SlaPolicyStore.Pin pin, List<MetricClock> clocks, Instant at) {
		replaceAll(List.of(new Computed(itemId, engagementId, pin, clocks, at)));
	}

	/** Replaces the rows of many items at once: one delete and one batch of inserts. */
	void replaceAll(List<Computed> items) {
		if (items.isEmpty()) {
			return;
		}
		jdbc.sql("DELETE FROM sla_clocks WHERE item_id IN (:items)")
			.param("items", items.stream().map(Computed::itemId).toList())
			.update();
		List<MapSqlParameterSource> rows = new java.util.ArrayList<>();
		for (Computed item : items) {
			for (MetricClock clock : item.clocks()) {
				rows.add(new MapSqlParameterSource(row(item, clock)));
			}
		}
		if (!rows.isEmpty()) {
			named.batchUpdate(INSERT, rows.toArray(MapSqlParameterSource[]::new));
		}
	}

	private static final String INSERT = """
			INSERT INTO sla_clocks (item_id, metric, engagement_id, policy_id, version, cycle, phase, priority,
			    goal_seconds, elapsed_seconds, paused_seconds, started_at, stopped_at, at_risk_at, due_at, breached,
			    computed_at)
			VALUES (:item, :metric, :engagement, :policy, :version, :cycle, :phase, :priority, :goal, :elapsed,
			    :paused, :started, :stopped, :risk, :due, :breached, :at)""";

	private static Map<String, Object> row(Computed item, MetricClock clock) {
		Cycle cycle = clock.current();
		Map<String, Object> params = new HashMap<>();
		params.put("item", item.itemId());
		params.put("metric", clock.key());
		params.put("engagement", item.engagementId());
		params.put("policy", item.pin().policyId());
		params.put("version", item.pin().version());
		params.put("cycle", cycle.number());
		params.put("phase", cycle.phase().name());
		params.put("priority", cycle.priority() == null ? null : cycle.priority().name());
		params.put("goal", cycle.goalSeconds());
		params.put("elapsed", cycle.elapsedSeconds());
		params.put("paused", cycle.pausedSeconds());
		params.put("started", Jdbc.utc(cycle.startedAt()));
		params.put("stopped", Jdbc.utc(cycle.stoppedAt()));
		params.put("risk", Jdbc.utc(cycle.atRiskAt()));
		params.put("due", Jdbc.utc(cycle.dueAt()));
		params.put("breached", cycle.breached());
		params.put("at", Jdbc.utc(item.at()));
		return params;
	}

	List<StoredClock> of(UUID itemId) {
		List<StoredClock> clocks = new ArrayList<>();
		jdbc.sql("SELECT * FROM sla_clocks WHERE item_id = :item ORDER BY metric")
			.param("item", itemId)
			.query(rs -> {
				long goalSeconds = rs.getLong("goal_seconds");
				Long goal = rs.wasNull() ? null : goalSeconds;
				clocks.add(new StoredClock(itemId, rs.getString("metric"), Jdbc.uuid(rs, "policy_id"),
						rs.getInt("version"), rs.getInt("cycle"), ClockLedger.Phase.valueOf(rs.getString("phase")),
						rs.getLong("elapsed_seconds"), rs.getLong("paused_seconds"), goal,
						Jdbc.instant(rs, "due_at"), Jdbc.instant(rs, "at_risk_at"), rs.getBoolean("breached"),
						Jdbc.requiredInstant(rs, "computed_at")));
			});
		return clocks;
	}
}
