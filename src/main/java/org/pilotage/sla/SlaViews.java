package org.pilotage.sla;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.sla.ClockLedger.Cycle;
import org.pilotage.sla.ClockLedger.Phase;
import org.pilotage.work.Priority;

/** The shapes the SLA API answers with. */
public final class SlaViews {

	private SlaViews() {
	}

	/** An item's clocks at an instant, with the policy version it is measured against. */
	public record ItemClocksView(UUID itemId, PolicyRef policy, List<MetricView> metrics, Instant at) {

		static ItemClocksView of(SlaClocks.ItemClocks clocks) {
			PolicyVersion version = clocks.policy();
			return new ItemClocksView(clocks.itemId(),
					new PolicyRef(version.version(), version.calendarId(), version.atRiskPercent()),
					clocks.metrics().stream()
						.map(metric -> new MetricView(metric.metric(), metric.agreement(),
								metric.cycles().stream().map(cycle -> CycleView.of(cycle, clocks.at())).toList()))
						.toList(),
					clocks.at());
		}
	}

	/** The metrics of the agreements the audience may see: the client's side no OLA, a freelancer no SLA. */
	public static ItemClocksView visibleTo(org.pilotage.engagement.Audience audience, ItemClocksView clocks) {
		return new ItemClocksView(clocks.itemId(), clocks.policy(),
				clocks.metrics().stream().filter(metric -> metric.agreement().visibleTo(audience)).toList(), clocks.at());
	}

	/** The version an item is measured against: its number, its calendar (null: round the clock), its at-risk share. */
	public record PolicyRef(int version, @Nullable UUID calendarId, int atRiskPercent) {
	}

	/** A started metric and its cycles, oldest first (the last one is current). */
	public record MetricView(Metric metric, Agreement agreement, List<CycleView> cycles) {
	}

	/**
	 * A cycle: business seconds elapsed, paused and remaining (negative once breached), the instants it is or was at
	 * risk and due (projected while running), and whether it is at risk, breached or met.
	 */
	public record CycleView(int number, Phase phase, @Nullable Priority priority, Instant startedAt,
			@Nullable Instant stoppedAt, @Nullable Long goalSeconds, long elapsedSeconds, long pausedSeconds,
			@Nullable Long remainingSeconds, @Nullable Instant atRiskAt, @Nullable Instant dueAt, boolean atRisk,
			boolean breached, boolean met) {

		static CycleView of(Cycle cycle, Instant at) {
			Instant until = cycle.stoppedAt() == null ? at : cycle.stoppedAt();
			boolean atRisk = !cycle.breached() && cycle.atRiskAt() != null && !cycle.atRiskAt().isAfter(until);
			return new CycleView(cycle.number(), cycle.phase(), cycle.priority(), cycle.startedAt(), cycle.stoppedAt(),
					cycle.goalSeconds(), cycle.elapsedSeconds(), cycle.pausedSeconds(), cycle.remainingSeconds(),
					cycle.atRiskAt(), cycle.dueAt(), atRisk, cycle.breached(), cycle.met());
		}
	}
}
