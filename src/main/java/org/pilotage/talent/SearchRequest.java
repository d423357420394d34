package org.pilotage.talent;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a provider manager looks for. Only the window is required; every criterion left out filters no one.
 * The client's business hours are given inline (see docs/talent/PEOPLE.md for why).
 */
record SearchRequest(
		@Schema(description = "skills every candidate must have (vocabulary terms or free tags)",
				example = "[\"kubernetes\",\"terraform\"]") @Nullable List<String> mustHave,
		@Schema(example = "[\"aws\"]") @Nullable List<String> niceToHave,
		@Schema(example = "SENIOR", description = "JUNIOR, CONFIRMED, SENIOR or LEAD") @Nullable String minimumSeniority,
		@Schema(example = "600") @Nullable BigDecimal maximumDayRate,
		@Schema(example = "EUR", description = "currency of the maximum, converted to EUR; EUR when left out")
		@Nullable String maximumRateCurrency,
		@Schema(example = "2026-03-02") @Nullable String from, @Schema(example = "2026-06-30") @Nullable String to,
		@Schema(example = "100", description = "share of each working day needed, 1 to 100; 100 when left out")
		@Nullable Integer allocationPercent,
		@Nullable ClientHours clientHours,
		@Schema(example = "4", description = "0 to 24 hours; needs clientHours") @Nullable BigDecimal minimumOverlapHours,
		@Schema(example = "[\"fr\"]") @Nullable List<String> languages,
		@Schema(description = "also list who fails a hard criterion, after the eligible, with what they fail")
		@Nullable Boolean includeIneligible) {

	record ClientHours(@Schema(example = "Europe/Paris") @Nullable String zone,
			@Schema(example = "09:00") @Nullable String start, @Schema(example = "18:00") @Nullable String end) {
	}
}
