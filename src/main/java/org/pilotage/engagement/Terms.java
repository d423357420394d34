package org.pilotage.engagement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The validated terms of an engagement, as stored: what the parties agreed, whatever its status. */
record Terms(EngagementKind kind, UUID clientOrgId, UUID providerOrgId, String title, @Nullable String scope,
		@Nullable String deliverablesSummary, @Nullable BpoFunction bpoFunction, @Nullable LocalDate startDate,
		@Nullable LocalDate endDate, @Nullable LocalDate renewalDate, @Nullable Integer noticeDays,
		int renewalAlertDays, String currency, @Nullable BigDecimal budget, @Nullable BigDecimal monthlyFee,
		List<Rate> rates) {

	Terms {
		rates = List.copyOf(rates);
	}
}
