package org.pilotage.governance;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.governance.KpiFact.Kind;
import org.pilotage.governance.KpiInputs.ItemHistory;
import org.pilotage.governance.KpiInputs.Rating;
import org.pilotage.governance.KpiInputs.SlaCycle;
import org.pilotage.governance.KpiInputs.StatusChange;
import org.pilotage.governance.KpiInputs.Submission;
import org.pilotage.governance.KpiInputs.TimeEntry;
import org.pilotage.sla.BusinessTime;
import org.pilotage.work.WorkItemType;
import org.pilotage.work.WorkStatus;

/**
 * The measured events of a scope's records, as {@link KpiFact}s: the one place the definitions of the KPIs read
 * histories, so the figures computed in memory and those added up from stored facts cannot differ. Plain Java.
 */
public final class KpiFacts {

	private KpiFacts() {
	}

	/**
	 * Every fact of the inputs, by kind in the catalogue's order, each kind in the order of its records. Due days and
	 * logged days start in {@code zone}; business seconds are counted in the inputs' calendar.
	 */
	public static List<KpiFact> of(KpiInputs inputs, ZoneId zone) {
		List<KpiFact> facts = new ArrayList<>();
		for (SlaCycle cycle : inputs.cycles()) {
			facts.add(cycle(cycle, null));
		}
		for (ItemHistory item : inputs.items()) {
			facts.addAll(ofItem(item, inputs.businessTime(), zone));
		}
		for (Rating rating : inputs.ratings()) {
			facts.addAll(ofRating(rating, null));
		}
		for (TimeEntry entry : inputs.timeEntries()) {
			facts.add(ofTime(entry, zone));
		}
		return facts;
	}

	/** A stopped cycle; {@code person} is its item's assignee when known. */
	static KpiFact cycle(SlaCycle cycle, @Nullable UUID person) {
		return KpiFact.of(cycle.item(), Kind.CYCLE, cycle.stoppedAt(), person)
			.hit(cycle.met())
			.cycle(cycle.agreement(), cycle.metric(), cycle.priority());
	}

	/** An item's replies, resolutions, acceptance and open spans. */
	static List<KpiFact> ofItem(ItemHistory item, BusinessTime time, ZoneId zone) {
		List<KpiFact> facts = new ArrayList<>();
		Instant reply = item.firstReplyAt();
		if (item.type() == WorkItemType.TICKET && reply != null) {
			facts.add(KpiFact.of(item.id(), Kind.REPLY, reply, item.assignee())
				.amounts(time.between(item.createdAt(), reply), seconds(item.createdAt(), reply)));
		}
		if (item.type() != WorkItemType.DELIVERABLE) {
			List<Instant> resolutions = item.resolutions();
			List<Instant> reopenings = item.reopenings();
			for (int i = 0; i < resolutions.size(); i++) {
				Instant at = resolutions.get(i);
				facts.add(KpiFact.of(item.id(), Kind.RESOLUTION, at, item.assignee())
					.between(i == 0 ? null : resolutions.get(i - 1),
							i + 1 < resolutions.size() ? resolutions.get(i + 1) : null)
					.amounts(time.between(item.createdAt(), at), seconds(item.createdAt(), at))
					.hit(reopenings.stream().anyMatch(r -> !r.isBefore(at))));
			}
		}
		Optional<Submission> accepted = item.acceptance().filter(s -> s.decidedAt() != null);
		if (accepted.isPresent()) {
			Instant at = accepted.get().decidedAt();
			Boolean onTime = item.dueDate() == null ? null
					: at.isBefore(item.dueDate().plusDays(1).atStartOfDay(zone).toInstant());
			facts.add(KpiFact.of(item.id(), Kind.ACCEPTANCE, at, item.assignee())
				.hit(accepted.get().number() == 1)
				.onTime(onTime));
		}
		facts.addAll(openSpans(item));
		return facts;
	}

	/** The spans the item was neither RESOLVED nor CLOSED: from its creation or a reopening to its next end. */
	private static List<KpiFact> openSpans(ItemHistory item) {
		List<KpiFact> spans = new ArrayList<>();
		@Nullable Instant openedAt = item.createdAt();
		WorkStatus status = WorkStatus.NEW;
		for (StatusChange change : item.statuses()) {
			boolean wasDone = done(status);
			boolean isDone = done(change.to());
			if (!wasDone && isDone) {
				spans.add(span(item, openedAt, change.at()));
				openedAt = null;
			}
			else if (wasDone && !isDone) {
				openedAt = change.at();
			}
			status = change.to();
		}
		if (openedAt != null) {
			spans.add(span(item, openedAt, null));
		}
		return spans;
	}

	private static KpiFact span(ItemHistory item, Instant from, @Nullable Instant to) {
		return KpiFact.of(item.id(), Kind.OPEN, from, item.assignee()).between(item.createdAt(), to);
	}

	/** A survey sent, and its answer once given; {@code person} is its item's assignee when known. */
	static List<KpiFact> ofRating(Rating rating, @Nullable UUID person) {
		List<KpiFact> facts = new ArrayList<>();
		facts.add(KpiFact.of(rating.item(), Kind.SURVEY, rating.askedAt(), person).hit(rating.answeredAt() != null));
		if (rating.score() != null && rating.answeredAt() != null) {
			facts.add(KpiFact.of(rating.item(), Kind.ANSWER, rating.answeredAt(), person).amounts(rating.score(), 0));
		}
		return facts;
	}

	static KpiFact ofTime(TimeEntry entry, ZoneId zone) {
		return KpiFact.of(entry.item(), Kind.TIME, entry.date().atStartOfDay(zone).toInstant(), entry.person())
			.amounts(entry.minutes(), 0);
	}

	private static boolean done(WorkStatus status) {
		return status == WorkStatus.RESOLVED || status == WorkStatus.CLOSED;
	}

	private static long seconds(Instant from, Instant to) {
		return Math.max(0, Duration.between(from, to).getSeconds());
	}
}
