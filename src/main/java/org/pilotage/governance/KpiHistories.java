package org.pilotage.governance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.pilotage.governance.KpiInputs.ItemHistory;
import org.pilotage.governance.KpiInputs.Outcome;
import org.pilotage.governance.KpiInputs.StatusChange;
import org.pilotage.governance.KpiInputs.Submission;
import org.pilotage.work.WorkMeasures.MeasuredItem;
import org.pilotage.work.WorkStatus;
import org.pilotage.work.WorkTimelines.Entry;
import org.pilotage.work.WorkTimelines.Timeline;

/**
 * An item's {@link ItemHistory} read from its work timeline (the kinds and data documented in work's timeline table):
 * created at its CREATED entry, a status change wherever an entry's {@code status} moves, the first reply at the first
 * comment of the provider's side the client could read, submissions numbered as handed in. Plain Java.
 */
final class KpiHistories {

	private KpiHistories() {
	}

	static ItemHistory of(Timeline timeline, MeasuredItem item) {
		Instant createdAt = timeline.entries().isEmpty() ? Instant.EPOCH : timeline.entries().get(0).at();
		List<StatusChange> statuses = new ArrayList<>();
		@Nullable Instant firstReply = null;
		Map<Integer, Submission> submissions = new TreeMap<>();
		for (Entry entry : timeline.entries()) {
			Map<String, Object> data = entry.data();
			switch (entry.kind()) {
				case "CREATED" -> createdAt = entry.at();
				case "COMMENTED" -> {
					if (firstReply == null && "PROVIDER".equals(String.valueOf(data.get("side")))
							&& "CLIENT".equals(String.valueOf(data.get("visibility")))) {
						firstReply = entry.at();
					}
				}
				case "SUBMITTED" -> number(data).ifPresent(n -> submissions.put(n,
						new Submission(n, entry.at(), Outcome.PENDING, null)));
				case "ACCEPTED", "REJECTED" -> number(data).ifPresent(n -> {
					Submission submitted = submissions.get(n);
					Instant handedIn = submitted == null ? entry.at() : submitted.submittedAt();
					submissions.put(n, new Submission(n, handedIn,
							entry.kind().equals("ACCEPTED") ? Outcome.ACCEPTED : Outcome.REJECTED, entry.at()));
				});
				default -> {
				}
			}
			String before = end(data, "before");
			String after = end(data, "after");
			if (!entry.kind().equals("CREATED") && after != null && !after.equals(before)) {
				statuses.add(new StatusChange(entry.at(), WorkStatus.valueOf(after)));
			}
		}
		return new ItemHistory(item.id(), item.type(), item.priority(), createdAt, item.assignee(), statuses,
				firstReply, List.copyOf(submissions.values()), item.dueDate());
	}

	private static java.util.Optional<Integer> number(Map<String, Object> data) {
		return data.get("submission") instanceof Number n ? java.util.Optional.of(n.intValue())
				: java.util.Optional.empty();
	}

	/** The {@code before} or {@code after} of the entry's status change, if it has one. */
	private static @Nullable String end(Map<String, Object> data, String which) {
		if (data.get("status") instanceof Map<?, ?> change && change.get(which) != null) {
			return String.valueOf(change.get(which));
		}
		return null;
	}
}
