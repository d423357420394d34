package org.pilotage.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pilotage.work.Priority;
import org.pilotage.work.WorkItemType;

/**
 * The clocks of one work item as a pure function of its timeline ({@link ClockFact}s, in timeline order), the
 * metrics of its policy version, the at-risk share, the calendar and the instant asked about. Nothing is kept
 * between two computations: recomputing gives the live answer by construction.
 *
 * <p>For each metric the item's type is measured by, the entries are read in order: a pause condition puts the
 * metric on hold and a resume condition lifts it (remembered even when no cycle runs); a stop condition ends the
 * running or paused cycle; a start condition opens the first cycle, or a new one after a stop when the metric
 * restarts; a cycle opened on hold starts paused. A cycle's elapsed and paused times are business seconds of the
 * calendar; its goal is the goal of the item's priority when it stopped (or now, while it runs). It is breached once
 * its elapsed time reaches the goal ({@code dueAt} is that instant, or its projection while running) and at risk
 * from the at-risk share of the goal ({@code atRiskAt}); a cycle stopped before its due instant is met. A calendar
 * that never works long enough (no working time at all, or closed for years) gives no due instant rather than an
 * error, so that no change of an item ever fails because of its clocks.
 */
public final class ClockLedger {

	private ClockLedger() {
	}

	public enum Phase {
		RUNNING, PAUSED, STOPPED
	}

	/**
	 * One cycle of a metric. {@code goalSeconds} is null when the item's priority has no goal; {@code atRiskAt} and
	 * {@code dueAt} are the instants the elapsed time reaches the at-risk share and the goal, past or projected
	 * (null while paused before reaching them, or without a goal).
	 */
	public record Cycle(int number, Instant startedAt, @Nullable Instant stoppedAt, Phase phase,
			@Nullable Priority priority, @Nullable Long goalSeconds, long elapsedSeconds, long pausedSeconds,
			@Nullable Instant atRiskAt, @Nullable Instant dueAt) {

		public boolean breached() {
			return goalSeconds != null && elapsedSeconds >= goalSeconds;
		}

		public boolean met() {
			return phase == Phase.STOPPED && !breached();
		}

		/** Business seconds left before the goal; negative once breached; null without a goal. */
		public @Nullable Long remainingSeconds() {
			return goalSeconds == null ? null : goalSeconds - elapsedSeconds;
		}
	}

	/** A metric's cycles, oldest first; the last is the current one. */
	public record MetricClock(Metric metric, Agreement agreement, List<Cycle> cycles) {

		public MetricClock {
			cycles = List.copyOf(cycles);
		}

		/** The key of the metric in the stored clocks and deadlines. */
		public String key() {
			return agreement.key(metric);
		}

		public Cycle current() {
			return cycles.get(cycles.size() - 1);
		}
	}

	/** Every metric of the version that measures this item and has started, in the version's order. */
	public static List<MetricClock> compute(List<ClockFact> facts, List<MetricDefinition> metrics, int atRiskPercent,
			BusinessTime time, Instant now) {
		WorkItemType type = null;
		for (ClockFact fact : facts) {
			if (fact.type() != null) {
				type = fact.type();
				break;
			}
		}
		List<MetricClock> clocks = new ArrayList<>();
		for (MetricDefinition metric : metrics) {
			if (type == null || !metric.types().contains(type)) {
				continue;
			}
			List<Cycle> cycles = new Run(metric, atRiskPercent, time).cycles(facts, now);
			if (!cycles.isEmpty()) {
				clocks.add(new MetricClock(metric.metric(), metric.agreement(), cycles));
			}
		}
		return clocks;
	}

	/** The walk through one metric's entries. */
	private static final class Run {

		private final MetricDefinition metric;
		private final int atRiskPercent;
		private final BusinessTime time;
		private final List<Cycle> cycles = new ArrayList<>();

		private @Nullable Priority priority;
		private boolean onHold;
		// the open cycle, if any
		private boolean open;
		private Instant startedAt = Instant.EPOCH;
		private Phase phase = Phase.STOPPED;
		private Instant since = Instant.EPOCH;
		private long elapsed;
		private long paused;
		/** The running stretches of the open cycle: start, end (null while it goes on) and business seconds. */
		private final List<Stretch> running = new ArrayList<>();

		Run(MetricDefinition metric, int atRiskPercent, BusinessTime time) {
			this.metric = metric;
			this.atRiskPercent = atRiskPercent;
			this.time = time;
		}

		List<Cycle> cycles(List<ClockFact> facts, Instant now) {
			for (ClockFact fact : facts) {
				Instant at = fact.at().isBefore(since) ? since : fact.at();
				if (fact.priority() != null) {
					priority = fact.priority();
				}
				if (!Collections.disjoint(fact.triggers(), metric.pause())) {
					onHold = true;
				}
				if (!Collections.disjoint(fact.triggers(), metric.resume())) {
					onHold = false;
				}
				if (open && !Collections.disjoint(fact.triggers(), metric.stop())) {
					close(at);
					cycles.add(cycle(at, Phase.STOPPED, false));
					open = false;
				}
				else if (!open && (cycles.isEmpty() || metric.restarts())
						&& !Collections.disjoint(fact.triggers(), metric.start())) {
					open = true;
					startedAt = at;
					since = at;
					phase = onHold ? Phase.PAUSED : Phase.RUNNING;
					elapsed = 0;
					paused = 0;
					running.clear();
				}
				else if (open && phase == Phase.RUNNING && onHold) {
					close(at);
					phase = Phase.PAUSED;
				}
				else if (open && phase == Phase.PAUSED && !onHold) {
					close(at);
					phase = Phase.RUNNING;
				}
			}
			if (open) {
				Instant until = now.isBefore(since) ? since : now;
				Phase current = phase;
				close(until);
				if (current == Phase.RUNNING) {
					// the running stretch goes on: projections are made from its start
					Stretch last = running.remove(running.size() - 1);
					running.add(new Stretch(last.start(), null, last.seconds()));
				}
				cycles.add(cycle(null, current, true));
			}
			return cycles;
		}

		/** Ends the current stretch at {@code at}, adding it to the elapsed or the paused time. */
		private void close(Instant at) {
			long seconds = time.between(since, at);
			if (phase == Phase.RUNNING) {
				elapsed += seconds;
				running.add(new Stretch(since, at, seconds));
			}
			else {
				paused += seconds;
			}
			since = at;
		}

		private Cycle cycle(@Nullable Instant stoppedAt, Phase phase, boolean ongoing) {
			Long minutes = priority == null ? null : metric.goalMinutes().get(priority);
			Long goal = minutes == null ? null : minutes * 60;
			Instant atRiskAt = null;
			Instant dueAt = null;
			if (goal != null) {
				atRiskAt = reached(goal * atRiskPercent / 100, ongoing && phase == Phase.RUNNING);
				dueAt = reached(goal, ongoing && phase == Phase.RUNNING);
			}
			return new Cycle(cycles.size() + 1, startedAt, stoppedAt, phase, priority, goal, elapsed, paused, atRiskAt,
					dueAt);
		}

		/**
		 * The instant the elapsed time reaches {@code threshold}: in the stretch where it did, or projected from the
		 * start of the stretch still running; null when not reached and not running.
		 */
		private @Nullable Instant reached(long threshold, boolean projecting) {
			long before = 0;
			for (Stretch stretch : running) {
				if ((stretch.end() == null && projecting) || before + stretch.seconds() >= threshold) {
					try {
						return time.add(stretch.start(), threshold - before);
					}
					catch (IllegalArgumentException neverReached) {
						// a calendar without working time (or closed for years) never gets there: no due instant
						return null;
					}
				}
				before += stretch.seconds();
			}
			return null;
		}
	}

	private record Stretch(Instant start, @Nullable Instant end, long seconds) {
	}
}
