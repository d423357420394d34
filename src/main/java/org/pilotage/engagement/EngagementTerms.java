package org.pilotage.engagement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Terms as a party sends them to create an engagement or replace its terms. Everything may be missing here;
 * {@link TermsValidation} names every bad or missing field at once.
 */
public record EngagementTerms(@Nullable EngagementKind kind, @Nullable UUID clientOrganizationId,
		@Nullable UUID providerOrganizationId, @Nullable String title, @Nullable String scope,
		@Nullable String deliverablesSummary, @Nullable BpoFunction bpoFunction, @Nullable LocalDate startDate,
		@Nullable LocalDate endDate, @Nullable LocalDate renewalDate, @Nullable Integer noticeDays,
		@Nullable Integer renewalAlertDays, @Nullable String currency, @Nullable BigDecimal budget,
		@Nullable BigDecimal monthlyFee, @Nullable List<@Nullable RateTerms> rates) {

	/** A day rate as sent: a role label and an amount. */
	public record RateTerms(@Nullable String role, @Nullable BigDecimal dayRate) {
	}
}
