package org.pilotage.work;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A work item to create, or the fields to replace ({@code type} is fixed once created). Impact and urgency
 * default to MEDIUM; {@code ticketType} is for tickets only, {@code acceptanceCriteria} for deliverables.
 */
public record WorkItemRequest(@Nullable String type, @Nullable String ticketType, @Nullable String title,
		@Nullable String description, @Nullable String category, @Nullable String impact, @Nullable String urgency,
		@Nullable LocalDate dueDate, @Nullable String acceptanceCriteria) {
}
