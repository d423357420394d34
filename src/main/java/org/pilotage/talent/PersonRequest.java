package org.pilotage.talent;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A person's profile as sent to create or replace it. Times, seniority and currency are read as text so that
 * every bad field is reported at once. {@code organizationId} is taken at creation only (default: the one
 * provider or freelancer organization the caller manages); {@code listed} and {@code active} left out keep
 * their value (new people are listed and active).
 */
record PersonRequest(@Nullable UUID organizationId, @Nullable UUID userId,
		@Schema(example = "Salma Tazi") @Nullable String displayName,
		@Schema(example = "salma.tazi@atlas.example") @Nullable String email,
		@Schema(example = "SENIOR", description = "JUNIOR, CONFIRMED, SENIOR or LEAD") @Nullable String seniority,
		@Schema(example = "450") @Nullable BigDecimal dayRate,
		@Schema(example = "EUR", description = "a currency of GET /api/v1/reference/currencies") @Nullable String currency,
		@Schema(example = "Africa/Casablanca") @Nullable String zone,
		@Schema(example = "09:00") @Nullable String workStart, @Schema(example = "18:00") @Nullable String workEnd,
		@Schema(example = "[\"fr\",\"en\"]") @Nullable List<String> languages,
		@Nullable List<String> certifications,
		@Schema(description = "vocabulary codes, names or aliases (GET /api/v1/skills)", example = "[\"k8s\",\"terraform\"]")
		@Nullable List<String> skills,
		@Schema(description = "free tags; one that is a vocabulary term counts as that skill") @Nullable List<String> tags,
		@Nullable Boolean listed, @Nullable Boolean active) {
}
