package org.pilotage.sla;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.AuditableEvent;
import org.pilotage.sla.SlaDeadlines.FiredDeadline;

/**
 * Events the SLA module publishes when a deadline fires, in the transaction that marks it fired: each is published
 * once, whichever instance fires it. The platform is their actor. Each is a line of the audit trail, filed under the
 * client's organization, or the provider's for an OLA metric (which the client never sees).
 */
public final class SlaEvents {

	private SlaEvents() {
	}

	/** What both events carry: the item, its engagement, the metric and cycle, when it was due and when it fired. */
	public sealed interface SlaDeadlineEvent extends AuditableEvent {

		UUID itemId();

		UUID engagementId();

		String metric();

		int cycle();

		Instant dueAt();

		Instant firedAt();

		long goalSeconds();

		@Nullable
		Integer policyVersion();

		@Override
		default @Nullable UUID actorId() {
			return null;
		}

		@Override
		default String actorLabel() {
			return "system";
		}

		@Override
		default String targetType() {
			return "work-item";
		}

		@Override
		default String targetId() {
			return itemId().toString();
		}
	}

	/** A metric used its warning share of the goal (default 75 %). */
	public record SlaAtRisk(UUID itemId, UUID engagementId, @Nullable UUID organizationId, String metric, int cycle,
			Instant dueAt, Instant firedAt, long goalSeconds, @Nullable Integer policyVersion) implements SlaDeadlineEvent {

		@Override
		public String action() {
			return "sla.at-risk";
		}

		@Override
		public String summary() {
			return metric + " cycle " + cycle + " at risk at " + dueAt + " (goal " + goalSeconds + " s)";
		}
	}

	/** A metric reached its goal without being met. */
	public record SlaBreached(UUID itemId, UUID engagementId, @Nullable UUID organizationId, String metric, int cycle,
			Instant dueAt, Instant firedAt, long goalSeconds, @Nullable Integer policyVersion) implements SlaDeadlineEvent {

		@Override
		public String action() {
			return "sla.breached";
		}

		@Override
		public String summary() {
			return metric + " cycle " + cycle + " breached at " + dueAt + " (goal " + goalSeconds + " s)";
		}
	}

	/** Whether the metric is an agency's OLA towards its freelancer: the provider's side only ever hears of it. */
	public static boolean internal(String metric) {
		return metric.startsWith("OLA_");
	}

	static SlaDeadlineEvent of(FiredDeadline fired, @Nullable UUID organizationId) {
		return switch (fired.kind()) {
			case AT_RISK -> new SlaAtRisk(fired.itemId(), fired.engagementId(), organizationId, fired.metric(),
					fired.cycle(), fired.dueAt(), fired.firedAt(), fired.goalSeconds(), fired.policyVersion());
			case BREACH -> new SlaBreached(fired.itemId(), fired.engagementId(), organizationId, fired.metric(),
					fired.cycle(), fired.dueAt(), fired.firedAt(), fired.goalSeconds(), fired.policyVersion());
		};
	}
}
