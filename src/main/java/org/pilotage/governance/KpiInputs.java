package org.pilotage.governance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.sla.Agreement;
import org.pilotage.sla.BusinessTime;
import org.pilotage.sla.Metric;
import org.pilotage.work.Priority;
import org.pilotage.work.WorkItemType;
import org.pilotage.work.WorkStatus;

/**
 * What the KPIs of one scope (an engagement, a provider's portfolio, a person) are computed from: the items' histories
 * as the work timeline tells them, the SLA cycles as the clock ledger ended them, the satisfaction surveys, the time
 * logged, the budget, and the calendar business times count in. Records may reach past the period on both sides: each
 * KPI picks what its definition says.
 *
 * @param businessTime the calendar of the scope (an engagement's SLA calendar); a portfolio across calendars is
 *     computed per engagement and its figures added up by numerator and denominator
 */
public record KpiInputs(List<ItemHistory> items, List<SlaCycle> cycles, List<Rating> ratings,
		List<TimeEntry> timeEntries, @Nullable Budget budget, BusinessTime businessTime) {

	public KpiInputs {
		items = List.copyOf(items);
		cycles = List.copyOf(cycles);
		ratings = List.copyOf(ratings);
		timeEntries = List.copyOf(timeEntries);
	}

	/**
	 * One work item. {@code statuses} are the status changes after creation (the item is NEW at {@code createdAt}),
	 * kept in the order of their instants, given order breaking ties as on the timeline; {@code firstReplyAt} is the
	 * first comment of the provider's side the client could read; {@code submissions} are a deliverable's, first
	 * first; {@code dueDate} is a deliverable's due day.
	 */
	public record ItemHistory(UUID id, WorkItemType type, Priority priority, Instant createdAt,
			@Nullable UUID assignee, List<StatusChange> statuses, @Nullable Instant firstReplyAt,
			List<Submission> submissions, @Nullable LocalDate dueDate) {

		public ItemHistory {
			List<StatusChange> ordered = new ArrayList<>(statuses);
			ordered.sort(Comparator.comparing(StatusChange::at));
			statuses = List.copyOf(ordered);
			submissions = List.copyOf(submissions);
		}

		/** The status after the last change strictly before {@code instant}: what the item was in at that instant. */
		public WorkStatus statusBefore(Instant instant) {
			WorkStatus status = WorkStatus.NEW;
			for (StatusChange change : statuses) {
				if (!change.at().isBefore(instant)) {
					break;
				}
				status = change.to();
			}
			return status;
		}

		/** The instants the item entered RESOLVED, in order. */
		public List<Instant> resolutions() {
			List<Instant> resolutions = new ArrayList<>();
			WorkStatus status = WorkStatus.NEW;
			for (StatusChange change : statuses) {
				if (change.to() == WorkStatus.RESOLVED && status != WorkStatus.RESOLVED) {
					resolutions.add(change.at());
				}
				status = change.to();
			}
			return resolutions;
		}

		/** The instants the item left RESOLVED or CLOSED for an open status, in order. */
		public List<Instant> reopenings() {
			List<Instant> reopenings = new ArrayList<>();
			WorkStatus status = WorkStatus.NEW;
			for (StatusChange change : statuses) {
				if (done(status) && !done(change.to())) {
					reopenings.add(change.at());
				}
				status = change.to();
			}
			return reopenings;
		}

		/** The submission the client accepted, if any (an accepted deliverable stays accepted). */
		public Optional<Submission> acceptance() {
			return submissions.stream().filter(s -> s.outcome() == Outcome.ACCEPTED).findFirst();
		}

		private static boolean done(WorkStatus status) {
			return status == WorkStatus.RESOLVED || status == WorkStatus.CLOSED;
		}
	}

	public record StatusChange(Instant at, WorkStatus to) {
	}

	/** A deliverable handed in for review; {@code decidedAt} is null while it waits for the client. */
	public record Submission(int number, Instant submittedAt, Outcome outcome, @Nullable Instant decidedAt) {

		public Submission {
			if ((outcome == Outcome.PENDING) != (decidedAt == null)) {
				throw new IllegalArgumentException("a decided submission has its instant, a pending one none");
			}
		}
	}

	public enum Outcome {
		PENDING, ACCEPTED, REJECTED
	}

	/**
	 * One ended cycle of a metric on an item, as the clock ledger computed it: {@code met} when it stopped before its
	 * goal, breached otherwise. Running cycles are not given: a cycle counts in the period it stops.
	 */
	public record SlaCycle(UUID item, Metric metric, Agreement agreement, Priority priority, Instant stoppedAt,
			boolean met, long goalSeconds, long elapsedSeconds) {
	}

	/** A satisfaction survey: {@code score} 1 to 5 and {@code answeredAt}, both null while unanswered. */
	public record Rating(UUID item, @Nullable Integer score, Instant askedAt, @Nullable Instant answeredAt) {

		public Rating {
			if ((score == null) != (answeredAt == null)) {
				throw new IllegalArgumentException("an answered survey has its score and instant, an open one neither");
			}
			if (score != null && (score < 1 || score > 5)) {
				throw new IllegalArgumentException("a score is 1 to 5: " + score);
			}
		}
	}

	public record TimeEntry(UUID person, UUID item, LocalDate date, int minutes) {
	}

	/**
	 * The budget of the scope for the period: minutes of work and money, and the day rate that turns logged minutes
	 * into cost ({@code dayMinutes} minutes make a day, 480 for eight hours).
	 */
	public record Budget(long minutes, BigDecimal money, String currency, BigDecimal dayRate, int dayMinutes) {

		public Budget {
			if (minutes < 0 || money.signum() < 0 || dayRate.signum() < 0 || dayMinutes <= 0) {
				throw new IllegalArgumentException("a budget is not negative and a day has minutes");
			}
		}
	}
}
