package org.pilotage.work;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.AuditableEvent;

/**
 * Events of time logging, each a line of the audit trail: entries logged, changed or removed (no note in the
 * summary), and each move of a weekly timesheet. {@code organizationId} is the provider organization whose
 * managers approve the week.
 */
public final class TimeEvents {

	private TimeEvents() {
	}

	/** What every time event carries: the actor (id and label, as the audit trail keeps them) and the instant. */
	public sealed interface TimeEvent extends AuditableEvent {

		Instant at();
	}

	/** An entry logged ({@code minutes} > 0 before 0), changed, or removed ({@code minutes} 0). */
	public record TimeEntryChanged(@Nullable UUID actorId, String actorLabel, UUID entryId, UUID itemId, UUID personId, UUID organizationId,
			Instant at, LocalDate date, int minutesBefore, int minutes) implements TimeEvent {
		public String action() { return "time-entry." + (minutesBefore == 0 ? "logged" : minutes == 0 ? "removed" : "changed"); }
		public String targetType() { return "time-entry"; }
		public String targetId() { return entryId.toString(); }
		public String summary() { return date + ": " + minutesBefore + " -> " + minutes + " min"; }
	}

	/** A timesheet moved; {@code reason} is a return's. */
	public record TimesheetMoved(@Nullable UUID actorId, String actorLabel, UUID sheetId, UUID personId, UUID organizationId, String week,
			Instant at, TimesheetStatus from, TimesheetStatus to, @Nullable String reason) implements TimeEvent {
		public String action() { return "timesheet." + to.name().toLowerCase(java.util.Locale.ROOT); }
		public String targetType() { return "timesheet"; }
		public String targetId() { return sheetId.toString(); }
		public String summary() { return week + ": " + from + " -> " + to; }
	}
}
