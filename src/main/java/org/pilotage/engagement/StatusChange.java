package org.pilotage.engagement;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One step of an engagement's history; {@code from} is absent for its creation. */
public record StatusChange(@Nullable EngagementStatus from, EngagementStatus to, @Nullable String reason,
		String actor, Instant at) {

	/** A requested move to {@code status}, with a reason (required to suspend). */
	public record Request(@Nullable EngagementStatus status, @Nullable String reason) {
	}
}
