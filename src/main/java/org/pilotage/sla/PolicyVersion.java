package org.pilotage.sla;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One version of an engagement's SLA policy, never changed once written: its metrics, the at-risk share in percent
 * and the calendar its business time is counted in (null: round the clock).
 */
public record PolicyVersion(UUID policyId, UUID engagementId, int version, @Nullable UUID calendarId,
		int atRiskPercent, List<MetricDefinition> metrics, @Nullable String note, Instant createdAt,
		String createdBy) {

	public PolicyVersion {
		metrics = List.copyOf(metrics);
	}
}
