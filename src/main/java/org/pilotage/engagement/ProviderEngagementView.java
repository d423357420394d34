package org.pilotage.engagement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Everything of an engagement: for the provider's members (an agency runs its engagements), auditors attached
 * to the provider, and platform administrators.
 */
public record ProviderEngagementView(Audience audience, UUID id, EngagementKind kind, EngagementStatus status,
		Party client, Party provider, String title, @Nullable String scope, @Nullable String deliverablesSummary,
		@Nullable BpoFunction bpoFunction, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
		@Nullable LocalDate renewalDate, @Nullable Integer noticeDays, int renewalAlertDays, boolean renewalAlert,
		String currency, @Nullable BigDecimal budget, @Nullable BigDecimal monthlyFee, List<Rate> rates,
		List<Assignment> staffing, Instant createdAt, Instant updatedAt, long version) implements EngagementView {

	/**
	 * A staffing as the agency sees it: the person, its own rate, the contract rate of the role and the margin
	 * between them (both per day, {@code null} when the role has no contract rate or the person is paid in another
	 * currency than the engagement's).
	 */
	public record Assignment(UUID id, UUID personId, String pseudonym, String name, String email,
			UUID personOrganizationId, String role, int allocationPercent, LocalDate from, LocalDate to,
			BigDecimal personDayRate, String personCurrency, @Nullable BigDecimal contractDayRate,
			@Nullable BigDecimal margin, long version) implements StaffingEntry {
	}

	static ProviderEngagementView of(Engagement engagement, Party client, Party provider, LocalDate today) {
		return of(engagement, client, provider, today, List.of());
	}

	static ProviderEngagementView of(Engagement engagement, Party client, Party provider, LocalDate today,
			List<Assignment> staffing) {
		Terms t = engagement.terms();
		return new ProviderEngagementView(Audience.PROVIDER, engagement.id(), t.kind(), engagement.status(), client,
				provider, t.title(), t.scope(), t.deliverablesSummary(), t.bpoFunction(), t.startDate(), t.endDate(),
				t.renewalDate(), t.noticeDays(), t.renewalAlertDays(), engagement.renewalAlert(today), t.currency(),
				t.budget(), t.monthlyFee(), t.rates(), List.copyOf(staffing), engagement.createdAt(),
				engagement.updatedAt(), engagement.version());
	}
}
