package org.pilotage.governance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The answers of the knowledge base. Authors are named as the reader may know them: a person the engagement hides from
 * the client (a subcontracted freelancer) by its pseudonym, like an actor on a work item's timeline.
 */
public final class KnowledgeViews {

	private KnowledgeViews() {
	}

	/** An article in a list: its current version without the body, with the body's first characters. */
	public record ArticleSummary(UUID id, UUID engagementId, KnowledgeKind kind, String title, List<String> tags,
			String excerpt, int version, Instant updatedAt, String updatedBy) {
	}

	/**
	 * An article's current version, the numbers of all its versions, the items linked to it (the reader sees them all:
	 * they are items of the engagement) and whether the caller may edit it.
	 */
	public record ArticleView(UUID id, UUID engagementId, KnowledgeKind kind, String title, String body,
			List<String> tags, int version, List<Integer> versions, Instant createdAt, String createdBy,
			Instant updatedAt, String updatedBy, List<UUID> linkedItems, boolean editable) {
	}

	/** A version in the history: what it was called and who wrote it when. */
	public record VersionSummary(int version, KnowledgeKind kind, String title, List<String> tags, Instant createdAt,
			String createdBy) {
	}

	/** One version as it was written; {@code current} when no later one exists. */
	public record VersionView(UUID articleId, int version, KnowledgeKind kind, String title, String body,
			List<String> tags, Instant createdAt, String createdBy, boolean current) {
	}

	/** A work item's link to an article of its engagement. */
	public record LinkView(UUID articleId, UUID itemId, KnowledgeKind kind, String title, Instant linkedAt) {
	}
}
