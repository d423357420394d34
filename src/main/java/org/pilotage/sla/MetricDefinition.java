package org.pilotage.sla;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pilotage.work.Priority;
import org.pilotage.work.WorkItemType;

/**
 * One metric of a policy: the item types it measures, its start, pause, resume and stop conditions, whether a
 * start after a stop opens a new cycle, and a goal in business minutes per priority (a priority without a goal is
 * followed but never due).
 *
 * <p>A pause condition puts the clock on hold until a resume condition; whether it is on hold is remembered even
 * while no cycle runs, so a cycle that starts on the client's turn starts paused.
 */
public record MetricDefinition(Metric metric, Set<WorkItemType> types, Set<Trigger> start, Set<Trigger> pause,
		Set<Trigger> resume, Set<Trigger> stop, boolean restarts, Map<Priority, Long> goalMinutes,
		@Nullable Agreement agreement) {

	public MetricDefinition {
		agreement = agreement == null ? Agreement.SLA : agreement;
		types = Set.copyOf(types);
		start = Set.copyOf(start);
		pause = Set.copyOf(pause);
		resume = Set.copyOf(resume);
		stop = Set.copyOf(stop);
		Map<Priority, Long> goals = new EnumMap<>(Priority.class);
		goals.putAll(goalMinutes);
		goalMinutes = Collections.unmodifiableMap(goals);
	}

	/** An SLA metric. */
	public MetricDefinition(Metric metric, Set<WorkItemType> types, Set<Trigger> start, Set<Trigger> pause,
			Set<Trigger> resume, Set<Trigger> stop, boolean restarts, Map<Priority, Long> goalMinutes) {
		this(metric, types, start, pause, resume, stop, restarts, goalMinutes, Agreement.SLA);
	}

	/** This metric with other goals and agreement: how an OLA is derived from its SLA. */
	public MetricDefinition as(Agreement other, Map<Priority, Long> goals) {
		return new MetricDefinition(metric, types, start, pause, resume, stop, restarts, goals, other);
	}

	/** The key of this metric in the stored clocks and deadlines. */
	public String key() {
		return agreement().key(metric);
	}

	/** The defaults of the project's SLA semantics, with the given goals. */
	public static MetricDefinition defaults(Metric metric, Map<Priority, Long> goalMinutes) {
		Set<Trigger> pause = EnumSet.of(Trigger.TURN_TO_CLIENT);
		Set<Trigger> resume = EnumSet.of(Trigger.TURN_TO_PROVIDER);
		Set<WorkItemType> tickets = EnumSet.of(WorkItemType.TICKET);
		return switch (metric) {
			case FIRST_RESPONSE -> new MetricDefinition(metric, tickets, EnumSet.of(Trigger.CREATED), pause, resume,
					EnumSet.of(Trigger.PROVIDER_REPLY, Trigger.RESOLVED), false, goalMinutes);
			case NEXT_RESPONSE -> new MetricDefinition(metric, tickets, EnumSet.of(Trigger.CLIENT_COMMENT), pause, resume,
					EnumSet.of(Trigger.PROVIDER_REPLY, Trigger.RESOLVED), true, goalMinutes);
			case RESOLUTION -> new MetricDefinition(metric, tickets, EnumSet.of(Trigger.CREATED, Trigger.REOPENED), pause,
					resume, EnumSet.of(Trigger.RESOLVED), true, goalMinutes);
			case DELIVERY_DUE -> new MetricDefinition(metric, EnumSet.of(WorkItemType.DELIVERABLE),
					EnumSet.of(Trigger.CREATED), pause, resume, EnumSet.of(Trigger.ACCEPTED, Trigger.CLOSED), false,
					goalMinutes);
		};
	}

	/**
	 * The default goals in business minutes, P1 to P4: first response 30 min, 1 h, 4 h, 8 h; next response 1 h, 2 h,
	 * 8 h, 16 h; resolution 4 h, 8 h, 3 days, 5 days; delivery 3, 6, 10 and 20 days (days of 8 business hours).
	 */
	public static Map<Priority, Long> defaultGoals(Metric metric) {
		long[] minutes = switch (metric) {
			case FIRST_RESPONSE -> new long[] { 30, 60, 240, 480 };
			case NEXT_RESPONSE -> new long[] { 60, 120, 480, 960 };
			case RESOLUTION -> new long[] { 240, 480, 1_440, 2_400 };
			case DELIVERY_DUE -> new long[] { 1_440, 2_880, 4_800, 9_600 };
		};
		Map<Priority, Long> goals = new EnumMap<>(Priority.class);
		for (Priority priority : Priority.values()) {
			goals.put(priority, minutes[priority.ordinal()]);
		}
		return goals;
	}
}
