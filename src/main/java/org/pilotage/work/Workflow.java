package org.pilotage.work;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.pilotage.work.WorkStatus.CLOSED;
import static org.pilotage.work.WorkStatus.IN_PROGRESS;
import static org.pilotage.work.WorkStatus.NEW;
import static org.pilotage.work.WorkStatus.OPEN;
import static org.pilotage.work.WorkStatus.RESOLVED;
import static org.pilotage.work.WorkStatus.WAITING_ON_CLIENT;
import static org.pilotage.work.WorkStatus.WAITING_ON_PROVIDER;

/**
 * The workflow of work items as plain rules: which status may follow which, and which side may make the move.
 * The table is in docs/work/WORK.md. A deliverable is resolved only by a submission, closed only by the client's
 * acceptance and sent back to rework only by a rejection, so that every review step is its own event.
 */
public final class Workflow {

	/** Every move the workflow knows, whoever makes it. */
	static final Map<WorkStatus, Set<WorkStatus>> TABLE = Map.of(
			NEW, EnumSet.of(OPEN, IN_PROGRESS, WAITING_ON_CLIENT, RESOLVED),
			OPEN, EnumSet.of(IN_PROGRESS, WAITING_ON_CLIENT, WAITING_ON_PROVIDER, RESOLVED),
			IN_PROGRESS, EnumSet.of(OPEN, WAITING_ON_CLIENT, WAITING_ON_PROVIDER, RESOLVED),
			WAITING_ON_CLIENT, EnumSet.of(OPEN, IN_PROGRESS, RESOLVED),
			WAITING_ON_PROVIDER, EnumSet.of(OPEN, IN_PROGRESS, RESOLVED),
			RESOLVED, EnumSet.of(CLOSED, OPEN),
			CLOSED, EnumSet.of(OPEN));

	private Workflow() {
	}

	/** The statuses {@code side} may move an item of {@code type} to from {@code from} with a plain transition. */
	public static Set<WorkStatus> next(WorkItemType type, WorkStatus from, Side side) {
		Set<WorkStatus> allowed = EnumSet.noneOf(WorkStatus.class);
		for (WorkStatus to : TABLE.get(from)) {
			if (allows(type, from, to, side)) {
				allowed.add(to);
			}
		}
		return allowed;
	}

	public static boolean allows(WorkItemType type, WorkStatus from, WorkStatus to, Side side) {
		if (!TABLE.get(from).contains(to)) {
			return false;
		}
		if (type == WorkItemType.DELIVERABLE && (to == RESOLVED || to == CLOSED || from == RESOLVED || from == CLOSED)) {
			return false; // submission, acceptance and rejection are their own steps; an accepted deliverable stays so
		}
		boolean reopen = to == OPEN && (from == RESOLVED || from == CLOSED);
		return switch (side) {
			// the client confirms a resolution, reopens, or hands the item back after answering
			case CLIENT -> (from == RESOLVED && to == CLOSED) || reopen
					|| (from == WAITING_ON_CLIENT && (to == IN_PROGRESS || to == OPEN));
			case PROVIDER -> true;
		};
	}

	/** A deliverable may be submitted while the provider works on it: not while under review nor once accepted. */
	public static boolean maySubmit(WorkStatus status) {
		return status != RESOLVED && status != CLOSED;
	}

	/** The default matrix, after ITIL: P1 for high impact and urgency, P4 when both are low or one is low. */
	public static Priority defaultPriority(Level impact, Level urgency) {
		int score = impact.ordinal() + urgency.ordinal(); // HIGH 0, MEDIUM 1, LOW 2
		return switch (score) {
			case 0 -> Priority.P1;
			case 1 -> Priority.P2;
			case 2 -> Priority.P3;
			default -> Priority.P4;
		};
	}
}
