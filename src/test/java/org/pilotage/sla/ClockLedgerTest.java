package org.pilotage.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pilotage.sla.BusinessCalendar.Interval;
import org.pilotage.sla.ClockLedger.Cycle;
import org.pilotage.sla.ClockLedger.MetricClock;
import org.pilotage.sla.ClockLedger.Phase;
import org.pilotage.work.Priority;
import org.pilotage.work.WorkItemType;

/**
 * The clocks on hand-built timelines, in Paris office hours (Monday to Friday 09:00–12:00 and 13:00–18:00), with the
 * expected figures worked out in the comments; then invariants on random timelines.
 */
class ClockLedgerTest {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final BusinessTime OFFICE = new BusinessTime(office());

	private static final List<MetricDefinition> DEFAULTS = List.of(
			MetricDefinition.defaults(Metric.FIRST_RESPONSE, MetricDefinition.defaultGoals(Metric.FIRST_RESPONSE)),
			MetricDefinition.defaults(Metric.NEXT_RESPONSE, MetricDefinition.defaultGoals(Metric.NEXT_RESPONSE)),
			MetricDefinition.defaults(Metric.RESOLUTION, MetricDefinition.defaultGoals(Metric.RESOLUTION)),
			MetricDefinition.defaults(Metric.DELIVERY_DUE, MetricDefinition.defaultGoals(Metric.DELIVERY_DUE)));

	private static BusinessCalendar office() {
		Map<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			week.put(day, List.of(new Interval(9 * 3600, 12 * 3600), new Interval(13 * 3600, 18 * 3600)));
		}
		return new BusinessCalendar(PARIS, week, Set.of());
	}

	/** A Paris wall-clock time in the week of Monday 8 June 2026 (UTC+2). */
	private static Instant june(int day, int hour, int minute) {
		return Instant.parse(String.format("2026-06-%02dT%02d:%02d:00Z", day, hour - 2, minute));
	}

	private static ClockFact created(Instant at, WorkItemType type, Priority priority) {
		return new ClockFact(at, Set.of(Trigger.CREATED), type, priority);
	}

	private static ClockFact fact(Instant at, Trigger... triggers) {
		return new ClockFact(at, Set.copyOf(List.of(triggers)), null, null);
	}

	private static ClockFact status(Instant at, String from, String to, String turnFrom, String turnTo) {
		return new ClockFact(at, Trigger.of("STATUS_CHANGED", Map.of("status", Map.of("before", from, "after", to), "turn",
				Map.of("before", turnFrom, "after", turnTo))), null, null);
	}

	private static ClockFact comment(Instant at, String side, String visibility) {
		return new ClockFact(at, Trigger.of("COMMENTED", Map.of("side", side, "visibility", visibility)), null, null);
	}

	private static MetricClock clock(List<MetricClock> clocks, Metric metric) {
		return clocks.stream().filter(c -> c.metric() == metric).findFirst().orElseThrow();
	}

	@Test
	void aTicketWaitingOnTheClientPausesResolutionButNotFirstResponseOnceAnswered() {
		List<ClockFact> facts = List.of(
				created(june(8, 10, 0), WorkItemType.TICKET, Priority.P2),
				// the agent asks a question at 11:30: first response met after 1 h 30 (goal P2: 1 h → breached)
				comment(june(8, 11, 30), "PROVIDER", "CLIENT"),
				status(june(8, 11, 30), "OPEN", "WAITING_ON_CLIENT", "PROVIDER", "CLIENT"),
				// the client answers the next day at 10:00: next response starts, the turn comes back
				comment(june(9, 10, 0), "CLIENT", "CLIENT"),
				status(june(9, 10, 0), "WAITING_ON_CLIENT", "IN_PROGRESS", "CLIENT", "PROVIDER"),
				// resolved at 14:00 with a reply
				comment(june(9, 14, 0), "PROVIDER", "CLIENT"),
				status(june(9, 14, 0), "IN_PROGRESS", "RESOLVED", "PROVIDER", "CLIENT"));
		List<MetricClock> clocks = ClockLedger.compute(facts, DEFAULTS, 75, OFFICE, june(12, 12, 0));

		assertThat(clocks).extracting(MetricClock::metric)
			.containsExactly(Metric.FIRST_RESPONSE, Metric.NEXT_RESPONSE, Metric.RESOLUTION);
		Cycle first = clock(clocks, Metric.FIRST_RESPONSE).current();
		assertThat(first.phase()).isEqualTo(Phase.STOPPED);
		assertThat(first.elapsedSeconds()).isEqualTo(5_400);
		assertThat(first.goalSeconds()).isEqualTo(3_600);
		assertThat(first.breached()).isTrue();
		assertThat(first.dueAt()).isEqualTo(june(8, 11, 0));
		assertThat(first.atRiskAt()).isEqualTo(june(8, 10, 45));

		// next response: 10:00 to 12:00 and 13:00 to 14:00 = 3 h against 2 h (P2), due at 12:00 exactly
		Cycle next = clock(clocks, Metric.NEXT_RESPONSE).current();
		assertThat(next.elapsedSeconds()).isEqualTo(3 * 3_600);
		assertThat(next.dueAt()).isEqualTo(june(9, 12, 0));
		assertThat(next.breached()).isTrue();

		// resolution: 10:00–11:30 on Monday, paused until Tuesday 10:00 (11:30–12:00, 13:00–18:00, 09:00–10:00 = 6 h 30
		// of business time), then 10:00–12:00 and 13:00–14:00: 4 h 30 elapsed against 8 h (P2), met
		Cycle resolution = clock(clocks, Metric.RESOLUTION).current();
		assertThat(resolution.elapsedSeconds()).isEqualTo(4 * 3_600 + 1_800);
		assertThat(resolution.pausedSeconds()).isEqualTo(6 * 3_600 + 1_800);
		assertThat(resolution.met()).isTrue();
		assertThat(resolution.dueAt()).isNull();
		assertThat(resolution.atRiskAt()).isNull();
		assertThat(resolution.stoppedAt()).isEqualTo(june(9, 14, 0));
	}

	@Test
	void aRunningClockProjectsItsDueInstantThroughLunchAndTheNight() {
		// P1 resolution: 4 h; created Monday at 16:00 → 2 h on Monday, due Tuesday 11:00; at risk (3 h) at 10:00
		List<ClockFact> facts = List.of(created(june(8, 16, 0), WorkItemType.TICKET, Priority.P1));
		Cycle resolution = clock(ClockLedger.compute(facts, DEFAULTS, 75, OFFICE, june(8, 17, 0)), Metric.RESOLUTION)
			.current();
		assertThat(resolution.phase()).isEqualTo(Phase.RUNNING);
		assertThat(resolution.elapsedSeconds()).isEqualTo(3_600);
		assertThat(resolution.remainingSeconds()).isEqualTo(3 * 3_600);
		assertThat(resolution.dueAt()).isEqualTo(june(9, 11, 0));
		assertThat(resolution.atRiskAt()).isEqualTo(june(9, 10, 0));
		assertThat(resolution.breached()).isFalse();

		// asked the next day at 11:30, the same clock is breached and still running
		Cycle late = clock(ClockLedger.compute(facts, DEFAULTS, 75, OFFICE, june(9, 11, 30)), Metric.RESOLUTION)
			.current();
		assertThat(late.breached()).isTrue();
		assertThat(late.remainingSeconds()).isEqualTo(-1_800);
		assertThat(late.dueAt()).isEqualTo(june(9, 11, 0));
	}

	@Test
	void aReopenedTicketStartsANewResolutionCycleAndAPausedOneHasNoDueInstant() {
		List<ClockFact> facts = List.of(
				created(june(8, 9, 0), WorkItemType.TICKET, Priority.P3),
				status(june(8, 10, 0), "NEW", "RESOLVED", "PROVIDER", "CLIENT"),
				status(june(10, 9, 0), "RESOLVED", "OPEN", "CLIENT", "PROVIDER"),
				status(june(10, 11, 0), "OPEN", "WAITING_ON_CLIENT", "PROVIDER", "CLIENT"));
		MetricClock resolution = clock(ClockLedger.compute(facts, DEFAULTS, 75, OFFICE, june(11, 9, 0)),
				Metric.RESOLUTION);
		assertThat(resolution.cycles()).hasSize(2);
		assertThat(resolution.cycles().get(0).met()).isTrue();
		assertThat(resolution.cycles().get(0).elapsedSeconds()).isEqualTo(3_600);
		Cycle second = resolution.current();
		assertThat(second.number()).isEqualTo(2);
		assertThat(second.startedAt()).isEqualTo(june(10, 9, 0));
		assertThat(second.phase()).isEqualTo(Phase.PAUSED);
		assertThat(second.elapsedSeconds()).isEqualTo(2 * 3_600);
		// 11:00–12:00, 13:00–18:00 on Wednesday
		assertThat(second.pausedSeconds()).isEqualTo(6 * 3_600);
		assertThat(second.dueAt()).isNull();
		// the first response was never given: resolving stopped it, met within its 4 h
		assertThat(clock(ClockLedger.compute(facts, DEFAULTS, 75, OFFICE, june(11, 9, 0)), Metric.FIRST_RESPONSE)
			.current()
			.met()).isTrue();
	}

	@Test
	void aClientCommentOnTheClientsTurnStartsTheNextResponseCyclePausedAndEachUnansweredCommentIsOneCycle() {
		List<ClockFact> facts = List.of(
				created(june(8, 9, 0), WorkItemType.TICKET, Priority.P3),
				status(june(8, 9, 30), "NEW", "WAITING_ON_CLIENT", "PROVIDER", "CLIENT"),
				// the client writes without handing the turn back (a note), then hands it back an hour later
				comment(june(8, 10, 0), "CLIENT", "CLIENT"),
				status(june(8, 11, 0), "WAITING_ON_CLIENT", "IN_PROGRESS", "CLIENT", "PROVIDER"),
				// a second client comment while the first is unanswered does not open a second cycle
				comment(june(8, 11, 30), "CLIENT", "CLIENT"),
				// an internal note is no reply
				comment(june(8, 13, 30), "PROVIDER", "INTERNAL"),
				comment(june(8, 14, 0), "PROVIDER", "CLIENT"),
				comment(june(9, 9, 0), "CLIENT", "CLIENT"));
		MetricClock next = clock(ClockLedger.compute(facts, DEFAULTS, 75, OFFICE, june(9, 9, 15)),
				Metric.NEXT_RESPONSE);
		assertThat(next.cycles()).hasSize(2);
		Cycle first = next.cycles().get(0);
		assertThat(first.startedAt()).isEqualTo(june(8, 10, 0));
		assertThat(first.pausedSeconds()).isEqualTo(3_600);
		// 11:00–12:00 and 13:00–14:00
		assertThat(first.elapsedSeconds()).isEqualTo(2 * 3_600);
		assertThat(first.met()).isTrue();
		assertThat(next.current().phase()).isEqualTo(Phase.RUNNING);
		assertThat(next.current().elapsedSeconds()).isEqualTo(900);
	}

	@Test
	void theGoalFollowsThePriorityAndADeliverableIsMeasuredOnlyByDeliveryDue() {
		List<ClockFact> ticket = List.of(created(june(8, 9, 0), WorkItemType.TICKET, Priority.P4),
				new ClockFact(june(8, 10, 0), Set.of(), null, Priority.P1));
		Cycle resolution = clock(ClockLedger.compute(ticket, DEFAULTS, 75, OFFICE, june(8, 11, 0)), Metric.RESOLUTION)
			.current();
		assertThat(resolution.priority()).isEqualTo(Priority.P1);
		assertThat(resolution.goalSeconds()).isEqualTo(4 * 3_600);
		assertThat(resolution.dueAt()).isEqualTo(june(8, 14, 0));

		// a deliverable handed in on Tuesday at 09:00 after 8 h of work, rejected Wednesday at 09:00 after 8 h of
		// review, accepted Thursday at 12:00 after 11 more hours: 19 h of 40 (P1), paused for the 8 h of review
		List<ClockFact> deliverable = List.of(created(june(8, 9, 0), WorkItemType.DELIVERABLE, Priority.P1),
				new ClockFact(june(9, 9, 0), Trigger.of("SUBMITTED", Map.of("status",
						Map.of("before", "IN_PROGRESS", "after", "WAITING_ON_CLIENT"), "turn",
						Map.of("before", "PROVIDER", "after", "CLIENT"))), null, null),
				new ClockFact(june(10, 9, 0), Trigger.of("REJECTED", Map.of("status",
						Map.of("before", "WAITING_ON_CLIENT", "after", "IN_PROGRESS"), "turn",
						Map.of("before", "CLIENT", "after", "PROVIDER"))), null, null),
				new ClockFact(june(11, 12, 0), Trigger.of("ACCEPTED", Map.of("status",
						Map.of("before", "IN_PROGRESS", "after", "RESOLVED"), "turn",
						Map.of("before", "PROVIDER", "after", "CLIENT"))), null, null));
		List<MetricClock> clocks = ClockLedger.compute(deliverable, DEFAULTS, 75, OFFICE, june(12, 9, 0));
		assertThat(clocks).extracting(MetricClock::metric).containsExactly(Metric.DELIVERY_DUE);
		Cycle due = clocks.get(0).current();
		assertThat(due.elapsedSeconds()).isEqualTo(19 * 3_600);
		assertThat(due.pausedSeconds()).isEqualTo(8 * 3_600);
		assertThat(due.met()).isTrue();
	}

	@Test
	void onRandomTimelinesEachCycleSplitsItsSpanIntoElapsedAndPausedAndReachesItsGoalAtItsDueInstant() {
		List<Trigger> vocabulary = List.of(Trigger.values());
		for (long seed = 1; seed <= 2_000; seed++) {
			Random random = new Random(seed);
			BusinessTime time = new BusinessTime(BusinessTimePropertiesTest.calendar(random));
			List<ClockFact> facts = new ArrayList<>();
			Instant at = Instant.parse("2026-03-20T00:00:00Z").plusSeconds(60L * random.nextInt(20_000));
			facts.add(created(at, WorkItemType.TICKET, Priority.values()[random.nextInt(4)]));
			for (int n = random.nextInt(12); n > 0; n--) {
				at = at.plusSeconds(60L * random.nextInt(3_000));
				facts.add(fact(at, vocabulary.get(random.nextInt(vocabulary.size())),
						vocabulary.get(random.nextInt(vocabulary.size()))));
			}
			Instant now = at.plusSeconds(60L * random.nextInt(5_000));
			for (MetricClock clock : ClockLedger.compute(facts, DEFAULTS, 75, time, now)) {
				for (Cycle cycle : clock.cycles()) {
					Instant end = cycle.stoppedAt() == null ? now : cycle.stoppedAt();
					assertThat(cycle.elapsedSeconds() + cycle.pausedSeconds()).as("seed %d %s", seed, clock.metric())
						.isEqualTo(time.between(cycle.startedAt(), end));
					if (cycle.dueAt() != null && cycle.pausedSeconds() == 0) {
						assertThat(time.between(cycle.startedAt(), cycle.dueAt())).as("seed %d %s", seed, clock.metric())
							.isEqualTo(cycle.goalSeconds());
					}
					if (cycle.breached()) {
						assertThat(cycle.dueAt()).as("seed %d", seed).isNotNull();
						assertThat(cycle.dueAt()).isBeforeOrEqualTo(end);
					}
					else if (cycle.dueAt() != null) {
						assertThat(cycle.dueAt()).as("seed %d", seed).isAfter(end);
					}
				}
			}
		}
	}

	@Test
	void aCalendarWithoutWorkingTimeGivesNoDueInstantAndNoError() {
		BusinessTime never = new BusinessTime(new BusinessCalendar(PARIS, Map.of(), Set.of()));
		List<ClockFact> facts = List.of(created(june(8, 10, 0), WorkItemType.TICKET, Priority.P1));
		Cycle resolution = clock(ClockLedger.compute(facts, DEFAULTS, 75, never, june(9, 10, 0)), Metric.RESOLUTION)
			.current();
		assertThat(resolution.phase()).isEqualTo(Phase.RUNNING);
		assertThat(resolution.elapsedSeconds()).isZero();
		assertThat(resolution.dueAt()).isNull();
		assertThat(resolution.atRiskAt()).isNull();
		assertThat(resolution.breached()).isFalse();
	}
}
