package org.pilotage.engagement;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The reversibility plan of an engagement: whether a plan is on file, in what format the data comes back,
 * how long the hand-over lasts, when it was last rehearsed, and who could take over.
 */
public record ExitPlan(boolean planOnFile, @Nullable String dataReturnFormat, @Nullable Integer transitionDays,
		@Nullable LocalDate lastRehearsal, @Nullable String successorOption, Instant updatedAt, long version) {

	/** An exit plan as a party sends it. */
	public record Changes(@Nullable Boolean planOnFile, @Nullable String dataReturnFormat,
			@Nullable Integer transitionDays, @Nullable LocalDate lastRehearsal, @Nullable String successorOption) {
	}
}
