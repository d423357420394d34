package org.pilotage.talent;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** The whole list of a person's availability periods, replacing the stored one. */
record AvailabilityRequest(@Nullable List<PeriodRequest> periods) {

	record PeriodRequest(@Schema(example = "2026-01-01") @Nullable String from,
			@Schema(example = "2026-12-31") @Nullable String to,
			@Schema(example = "100", description = "1 to 100") @Nullable Integer allocationPercent) {
	}
}
