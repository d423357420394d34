package org.pilotage.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A decision or an action of an engagement's weekly meeting, as it stands now: what was decided or is to be done, who
 * owns it (a member of one of the parties, or a name written in free text), by when, and whether it is still open.
 * The weekly report lists the actions open when it is generated and those closed during its week, so an open action
 * is carried from report to report until it is done or dropped.
 *
 * @param owner how the owner is shown: the member's display name, or the free text
 * @param closedAt when the status left OPEN; null while open
 */
record ReportAction(UUID id, UUID engagementId, Kind kind, String text, @Nullable UUID ownerUserId,
		@Nullable String owner, @Nullable LocalDate dueDate, Status status, @Nullable Instant closedAt, int version,
		Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

	/** A decision taken, or an action someone is to carry out. */
	enum Kind {
		DECISION, ACTION
	}

	enum Status {
		OPEN, DONE, DROPPED
	}

	/** Whether the report of {@code week} lists it: open at generation, or closed during the week. */
	boolean listedIn(Period week) {
		return status == Status.OPEN || closedAt != null && week.contains(closedAt);
	}
}
