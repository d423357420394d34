package org.pilotage.work;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.Actor;
import org.pilotage.shared.AuditableEvent;

/**
 * Events the work module publishes, after the matching timeline event is stored and in the same transaction:
 * what a notification module listens to. Each names the item, its engagement, the client organization, the actor
 * and the instant; a comment's event carries its visibility, so that an internal one is never told to a client.
 * Each is also a line of the audit trail; summaries never hold a comment's text.
 */
public final class WorkEvents {

	private WorkEvents() {
	}

	/** What every work event carries. */
	public sealed interface WorkItemEvent extends AuditableEvent {

		Actor actor();

		UUID itemId();

		UUID engagementId();

		Instant at();

		/** Who may hear of the event: INTERNAL only for internal comments. */
		default Visibility visibility() {
			return Visibility.CLIENT;
		}

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
			return "work-item";
		}

		@Override
		default String targetId() {
			return itemId().toString();
		}
	}

	public record WorkItemCreated(Actor actor, UUID itemId, UUID engagementId, UUID organizationId, Instant at,
			WorkItemType type, Priority priority, WorkStatus status) implements WorkItemEvent {
		public String action() { return "work-item.created"; }
		public String summary() { return "created " + type + " (" + priority + ")"; }
	}

	public record WorkItemChanged(Actor actor, UUID itemId, UUID engagementId, UUID organizationId, Instant at,
			java.util.List<String> changed) implements WorkItemEvent {
		public String action() { return "work-item.changed"; }
		public String summary() { return "changed " + String.join(", ", changed); }
	}

	public record WorkItemStatusChanged(Actor actor, UUID itemId, UUID engagementId, UUID organizationId, Instant at,
			WorkStatus from, WorkStatus to, @Nullable String reason) implements WorkItemEvent {
		public String action() { return "work-item.status-changed"; }
		public String summary() { return from + " -> " + to; }
	}

	public record WorkItemPriorityChanged(Actor actor, UUID itemId, UUID engagementId, UUID organizationId,
			Instant at, Priority from, Priority to) implements WorkItemEvent {
		public String action() { return "work-item.priority-changed"; }
		public String summary() { return from + " -> " + to; }
	}

	public record WorkItemAssigned(Actor actor, UUID itemId, UUID engagementId, UUID organizationId, Instant at,
			@Nullable UUID fromPersonId, @Nullable UUID toPersonId) implements WorkItemEvent {
		public String action() { return "work-item.assigned"; }
		public String summary() { return toPersonId == null ? "unassigned" : "assigned"; }
	}

	public record CommentAdded(Actor actor, UUID itemId, UUID engagementId, UUID organizationId, Instant at,
			UUID commentId, Visibility visibility, Side side) implements WorkItemEvent {
		public String action() { return "work-item.commented"; }
		public String summary() { return visibility == Visibility.INTERNAL ? "internal comment" : "comment"; }
	}

	public record DeliverableSubmitted(Actor actor, UUID itemId, UUID engagementId, UUID organizationId, Instant at,
			int submission) implements WorkItemEvent {
		public String action() { return "work-item.submitted"; }
		public String summary() { return "submission " + submission; }
	}

	public record DeliverableAccepted(Actor actor, UUID itemId, UUID engagementId, UUID organizationId, Instant at,
			int submission) implements WorkItemEvent {
		public String action() { return "work-item.accepted"; }
		public String summary() { return "accepted at submission " + submission; }
	}

	public record DeliverableRejected(Actor actor, UUID itemId, UUID engagementId, UUID organizationId, Instant at,
			int submission) implements WorkItemEvent {
		public String action() { return "work-item.rejected"; }
		public String summary() { return "rejected submission " + submission; }
	}

	/** A file attached to an item; an INTERNAL one is told to nobody on the client's side. */
	public record AttachmentAdded(Actor actor, UUID itemId, UUID engagementId, UUID organizationId, Instant at,
			UUID attachmentId, Visibility visibility, Side side, long size, String sha256) implements WorkItemEvent {
		public String action() { return "work-item.attached"; }
		public String summary() { return (visibility == Visibility.INTERNAL ? "internal attachment " : "attachment ") + sha256; }
	}

	public record AttachmentRemoved(Actor actor, UUID itemId, UUID engagementId, UUID organizationId, Instant at,
			UUID attachmentId, Visibility visibility) implements WorkItemEvent {
		public String action() { return "work-item.detached"; }
		public String summary() { return "removed attachment " + attachmentId; }
	}

	/**
	 * A satisfaction survey opened on a resolution and sent to its respondent; the platform is its actor. With
	 * {@link SatisfactionRated}, what a response rate is computed from. Never carries the survey's link.
	 */
	public record SatisfactionAsked(Actor actor, UUID itemId, UUID engagementId, UUID organizationId, Instant at,
			UUID surveyId, UUID respondentId) implements WorkItemEvent {
		public String action() { return "work-item.satisfaction-asked"; }
		public String summary() { return "satisfaction survey sent"; }
	}

	/** The requester's answer to the satisfaction survey of a resolution (1 to 5); what the KPIs will count. */
	public record SatisfactionRated(Actor actor, UUID itemId, UUID engagementId, UUID organizationId, Instant at,
			UUID surveyId, int rating) implements WorkItemEvent {
		public String action() { return "work-item.rated"; }
		public String summary() { return "rated " + rating + "/5"; }
	}
}
