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

	SlaClockStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void replace(UUID itemId, UUID engagementId, SlaPolicyStore.Pin pin, List<MetricClock> clocks, Instant at) {
		jdbc.sql("DELETE FROM sla_clocks WHERE item_id = :item").param("item", itemId).update();
		for (MetricClock clock : clocks) {
			Cycle cycle = clock.current();
			Map<String, Object> params = new HashMap<>();
			params.put("item", itemId);
			params.put("metric", clock.key());
			params.put("engagement", engagementId);
			params.put("policy", pin.policyId());
			params.put("version", pin.version());
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
			params.put("at", Jdbc.utc(at));
			jdbc.sql("""
					INSERT INTO sla_clocks (item_id, metric, engagement_id, policy_id, version, cycle, phase, priority,
					    goal_seconds, elapsed_seconds, paused_seconds, started_at, stopped_at, at_risk_at, due_at, breached,
					    computed_at)
					VALUES (:item, :metric, :engagement, :policy, :version, :cycle, :phase, :priority, :goal, :elapsed,
					    :paused, :started, :stopped, :risk, :due, :breached, :at)""")
				.params(params)
				.update();
		}
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
