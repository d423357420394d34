package org.pilotage.work;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A work item as stored, with its version for optimistic updates. */
record WorkItem(UUID id, UUID engagementId, int number, WorkItemType type, @Nullable TicketType ticketType,
		Level impact, Level urgency, Priority priority, @Nullable String category, String title,
		@Nullable String description, WorkStatus status, @Nullable UUID assigneePersonId, UUID requesterUserId,
		String requesterLabel, @Nullable LocalDate dueDate, @Nullable String acceptanceCriteria, int submissions,
		Instant createdAt, Instant updatedAt, long version) {
}
