package org.pilotage.sla;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pilotage.work.Priority;
import org.pilotage.work.WorkItemType;

/**
 * One timeline entry of a work item as the clocks read it: when, what it means ({@link Trigger}s), and the item's
 * type and priority when the entry sets them (creation, a change of priority), else null.
 */
public record ClockFact(Instant at, Set<Trigger> triggers, @Nullable WorkItemType type, @Nullable Priority priority) {

	public ClockFact {
		triggers = Set.copyOf(triggers);
	}
}
