package org.pilotage.engagement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An engagement as its client sees it: for the client's members and auditors attached to the client. The
 * contract's terms are the client's own, so budget, fee and contract day rates are here; who the provider
 * staffs is not. {@code staffing} holds pseudonyms only and has no field for a person's name, e-mail, rate or
 * profile.
 */
public record ClientEngagementView(Audience audience, UUID id, EngagementKind kind, EngagementStatus status,
		Party client, Party provider, String title, @Nullable String scope, @Nullable String deliverablesSummary,
		@Nullable BpoFunction bpoFunction, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
		@Nullable LocalDate renewalDate, @Nullable Integer noticeDays, int renewalAlertDays, boolean renewalAlert,
		String currency, @Nullable BigDecimal budget, @Nullable BigDecimal monthlyFee, List<Rate> rates,
		List<PseudonymousStaffing> staffing, List<TeamMember> team, Instant createdAt, Instant updatedAt,
		long version) implements EngagementView {

	/**
	 * A staffed person the client may not know (every person of a subcontracting engagement, a subcontracted
	 * freelancer of a hybrid one): a stable pseudonym per engagement, a role, an allocation and a period.
	 */
	public record PseudonymousStaffing(String pseudonym, String role, int allocationPercent, LocalDate from,
			LocalDate to) implements StaffingEntry {
	}

	/**
	 * A member of a named team the client works with directly (BPO, and the provider's own people on a hybrid
	 * engagement): how to reach the person and when, never its rate.
	 */
	public record TeamMember(String name, String email, String role, int allocationPercent, LocalDate from,
			LocalDate to, List<String> languages, String zone, LocalTime workStart, LocalTime workEnd)
			implements StaffingEntry {
	}

	static ClientEngagementView of(Engagement engagement, Party client, Party provider, LocalDate today) {
		return of(engagement, client, provider, today, List.of(), List.of());
	}

	static ClientEngagementView of(Engagement engagement, Party client, Party provider, LocalDate today,
			List<PseudonymousStaffing> staffing, List<TeamMember> team) {
		Terms t = engagement.terms();
		return new ClientEngagementView(Audience.CLIENT, engagement.id(), t.kind(), engagement.status(), client,
				provider, t.title(), t.scope(), t.deliverablesSummary(), t.bpoFunction(), t.startDate(), t.endDate(),
				t.renewalDate(), t.noticeDays(), t.renewalAlertDays(), engagement.renewalAlert(today), t.currency(),
				t.budget(), t.monthlyFee(), t.rates(), List.copyOf(staffing), List.copyOf(team), engagement.createdAt(),
				engagement.updatedAt(), engagement.version());
	}
}
