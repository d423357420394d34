package org.pilotage.sla;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.Audience;

/**
 * One version of an engagement's SLA policy, never changed once written: its metrics (the client's SLA and, in
 * subcontracting, the agency's OLA derived from it), the at-risk share in percent, the share of the SLA's goals the OLA
 * is due at (null without an OLA) and the calendar its business time is counted in (null: round the clock).
 */
public record PolicyVersion(UUID policyId, UUID engagementId, int version, @Nullable UUID calendarId,
		int atRiskPercent, List<MetricDefinition> metrics, @Nullable String note, Instant createdAt,
		String createdBy, @Nullable Integer olaPercent) {

	public PolicyVersion {
		metrics = List.copyOf(metrics);
	}

	/** The version as an audience may read it: the client's side without the OLA, a freelancer without the SLA. */
	public PolicyVersion visibleTo(Audience audience) {
		return new PolicyVersion(policyId, engagementId, version, calendarId, atRiskPercent,
				metrics.stream().filter(metric -> metric.agreement().visibleTo(audience)).toList(), note, createdAt,
				createdBy, Agreement.OLA.visibleTo(audience) ? olaPercent : null);
	}
}
