package org.pilotage.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An engagement as stored: its terms, where it is in its lifecycle, and its version for optimistic updates. */
record Engagement(UUID id, EngagementStatus status, Terms terms, Instant createdAt, Instant updatedAt, long version) {

	/** Whether the renewal date is within its alert period (or past it) on {@code today}, while not closed. */
	boolean renewalAlert(LocalDate today) {
		return status != EngagementStatus.CLOSED && terms.renewalDate() != null
				&& !today.isBefore(terms.renewalDate().minusDays(terms.renewalAlertDays()));
	}
}
