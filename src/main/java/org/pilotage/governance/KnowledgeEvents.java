package org.pilotage.governance;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.Actor;
import org.pilotage.shared.AuditableEvent;

/**
 * Events of the knowledge base, each a line of the audit trail written in the change's transaction. They name the
 * engagement's client organization, whose engagement it is; summaries never hold an article's title or text.
 */
public final class KnowledgeEvents {

	private KnowledgeEvents() {
	}

	/** What every knowledge event carries. */
	public sealed interface KnowledgeEvent extends AuditableEvent {

		Actor actor();

		UUID articleId();

		UUID engagementId();

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
			return "knowledge-article";
		}

		@Override
		default String targetId() {
			return articleId().toString();
		}
	}

	/** An article written: created at version 1, edited at any later one. */
	public record ArticleWritten(Actor actor, UUID articleId, UUID engagementId, UUID organizationId,
			KnowledgeKind kind, int version) implements KnowledgeEvent {
		public String action() { return version == 1 ? "knowledge-article.created" : "knowledge-article.edited"; }
		public String summary() { return (version == 1 ? "created " : "edited ") + kind + ", version " + version; }
	}

	public record ArticleLinked(Actor actor, UUID articleId, UUID engagementId, UUID organizationId, UUID itemId)
			implements KnowledgeEvent {
		public String action() { return "knowledge-article.linked"; }
		public String summary() { return "linked to work item " + itemId; }
	}

	public record ArticleUnlinked(Actor actor, UUID articleId, UUID engagementId, UUID organizationId, UUID itemId)
			implements KnowledgeEvent {
		public String action() { return "knowledge-article.unlinked"; }
		public String summary() { return "unlinked from work item " + itemId; }
	}
}
