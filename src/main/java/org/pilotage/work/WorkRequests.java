package org.pilotage.work;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The small request bodies of the work-item API. */
public final class WorkRequests {

	private WorkRequests() {
	}

	/** A move along the workflow: {@code {"status":"IN_PROGRESS","reason":"…"}}. */
	public record Transition(@Nullable String status, @Nullable String reason) {
	}

	/** Who works on the item: a person staffed on the engagement, or null to unassign. */
	public record Assignee(@Nullable UUID personId) {
	}

	/** A note to a submission or an acceptance, kept in its timeline event; optional. */
	public record Note(@Nullable String note) {
	}

	/** Watching takes no field: the caller watches. A body is accepted so that JSON clients may send {}. */
	public record Watch() {
	}

	/** Why a deliverable is rejected. */
	public record Rejection(@Nullable String reason) {
	}

	/** A comment; {@code visibility} CLIENT (the default) or INTERNAL, which only the provider's side may use. */
	public record Comment(@Nullable String body, @Nullable String visibility) {
	}

	/** The nine cells of a priority matrix. */
	public record Matrix(@Nullable List<Cell> cells) {
	}

	public record Cell(@Nullable String impact, @Nullable String urgency, @Nullable String priority) {
	}
}
