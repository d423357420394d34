package org.pilotage.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An engagement as a freelancer staffed on it sees it: what the work is, when, for whom and through whom, and
 * where it stands. No budget, fee, rate, currency or margin: the record has no field for them.
 */
public record FreelancerEngagementView(Audience audience, UUID id, EngagementKind kind, EngagementStatus status,
		Party client, Party provider, String title, @Nullable String scope, @Nullable String deliverablesSummary,
		@Nullable BpoFunction bpoFunction, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
		@Nullable LocalDate renewalDate, List<OwnAssignment> assignments, long version) implements EngagementView {

	/** The freelancer's own staffing: its pseudonym towards the client, role, allocation and period. */
	public record OwnAssignment(String pseudonym, String role, int allocationPercent, LocalDate from, LocalDate to)
			implements StaffingEntry {
	}

	static FreelancerEngagementView of(Engagement engagement, Party client, Party provider) {
		return of(engagement, client, provider, List.of());
	}

	static FreelancerEngagementView of(Engagement engagement, Party client, Party provider,
			List<OwnAssignment> assignments) {
		Terms t = engagement.terms();
		return new FreelancerEngagementView(Audience.FREELANCER, engagement.id(), t.kind(), engagement.status(),
				client, provider, t.title(), t.scope(), t.deliverablesSummary(), t.bpoFunction(), t.startDate(),
				t.endDate(), t.renewalDate(), List.copyOf(assignments), engagement.version());
	}
}
