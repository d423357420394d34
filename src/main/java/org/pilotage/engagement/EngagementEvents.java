package org.pilotage.engagement;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.Actor;
import org.pilotage.shared.AuditableEvent;

/**
 * Events the engagement module publishes; each one is a line of the audit trail, written in the transaction of
 * the change. They name the client organization, whose contract it is. Summaries name what changed, never an
 * amount.
 */
public final class EngagementEvents {

	private EngagementEvents() {
	}

	public record EngagementCreated(Actor actor, UUID engagementId, UUID organizationId, UUID providerOrganizationId,
			EngagementKind kind, String title) implements Audited {
		public String action() { return "engagement.created"; }
		public String summary() { return "created " + kind + " engagement \"" + title + "\" (draft)"; }
	}

	public record EngagementTermsChanged(Actor actor, UUID engagementId, UUID organizationId, List<String> changed)
			implements Audited {
		public String action() { return "engagement.terms-changed"; }
		public String summary() { return changed.isEmpty() ? "terms saved unchanged" : "changed " + String.join(", ", changed); }
	}

	public record EngagementActivated(Actor actor, UUID engagementId, UUID organizationId) implements Audited {
		public String action() { return "engagement.activated"; }
		public String summary() { return "DRAFT -> ACTIVE"; }
	}

	public record EngagementSuspended(Actor actor, UUID engagementId, UUID organizationId, String reason)
			implements Audited {
		public String action() { return "engagement.suspended"; }
		public String summary() { return "ACTIVE -> SUSPENDED: " + reason; }
	}

	public record EngagementResumed(Actor actor, UUID engagementId, UUID organizationId) implements Audited {
		public String action() { return "engagement.resumed"; }
		public String summary() { return "SUSPENDED -> ACTIVE"; }
	}

	public record EngagementClosed(Actor actor, UUID engagementId, UUID organizationId, EngagementStatus from)
			implements Audited {
		public String action() { return "engagement.closed"; }
		public String summary() { return from + " -> CLOSED"; }
	}

	public record ExitPlanChanged(Actor actor, UUID engagementId, UUID organizationId, boolean planOnFile)
			implements Audited {
		public String action() { return "engagement.exit-plan-changed"; }
		public String summary() { return "exit plan saved, plan on file: " + planOnFile; }
	}

	public record EngagementDocumentAdded(Actor actor, UUID engagementId, UUID organizationId, UUID documentId,
			String fileName, long size, String sha256) implements Audited {
		public String action() { return "engagement.document-added"; }
		public String summary() { return "added \"" + fileName + "\" (" + size + " bytes, sha256 " + sha256 + ")"; }
	}

	public record EngagementDocumentRemoved(Actor actor, UUID engagementId, UUID organizationId, UUID documentId,
			String fileName) implements Audited {
		public String action() { return "engagement.document-removed"; }
		public String summary() { return "removed \"" + fileName + "\""; }
	}

	/** A person was staffed, restaffed or released; the summary names the person's id and the allocation. */
	public record StaffingChanged(Actor actor, UUID engagementId, UUID organizationId, UUID staffingId, UUID personId,
			String change, int allocationPercent, java.time.LocalDate from, java.time.LocalDate to) implements Audited {
		public String action() { return "engagement.staffing-" + change; }
		public String summary() {
			return change + " person " + personId + " at " + allocationPercent + " % from " + from + " to " + to
					+ " (staffing " + staffingId + ")";
		}
	}

	/** Engagement events name their actor and engagement once; the audit contract reads them from there. */
	interface Audited extends AuditableEvent {

		Actor actor();

		UUID engagementId();

		@Override
		UUID organizationId();

		@Override
		default @Nullable UUID actorId() {
			return actor().id();
		}

		@Override
		default String actorLabel() {
			return actor().label();
		}

		@Override
		default String targetType() {
			return "engagement";
		}

		@Override
		default String targetId() {
			return engagementId().toString();
		}
	}
}
