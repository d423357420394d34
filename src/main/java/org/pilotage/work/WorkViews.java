package org.pilotage.work;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The answers of the work module, each shaped for its reader when built: a client's view of an assignee has no
 * person id, name or e-mail where the engagement hides the person, and a client's lists never hold an internal
 * comment, since the queries never read one for it.
 */
public final class WorkViews {

	private WorkViews() {
	}

	/** Who works on an item, as the reader may know it. */
	public sealed interface Assignee permits NamedAssignee, PseudonymousAssignee {

		/** What a page shows: the name or the pseudonym. */
		String shownAs();
	}

	/** For the provider's side, and for the client where the person is not hidden (a BPO team member). */
	public record NamedAssignee(@Nullable UUID personId, String name) implements Assignee {

		@Override
		public String shownAs() {
			return name;
		}
	}

	/** For the client (and other freelancers) where the engagement hides the person: "Developer A". */
	public record PseudonymousAssignee(String pseudonym) implements Assignee {

		@Override
		public String shownAs() {
			return pseudonym;
		}
	}

	/**
	 * A work item. {@code key} is the human key ("#12"), {@code turn} whose move it is, {@code allowedTransitions}
	 * what the reader may do now with a plain transition, {@code actions} the other steps it may take (SUBMIT,
	 * ACCEPT, REJECT, EDIT, ASSIGN, COMMENT, COMMENT_INTERNAL).
	 */
	public record WorkItemView(UUID id, UUID engagementId, String key, int number, WorkItemType type,
			@Nullable TicketType ticketType, Level impact, Level urgency, Priority priority, @Nullable String category,
			String title, @Nullable String description, WorkStatus status, Turn turn, @Nullable Assignee assignee,
			String requester, @Nullable LocalDate dueDate, @Nullable String acceptanceCriteria, int submissions,
			long comments, Instant createdAt, Instant updatedAt, long version, Set<WorkStatus> allowedTransitions,
			Set<String> actions) {
	}

	public record CommentView(UUID id, String author, String body, Visibility visibility, Instant at) {
	}

	/** A line of the timeline; {@code data} holds the before/after of the change. */
	public record EventView(int sequence, String kind, String actor, Instant at, Map<String, Object> data) {
	}

	public record WatcherView(String name, boolean you) {
	}

	public record MatrixView(UUID engagementId, boolean custom, List<MatrixCell> cells, long version) {
	}

	public record MatrixCell(Level impact, Level urgency, Priority priority) {
	}
}
