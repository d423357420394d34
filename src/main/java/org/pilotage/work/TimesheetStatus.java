package org.pilotage.work;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a person's week stands. The person submits an OPEN or RETURNED week; a manager of the provider approves a
 * SUBMITTED one or returns it with a reason. Entries change only while the week is OPEN or RETURNED; an APPROVED
 * week is final.
 */
public enum TimesheetStatus {

	OPEN, SUBMITTED, APPROVED, RETURNED;

	/** Whether the week's entries may still be logged, changed or removed. */
	public boolean editable() {
		return this == OPEN || this == RETURNED;
	}

	/** The steps of the week's person (SUBMITTED) and of its approvers (APPROVED, RETURNED) from here. */
	public Set<TimesheetStatus> next(boolean person, boolean approver) {
		Set<TimesheetStatus> next = EnumSet.noneOf(TimesheetStatus.class);
		if (person && editable()) {
			next.add(SUBMITTED);
		}
		if (approver && this == SUBMITTED) {
			next.add(APPROVED);
			next.add(RETURNED);
		}
		return next;
	}
}
