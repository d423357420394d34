package org.pilotage.governance;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The request bodies of the knowledge base's API. */
public final class KnowledgeRequests {

	private KnowledgeRequests() {
	}

	/**
	 * An article as written, for a creation or a new version: {@code {"title":"…","body":"…","kind":"RUNBOOK",
	 * "tags":["vpn","network"]}}. {@code kind} defaults to ARTICLE, {@code tags} to none.
	 */
	public record Article(@Nullable String title, @Nullable String body, @Nullable String kind,
			@Nullable List<@Nullable String> tags) {
	}

	/** The article of the item's engagement a work item is linked to: {@code {"articleId":"…"}}. */
	public record Link(@Nullable String articleId) {
	}
}
