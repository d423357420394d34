package org.pilotage.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person working on an engagement: in which role, how much of its time and when. {@code letter} is the
 * person's pseudonym on this engagement (0 is A), kept for the engagement's life.
 */
record Staffing(UUID id, UUID engagementId, UUID personId, String role, int allocationPercent, LocalDate from,
		LocalDate to, int letter, Instant createdAt, Instant updatedAt, long version) {

	/** "Developer A", "Developer B", … "Developer Z", "Developer AA": what a client calls a hidden person. */
	String pseudonym() {
		return Pseudonyms.of(letter);
	}
}
