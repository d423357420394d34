package org.pilotage.work;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Time as one caller may see it. The client's users never receive an entry, a note or a person: on the items and
 * the engagement they get minutes only; a staffed freelancer receives its own entries.
 */
public final class TimeViews {

	private TimeViews() {
	}

	/**
	 * One entry. {@code person} is the name of the person who logged it (the provider's side; a freelancer reads
	 * its own only), {@code sheetStatus} the state of its week, {@code mine} whether the caller may change it now.
	 */
	public record TimeEntryView(UUID id, UUID itemId, String itemKey, String itemTitle, UUID personId, String person,
			LocalDate date, String week, int minutes, @Nullable String note, TimesheetStatus sheetStatus, boolean mine,
			Instant updatedAt, long version) {
	}

	/** An item's time: its totals for everyone who sees it, the entries for the provider's side. */
	public record ItemTimeView(UUID itemId, long totalMinutes, long approvedMinutes, List<TimeEntryView> entries,
			boolean mayLog) {
	}

	public record DayTotal(LocalDate date, long minutes) {
	}

	public record TransitionView(TimesheetStatus from, TimesheetStatus to, String by, Instant at,
			@Nullable String reason) {
	}

	/** A person's week for one provider organization, with what the caller may do with it ({@code allowed}). */
	public record TimesheetView(UUID id, UUID personId, String person, UUID providerOrganizationId, String week,
			LocalDate from, LocalDate to, TimesheetStatus status, long totalMinutes, List<DayTotal> days,
			List<TimeEntryView> entries, List<TransitionView> history, Set<TimesheetStatus> allowed, long version) {
	}

	public record WeekTotal(String week, LocalDate from, long minutes, long approvedMinutes) {
	}

	public record TypeTotal(WorkItemType type, long minutes, long approvedMinutes) {
	}

	public record PersonTotal(UUID personId, String person, long minutes, long approvedMinutes) {
	}

	/**
	 * An engagement's time over a period. {@code people} is left out for the client's users (minutes per person
	 * are the provider's business, and on a mission would pair a pseudonym with a workload); a freelancer gets its
	 * own line only.
	 */
	public record TimeTotalsView(UUID engagementId, @Nullable LocalDate from, @Nullable LocalDate to,
			long totalMinutes, long approvedMinutes, List<WeekTotal> weeks, List<TypeTotal> itemTypes,
			@Nullable List<PersonTotal> people) {
	}
}
