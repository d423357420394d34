package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.pilotage.governance.KpiFigure.AgeBucket;
import org.pilotage.governance.KpiFigure.Breakdown;
import org.pilotage.governance.KpiInputs.Budget;
import org.pilotage.governance.KpiInputs.ItemHistory;
import org.pilotage.governance.KpiInputs.Outcome;
import org.pilotage.governance.KpiInputs.Rating;
import org.pilotage.governance.KpiInputs.SlaCycle;
import org.pilotage.governance.KpiInputs.StatusChange;
import org.pilotage.governance.KpiInputs.Submission;
import org.pilotage.governance.KpiInputs.TimeEntry;
import org.pilotage.sla.Agreement;
import org.pilotage.sla.BusinessCalendar;
import org.pilotage.sla.BusinessCalendar.Interval;
import org.pilotage.sla.BusinessTime;
import org.pilotage.sla.Metric;
import org.pilotage.work.Priority;
import org.pilotage.work.WorkItemType;
import org.pilotage.work.WorkStatus;

/**
 * Two weeks of an engagement in Paris office hours (Monday to Friday 09:00–12:00 and 13:00–18:00, summer time UTC+2),
 * Monday 1 to Sunday 14 June 2026, with every KPI worked out by hand in the comments. Times are Paris wall-clock
 * times; the period is [Mon 1 Jun 00:00, Mon 15 Jun 00:00).
 */
class MeasuringAFortnightOfServiceTest {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final BusinessTime OFFICE = new BusinessTime(office());

	private static final Period FORTNIGHT = Period.days(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 15), PARIS);

	// tickets
	static final UUID T1 = id(1), T2 = id(2), T3 = id(3), T4 = id(4), T5 = id(5), T6 = id(6), T7 = id(7), T8 = id(8),
			T9 = id(9), T10 = id(10);
	// tasks and deliverables
	static final UUID K1 = id(21), K2 = id(22), D1 = id(31), D2 = id(32), D3 = id(33), D4 = id(34);
	static final UUID ANNA = id(101), BORIS = id(102);

	private static UUID id(int n) {
		return new UUID(0, n);
	}

	private static BusinessCalendar office() {
		Map<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			week.put(day, List.of(new Interval(9 * 3600, 12 * 3600), new Interval(13 * 3600, 18 * 3600)));
		}
		return new BusinessCalendar(PARIS, week, Set.of());
	}

	/** A Paris wall-clock time in 2026. */
	static Instant at(int month, int day, int hour, int minute) {
		return LocalDateTime.of(2026, month, day, hour, minute).atZone(PARIS).toInstant();
	}

	static Instant june(int day, int hour, int minute) {
		return at(6, day, hour, minute);
	}

	static StatusChange to(WorkStatus status, Instant at) {
		return new StatusChange(at, status);
	}

	static ItemHistory ticket(UUID id, Priority priority, Instant created, @Nullable Instant firstReply,
			StatusChange... statuses) {
		return new ItemHistory(id, WorkItemType.TICKET, priority, created, ANNA, List.of(statuses), firstReply,
				List.of(), null);
	}

	static ItemHistory task(UUID id, Priority priority, Instant created, StatusChange... statuses) {
		return new ItemHistory(id, WorkItemType.TASK, priority, created, BORIS, List.of(statuses), null, List.of(),
				null);
	}

	static ItemHistory deliverable(UUID id, Priority priority, Instant created, LocalDate due,
			List<Submission> submissions, StatusChange... statuses) {
		return new ItemHistory(id, WorkItemType.DELIVERABLE, priority, created, BORIS, List.of(statuses), null,
				submissions, due);
	}

	static SlaCycle sla(UUID item, Metric metric, Priority priority, Instant stopped, long goal, long elapsed) {
		return new SlaCycle(item, metric, Agreement.SLA, priority, stopped, elapsed < goal, goal, elapsed);
	}

	static SlaCycle ola(UUID item, Metric metric, Priority priority, Instant stopped, long goal, long elapsed) {
		return new SlaCycle(item, metric, Agreement.OLA, priority, stopped, elapsed < goal, goal, elapsed);
	}

	static Rating answered(UUID item, Instant asked, Instant answered, int score) {
		return new Rating(item, score, asked, answered);
	}

	static Rating unanswered(UUID item, Instant asked) {
		return new Rating(item, null, asked, null);
	}

	static TimeEntry logged(UUID person, UUID item, int day, int minutes) {
		return new TimeEntry(person, item, LocalDate.of(2026, 6, day), minutes);
	}

	static List<ItemHistory> items() {
		return List.of(
				// T1 P2: created Mon 1 10:00, answered 10:30, resolved 15:00, closed by the client Tue 2 09:00
				ticket(T1, Priority.P2, june(1, 10, 0), june(1, 10, 30), to(WorkStatus.IN_PROGRESS, june(1, 10, 30)),
						to(WorkStatus.RESOLVED, june(1, 15, 0)), to(WorkStatus.CLOSED, june(2, 9, 0))),
				// T2 P1: created Mon 1 17:30, answered with a question Tue 2 09:15, the client replies Wed 3 10:00,
				// resolved Wed 3 16:00, reopened Thu 4 10:00, resolved again Thu 4 12:00
				ticket(T2, Priority.P1, june(1, 17, 30), june(2, 9, 15),
						to(WorkStatus.WAITING_ON_CLIENT, june(2, 9, 15)), to(WorkStatus.IN_PROGRESS, june(3, 10, 0)),
						to(WorkStatus.RESOLVED, june(3, 16, 0)), to(WorkStatus.OPEN, june(4, 10, 0)),
						to(WorkStatus.RESOLVED, june(4, 12, 0))),
				// T3 P3: created Tue 2 11:00, answered 14:00, resolved Fri 12 17:00, reopened after the period (Tue 16)
				ticket(T3, Priority.P3, june(2, 11, 0), june(2, 14, 0), to(WorkStatus.IN_PROGRESS, june(2, 14, 0)),
						to(WorkStatus.RESOLVED, june(12, 17, 0)), to(WorkStatus.OPEN, june(16, 9, 0))),
				// T4 P4: created Wed 3 09:00, never answered
				ticket(T4, Priority.P4, june(3, 9, 0), null),
				// T5 P2: created and answered before the period (Fri 29 May), resolved Tue 9 11:00
				ticket(T5, Priority.P2, at(5, 29, 10, 0), at(5, 29, 10, 20),
						to(WorkStatus.IN_PROGRESS, at(5, 29, 10, 20)), to(WorkStatus.RESOLVED, june(9, 11, 0))),
				// T6 P3: created Thu 30 April, in progress ever since
				ticket(T6, Priority.P3, at(4, 30, 9, 0), at(4, 30, 9, 30), to(WorkStatus.IN_PROGRESS, at(4, 30, 10, 0))),
				// T7 P1: created Fri 12 16:00, answered with a question 16:10, waiting on the client at the end
				ticket(T7, Priority.P1, june(12, 16, 0), june(12, 16, 10),
						to(WorkStatus.WAITING_ON_CLIENT, june(12, 16, 10))),
				// T8 P2: created Sunday 14 at 23:30, half an hour before the end
				ticket(T8, Priority.P2, june(14, 23, 30), null),
				// T9 P3: created at the very end (Mon 15 00:00): the next period's
				ticket(T9, Priority.P3, june(15, 0, 0), null),
				// T10 P2: created at the very start (Mon 1 00:00), answered 09:30, resolved 11:00
				ticket(T10, Priority.P2, june(1, 0, 0), june(1, 9, 30), to(WorkStatus.IN_PROGRESS, june(1, 9, 30)),
						to(WorkStatus.RESOLVED, june(1, 11, 0))),
				// K1 P3: a task from Mon 1 09:00 to Thu 4 17:00
				task(K1, Priority.P3, june(1, 9, 0), to(WorkStatus.IN_PROGRESS, june(1, 9, 0)),
						to(WorkStatus.RESOLVED, june(4, 17, 0))),
				// K2 P4: a task started Tue 9 14:00, still in progress
				task(K2, Priority.P4, june(9, 14, 0), to(WorkStatus.IN_PROGRESS, june(9, 14, 0))),
				// D1 P2, due Fri 5: handed in Wed 3 15:00, accepted Thu 4 10:00
				deliverable(D1, Priority.P2, june(1, 9, 0), LocalDate.of(2026, 6, 5),
						List.of(new Submission(1, june(3, 15, 0), Outcome.ACCEPTED, june(4, 10, 0))),
						to(WorkStatus.IN_PROGRESS, june(1, 9, 0)), to(WorkStatus.RESOLVED, june(3, 15, 0)),
						to(WorkStatus.CLOSED, june(4, 10, 0))),
				// D2 P3, due Mon 8: handed in Fri 5, rejected Mon 8 10:00, handed in again Tue 9, accepted Wed 10 09:30
				deliverable(D2, Priority.P3, june(1, 9, 0), LocalDate.of(2026, 6, 8),
						List.of(new Submission(1, june(5, 16, 0), Outcome.REJECTED, june(8, 10, 0)),
								new Submission(2, june(9, 15, 0), Outcome.ACCEPTED, june(10, 9, 30))),
						to(WorkStatus.IN_PROGRESS, june(1, 9, 0)), to(WorkStatus.RESOLVED, june(5, 16, 0)),
						to(WorkStatus.IN_PROGRESS, june(8, 10, 0)), to(WorkStatus.RESOLVED, june(9, 15, 0)),
						to(WorkStatus.CLOSED, june(10, 9, 30))),
				// D3 P3, due Fri 12: handed in Fri 12 18:30, accepted Sat 13 00:30 in Paris — still the 12th in UTC
				deliverable(D3, Priority.P3, june(2, 9, 0), LocalDate.of(2026, 6, 12),
						List.of(new Submission(1, june(12, 18, 30), Outcome.ACCEPTED, june(13, 0, 30))),
						to(WorkStatus.IN_PROGRESS, june(2, 9, 0)), to(WorkStatus.RESOLVED, june(12, 18, 30)),
						to(WorkStatus.CLOSED, june(13, 0, 30))),
				// D4 P2, due Tue 30: handed in Fri 12 10:00, waiting for the client's review at the end
				deliverable(D4, Priority.P2, june(8, 9, 0), LocalDate.of(2026, 6, 30),
						List.of(new Submission(1, june(12, 10, 0), Outcome.PENDING, null)),
						to(WorkStatus.IN_PROGRESS, june(8, 9, 0)), to(WorkStatus.RESOLVED, june(12, 10, 0))));
	}

	/** The cycles as the clock ledger ends them (goals of the default policy: business seconds). */
	static List<SlaCycle> cycles() {
		return List.of(
				sla(T5, Metric.FIRST_RESPONSE, Priority.P2, at(5, 29, 10, 20), 3_600, 1_200), // before the period
				sla(T1, Metric.FIRST_RESPONSE, Priority.P2, june(1, 10, 30), 3_600, 1_800),
				sla(T10, Metric.FIRST_RESPONSE, Priority.P2, june(1, 9, 30), 3_600, 1_800),
				sla(T2, Metric.FIRST_RESPONSE, Priority.P1, june(2, 9, 15), 1_800, 2_700), // breached
				sla(T3, Metric.FIRST_RESPONSE, Priority.P3, june(2, 14, 0), 14_400, 7_200),
				sla(T7, Metric.FIRST_RESPONSE, Priority.P1, june(12, 16, 10), 1_800, 600),
				sla(T1, Metric.RESOLUTION, Priority.P2, june(1, 15, 0), 28_800, 14_400),
				sla(T10, Metric.RESOLUTION, Priority.P2, june(1, 11, 0), 28_800, 7_200),
				sla(T2, Metric.RESOLUTION, Priority.P1, june(3, 16, 0), 14_400, 20_700), // breached
				sla(T2, Metric.RESOLUTION, Priority.P1, june(4, 12, 0), 14_400, 7_200), // the reopening's cycle
				sla(T5, Metric.RESOLUTION, Priority.P2, june(9, 11, 0), 28_800, 205_200), // breached
				sla(T3, Metric.RESOLUTION, Priority.P3, june(12, 17, 0), 86_400, 248_400), // breached
				sla(D1, Metric.DELIVERY_DUE, Priority.P2, june(4, 10, 0), 172_800, 75_600),
				sla(D2, Metric.DELIVERY_DUE, Priority.P3, june(10, 9, 30), 288_000, 180_000),
				sla(D3, Metric.DELIVERY_DUE, Priority.P3, june(13, 0, 30), 288_000, 259_200),
				ola(T1, Metric.FIRST_RESPONSE, Priority.P2, june(1, 10, 30), 2_880, 1_800),
				ola(T2, Metric.FIRST_RESPONSE, Priority.P1, june(2, 9, 15), 1_440, 2_700)); // breached
	}

	static List<Rating> ratings() {
		return List.of(
				answered(T1, june(1, 15, 0), june(2, 9, 0), 5),
				unanswered(T10, june(1, 11, 0)),
				unanswered(T2, june(3, 16, 0)), // superseded by the reopening
				answered(T2, june(4, 12, 0), june(5, 10, 0), 2),
				answered(D1, june(4, 10, 0), june(4, 11, 0), 4),
				unanswered(T5, june(9, 11, 0)),
				answered(D2, june(10, 9, 30), june(10, 12, 0), 3),
				answered(T3, june(12, 17, 0), june(15, 8, 0), 4), // answered after the period
				unanswered(D3, june(13, 0, 30)));
	}

	static List<TimeEntry> timeEntries() {
		return List.of(
				new TimeEntry(ANNA, T5, LocalDate.of(2026, 5, 29), 90), // before the period
				logged(ANNA, T1, 1, 60),
				logged(BORIS, K1, 2, 240),
				logged(ANNA, T2, 3, 120),
				logged(ANNA, D1, 3, 480),
				logged(BORIS, K1, 4, 300),
				logged(BORIS, D2, 9, 360),
				logged(ANNA, T3, 14, 30), // Sunday 14: the last day of the period
				logged(BORIS, D2, 15, 60)); // Monday 15: the next period's
	}

	/** Five days of 480 minutes, 2,500 EUR, at 600 EUR a day of 480 minutes. */
	static Budget budget() {
		return new Budget(2_400, new BigDecimal("2500.00"), "EUR", new BigDecimal("600.00"), 480);
	}

	static KpiInputs inputs() {
		return new KpiInputs(items(), cycles(), ratings(), timeEntries(), budget(), OFFICE);
	}

	private static final KpiFigures FIGURES = Kpis.compute(FORTNIGHT, inputs());

	private static BigDecimal value(Kpi kpi, @Nullable Metric metric, @Nullable Priority priority) {
		return FIGURES.value(kpi, Breakdown.of(metric, priority));
	}

	@Test
	void slaComplianceCountsTheSlaCyclesStoppedInThePeriodPerMetricAndPriority() {
		// FIRST_RESPONSE stopped in the period: T1 met, T10 met, T2 breached, T3 met, T7 met (T5's stopped in May)
		assertThat(value(Kpi.SLA_COMPLIANCE, Metric.FIRST_RESPONSE, null)).isEqualByComparingTo("80.00"); // 4 / 5
		assertThat(value(Kpi.SLA_COMPLIANCE, Metric.FIRST_RESPONSE, Priority.P1)).isEqualByComparingTo("50.00"); // T7 / T2, T7
		assertThat(value(Kpi.SLA_COMPLIANCE, Metric.FIRST_RESPONSE, Priority.P2)).isEqualByComparingTo("100.00"); // T1, T10
		assertThat(value(Kpi.SLA_COMPLIANCE, Metric.FIRST_RESPONSE, Priority.P3)).isEqualByComparingTo("100.00"); // T3
		// RESOLUTION: T1 met, T10 met, T2 breached then met (two cycles), T5 breached, T3 breached
		assertThat(value(Kpi.SLA_COMPLIANCE, Metric.RESOLUTION, null)).isEqualByComparingTo("50.00"); // 3 / 6
		assertThat(value(Kpi.SLA_COMPLIANCE, Metric.RESOLUTION, Priority.P1)).isEqualByComparingTo("50.00"); // 1 / 2
		assertThat(value(Kpi.SLA_COMPLIANCE, Metric.RESOLUTION, Priority.P2)).isEqualByComparingTo("66.67"); // 2 / 3
		// P3: one cycle, breached: 0 %, a value — unlike P4, which had no cycle at all
		assertThat(value(Kpi.SLA_COMPLIANCE, Metric.RESOLUTION, Priority.P3)).isEqualByComparingTo("0.00");
		// DELIVERY_DUE: D1, D2, D3 all met (D3 stopped Sat 13 00:30, inside the period)
		assertThat(value(Kpi.SLA_COMPLIANCE, Metric.DELIVERY_DUE, null)).isEqualByComparingTo("100.00");
		// all SLA cycles: met 4 + 3 + 3 = 10 of 5 + 6 + 3 = 14 → 71.428… %
		KpiFigure all = FIGURES.figure(Kpi.SLA_COMPLIANCE);
		assertThat(all.value()).isEqualByComparingTo("71.43");
		assertThat(all.numerator()).isEqualByComparingTo("10");
		assertThat(all.denominator()).isEqualByComparingTo("14");
		// drill-down: the items behind the breaches; the OLA's breach of T1 is not in the SLA's figures
		assertThat(all.otherItems()).containsExactlyInAnyOrder(T2, T5, T3);
		assertThat(FIGURES.figure(Kpi.SLA_COMPLIANCE, Breakdown.of(Metric.RESOLUTION, Priority.P2)).otherItems())
			.containsExactly(T5);
		assertThat(all.items()).doesNotContain(D4, T4, T6, T8, T9);
	}

	@Test
	void aPriorityOrAMetricWithoutCyclesHasNoValueRatherThanZero() {
		KpiFigure p4 = FIGURES.figure(Kpi.SLA_COMPLIANCE, Breakdown.of(Metric.RESOLUTION, Priority.P4));
		assertThat(p4.value()).isNull();
		assertThat(p4.numerator()).isEqualByComparingTo("0");
		assertThat(p4.denominator()).isEqualByComparingTo("0");
		assertThat(p4.items()).isEmpty();
		assertThat(value(Kpi.SLA_COMPLIANCE, Metric.FIRST_RESPONSE, Priority.P4)).isNull();
		assertThat(value(Kpi.SLA_COMPLIANCE, Metric.DELIVERY_DUE, Priority.P1)).isNull();
		assertThat(value(Kpi.SLA_COMPLIANCE, Metric.NEXT_RESPONSE, null)).isNull();
		// every metric and priority has its figure, with or without a value: 1 + 4 × (1 + 4)
		assertThat(FIGURES.of(Kpi.SLA_COMPLIANCE)).hasSize(21);
	}

	@Test
	void olaComplianceIsMeasuredApartFromTheSla() {
		// OLA first responses: T1 met, T2 breached → 1 / 2
		assertThat(FIGURES.value(Kpi.OLA_COMPLIANCE)).isEqualByComparingTo("50.00");
		assertThat(value(Kpi.OLA_COMPLIANCE, Metric.FIRST_RESPONSE, Priority.P1)).isEqualByComparingTo("0.00");
		assertThat(value(Kpi.OLA_COMPLIANCE, Metric.FIRST_RESPONSE, Priority.P2)).isEqualByComparingTo("100.00");
		assertThat(value(Kpi.OLA_COMPLIANCE, Metric.RESOLUTION, null)).isNull();
	}

	@Test
	void meanTimeToAcknowledgeRunsFromCreationToTheFirstReplyOfTheTicketsAnsweredInThePeriod() {
		// answered in the period: T1, T2, T3, T7, T10 (T5 and T6 before it; T4, T8, T9 never)
		//                  calendar                          business (09–12, 13–18 on weekdays)
		// T1  Mon 10:00 → Mon 10:30        1,800 s   10:00–10:30                          1,800 s
		// T2  Mon 17:30 → Tue 09:15       56,700 s   17:30–18:00 + 09:00–09:15             2,700 s
		// T3  Tue 11:00 → Tue 14:00       10,800 s   11:00–12:00 + 13:00–14:00             7,200 s
		// T7  Fri 16:00 → Fri 16:10          600 s                                           600 s
		// T10 Mon 00:00 → Mon 09:30       34,200 s   09:00–09:30                           1,800 s
		// sums                           104,100 s                                        14,100 s   over 5
		KpiFigure calendar = FIGURES.figure(Kpi.MTTA_CALENDAR);
		assertThat(calendar.value()).isEqualByComparingTo("20820");
		assertThat(calendar.numerator()).isEqualByComparingTo("104100");
		assertThat(calendar.denominator()).isEqualByComparingTo("5");
		assertThat(calendar.items()).containsExactlyInAnyOrder(T1, T2, T3, T7, T10);
		KpiFigure business = FIGURES.figure(Kpi.MTTA_BUSINESS);
		assertThat(business.value()).isEqualByComparingTo("2820");
		assertThat(business.numerator()).isEqualByComparingTo("14100");
	}

	@Test
	void meanTimeToResolveRunsFromCreationToTheLastResolutionInThePeriodOfTicketsAndTasks() {
		// resolved in the period: T1, T2 (twice: Wed 3 16:00 and Thu 4 12:00, the last counts), T3, T5, T10, K1;
		// deliverables are measured by first-time-right and on-time delivery instead
		//                           calendar                  business
		// T1  Mon 1 10:00 → Mon 1 15:00     18,000 s   2 h + 2 h                     14,400 s
		// T2  Mon 1 17:30 → Thu 4 12:00    239,400 s   0.5 h + 8 h + 8 h + 3 h        70,200 s
		// T3  Tue 2 11:00 → Fri 12 17:00   885,600 s   6 h + 3 × 8 h + 4 × 8 h + 7 h 248,400 s
		// T5  Fri 29 May 10:00 → Tue 9 11:00 954,000 s 7 h + 5 × 8 h + 8 h + 2 h     205,200 s
		// T10 Mon 1 00:00 → Mon 1 11:00     39,600 s   2 h                            7,200 s
		// K1  Mon 1 09:00 → Thu 4 17:00    288,000 s   8 h + 8 h + 8 h + 7 h         111,600 s
		// sums                           2,424,600 s                                657,000 s   over 6
		KpiFigure calendar = FIGURES.figure(Kpi.MTTR_CALENDAR);
		assertThat(calendar.value()).isEqualByComparingTo("404100");
		assertThat(calendar.numerator()).isEqualByComparingTo("2424600");
		assertThat(calendar.denominator()).isEqualByComparingTo("6");
		assertThat(calendar.items()).containsExactlyInAnyOrder(T1, T2, T3, T5, T10, K1);
		assertThat(FIGURES.value(Kpi.MTTR_BUSINESS)).isEqualByComparingTo("109500");
		assertThat(FIGURES.figure(Kpi.MTTR_BUSINESS).numerator()).isEqualByComparingTo("657000");
	}

	@Test
	void backlogIsWhatIsOpenAtTheEndOfThePeriodByAgeSinceCreation() {
		// at Mon 15 00:00: T4 NEW, T6 IN_PROGRESS, T7 WAITING_ON_CLIENT, T8 NEW, K2 IN_PROGRESS; not T9 (created at
		// the end), nor the RESOLVED T2, T3 (reopened only on the 16th), T5, T10, K1, D4 (awaiting review), nor the
		// CLOSED T1, D1, D2, D3
		KpiFigure backlog = FIGURES.figure(Kpi.BACKLOG);
		assertThat(backlog.value()).isEqualByComparingTo("5");
		assertThat(backlog.items()).containsExactlyInAnyOrder(T4, T6, T7, T8, K2);
		// ages at Mon 15 00:00: T8 30 min; T7 2 d 8 h; K2 5 d 10 h; T4 11 d 15 h; T6 45 d 15 h
		assertThat(FIGURES.figure(Kpi.BACKLOG_AGE, Breakdown.of(AgeBucket.UNDER_1_DAY)).items()).containsExactly(T8);
		assertThat(FIGURES.figure(Kpi.BACKLOG_AGE, Breakdown.of(AgeBucket.FROM_1_TO_3_DAYS)).items())
			.containsExactly(T7);
		assertThat(FIGURES.figure(Kpi.BACKLOG_AGE, Breakdown.of(AgeBucket.FROM_3_TO_7_DAYS)).items())
			.containsExactly(K2);
		assertThat(FIGURES.figure(Kpi.BACKLOG_AGE, Breakdown.of(AgeBucket.FROM_7_TO_30_DAYS)).items())
			.containsExactly(T4);
		assertThat(FIGURES.figure(Kpi.BACKLOG_AGE, Breakdown.of(AgeBucket.OVER_30_DAYS)).items())
			.containsExactly(T6);
		assertThat(FIGURES.of(Kpi.BACKLOG_AGE)).extracting(KpiFigure::value)
			.allSatisfy(count -> assertThat(count).isEqualByComparingTo("1"));
	}

	@Test
	void reopenRateCountsTheResolvedItemsReopenedAfterwardEvenAfterThePeriod() {
		// resolved in the period: T1, T2, T3, T5, T10, K1; reopened after their first resolution in it: T2 (Thu 4)
		// and T3 (Tue 16, after the period, known when computed) → 2 / 6
		KpiFigure reopen = FIGURES.figure(Kpi.REOPEN_RATE);
		assertThat(reopen.value()).isEqualByComparingTo("33.33");
		assertThat(reopen.numeratorItems()).containsExactlyInAnyOrder(T2, T3);
		assertThat(reopen.otherItems()).containsExactlyInAnyOrder(T1, T5, T10, K1);
	}

	@Test
	void deliverablesAreRightFirstTimeWhenTheFirstSubmissionIsAcceptedAndOnTimeByTheirDueDayInTheZone() {
		// accepted in the period: D1 (submission 1), D2 (submission 2), D3 (submission 1); D4 still under review
		KpiFigure firstTime = FIGURES.figure(Kpi.FIRST_TIME_RIGHT);
		assertThat(firstTime.value()).isEqualByComparingTo("66.67"); // 2 / 3
		assertThat(firstTime.otherItems()).containsExactly(D2);
		// on time: D1 accepted Thu 4 for Fri 5; D2 Wed 10 for Mon 8, late; D3 Sat 13 00:30 in Paris for Fri 12,
		// late although it is still Friday the 12th in UTC → 1 / 3
		KpiFigure onTime = FIGURES.figure(Kpi.ON_TIME_DELIVERY);
		assertThat(onTime.value()).isEqualByComparingTo("33.33");
		assertThat(onTime.numeratorItems()).containsExactly(D1);
		assertThat(onTime.otherItems()).containsExactlyInAnyOrder(D2, D3);
	}

	@Test
	void satisfactionAveragesTheAnswersGivenInThePeriodAndRatesTheSurveysAskedInIt() {
		// answered in the period: T1 5, T2 2, D1 4, D2 3 (T3's answer came Mon 15) → 14 / 4
		KpiFigure csat = FIGURES.figure(Kpi.CSAT);
		assertThat(csat.value()).isEqualByComparingTo("3.50");
		assertThat(csat.numerator()).isEqualByComparingTo("14");
		assertThat(csat.denominator()).isEqualByComparingTo("4");
		// asked in the period: T1, T10, T2 (twice), D1, T5, D2, T3, D3 = 9; answered: T1, T2's second, D1, D2, T3
		// → 5 / 9 = 55.555… %
		KpiFigure response = FIGURES.figure(Kpi.CSAT_RESPONSE_RATE);
		assertThat(response.value()).isEqualByComparingTo("55.56");
		assertThat(response.numerator()).isEqualByComparingTo("5");
		assertThat(response.denominator()).isEqualByComparingTo("9");
		assertThat(response.otherItems()).containsExactlyInAnyOrder(T10, T2, T5, D3);
	}

	@Test
	void throughputCountsTicketsAndTasksResolvedAndDeliverablesAcceptedOnce() {
		// T1, T2 (resolved twice, counted once), T3, T5, T10, K1, and D1, D2, D3 → 9
		KpiFigure throughput = FIGURES.figure(Kpi.THROUGHPUT);
		assertThat(throughput.value()).isEqualByComparingTo("9");
		assertThat(throughput.items()).containsExactlyInAnyOrder(T1, T2, T3, T5, T10, K1, D1, D2, D3);
		assertThat(throughput.numerator()).isNull();
	}

	@Test
	void loggedTimeAndItsCostAreMeasuredAgainstTheBudget() {
		// days 1 to 14: 60 + 240 + 120 + 480 + 300 + 360 + 30 = 1,590 min (not 29 May's 90 nor 15 June's 60)
		KpiFigure time = FIGURES.figure(Kpi.LOGGED_TIME_VS_BUDGET);
		assertThat(time.numerator()).isEqualByComparingTo("1590");
		assertThat(time.denominator()).isEqualByComparingTo("2400");
		assertThat(time.value()).isEqualByComparingTo("66.25"); // 1,590 / 2,400
		assertThat(time.items()).containsExactlyInAnyOrder(T1, K1, T2, D1, D2, T3);
		// cost: 1,590 min × 600 EUR / 480 min = 1,987.50 EUR of 2,500.00 → 79.50 %
		KpiFigure cost = FIGURES.figure(Kpi.COST_VS_BUDGET);
		assertThat(cost.numerator()).isEqualByComparingTo("1987.50");
		assertThat(cost.denominator()).isEqualByComparingTo("2500.00");
		assertThat(cost.value()).isEqualByComparingTo("79.50");
	}

	@Test
	void everyKpiOfTheCatalogueHasAFigure() {
		assertThat(FIGURES.figures()).extracting(KpiFigure::kpi).containsAll(List.of(Kpi.values()));
	}

	@Test
	void aPeriodWithoutEventsHasNoRatioNoMeanAndCountsOfZero() {
		// the week of 2 March 2026 is before every record
		KpiFigures march = Kpis.compute(Period.week(LocalDate.of(2026, 3, 4), PARIS), inputs());
		for (KpiFigure figure : march.figures()) {
			if (figure.kpi() == Kpi.LOGGED_TIME_VS_BUDGET || figure.kpi() == Kpi.COST_VS_BUDGET) {
				continue;
			}
			if (figure.kpi().isRatio()) {
				assertThat(figure.value()).as(figure.kpi() + " " + figure.breakdown()).isNull();
			}
			else {
				assertThat(figure.value()).as(figure.kpi() + " " + figure.breakdown()).isEqualByComparingTo("0");
			}
			assertThat(figure.items()).isEmpty();
		}
		// the budget is a denominator whatever was logged: nothing logged against it is 0 %, a value
		assertThat(march.value(Kpi.LOGGED_TIME_VS_BUDGET)).isEqualByComparingTo("0.00");
		assertThat(march.value(Kpi.COST_VS_BUDGET)).isEqualByComparingTo("0.00");
	}

	@Test
	void nothingAtAllGivesNoValues() {
		KpiFigures none = Kpis.compute(FORTNIGHT, new KpiInputs(List.of(), List.of(), List.of(), List.of(), null, OFFICE));
		assertThat(none.figures()).allSatisfy(figure -> {
			if (figure.kpi().isRatio()) {
				assertThat(figure.value()).isNull();
			}
			else {
				assertThat(figure.value()).isEqualByComparingTo("0");
			}
		});
		assertThat(none.figure(Kpi.LOGGED_TIME_VS_BUDGET).numerator()).isEqualByComparingTo("0");
		assertThat(none.figure(Kpi.COST_VS_BUDGET).numerator()).isNull();
	}

	@Test
	void anInstantAtTheEndOfAPeriodBelongsToTheNext() {
		// X: created Mon 1, resolved exactly at Mon 15 00:00, its SLA cycle stopped then, its survey asked then
		UUID x = id(99);
		ItemHistory item = ticket(x, Priority.P2, june(1, 10, 0), june(8, 0, 0),
				to(WorkStatus.RESOLVED, june(15, 0, 0)));
		KpiInputs inputs = new KpiInputs(List.of(item),
				List.of(sla(x, Metric.FIRST_RESPONSE, Priority.P2, june(8, 0, 0), 3_600, 100_000),
						sla(x, Metric.RESOLUTION, Priority.P2, june(15, 0, 0), 28_800, 100_000)),
				List.of(answered(x, june(15, 0, 0), june(15, 0, 0), 1)),
				List.of(new TimeEntry(ANNA, x, LocalDate.of(2026, 6, 8), 30),
						new TimeEntry(ANNA, x, LocalDate.of(2026, 6, 15), 45)),
				budget(), OFFICE);
		KpiFigures second = Kpis.compute(Period.week(LocalDate.of(2026, 6, 8), PARIS), inputs);
		KpiFigures third = Kpis.compute(Period.week(LocalDate.of(2026, 6, 15), PARIS), inputs);

		// the week of the 8th holds its start (reply and cycle at Mon 8 00:00) but not its end (Mon 15 00:00)
		assertThat(second.value(Kpi.MTTA_CALENDAR)).isEqualByComparingTo("568800"); // Mon 1 10:00 → Mon 8 00:00
		assertThat(second.figure(Kpi.SLA_COMPLIANCE).denominator()).isEqualByComparingTo("1");
		assertThat(second.value(Kpi.THROUGHPUT)).isEqualByComparingTo("0");
		assertThat(second.figure(Kpi.BACKLOG).items()).containsExactly(x); // still open at Mon 15 00:00
		assertThat(second.value(Kpi.CSAT)).isNull();
		assertThat(second.figure(Kpi.LOGGED_TIME_VS_BUDGET).numerator()).isEqualByComparingTo("30");
		// the week of the 15th: resolved, its cycle stopped and its survey answered at its first instant
		assertThat(third.value(Kpi.THROUGHPUT)).isEqualByComparingTo("1");
		assertThat(third.figure(Kpi.BACKLOG).items()).isEmpty();
		assertThat(third.figure(Kpi.SLA_COMPLIANCE, Breakdown.of(Metric.RESOLUTION, null)).otherItems())
			.containsExactly(x);
		assertThat(third.value(Kpi.CSAT)).isEqualByComparingTo("1.00");
		assertThat(third.figure(Kpi.LOGGED_TIME_VS_BUDGET).numerator()).isEqualByComparingTo("45");
	}

	@Test
	void twoWeeksAddUpToTheFortnightByNumeratorAndDenominator() {
		KpiFigures first = Kpis.compute(Period.week(LocalDate.of(2026, 6, 1), PARIS), inputs());
		KpiFigures second = Kpis.compute(Period.week(LocalDate.of(2026, 6, 8), PARIS), inputs());
		for (Kpi kpi : List.of(Kpi.SLA_COMPLIANCE, Kpi.OLA_COMPLIANCE, Kpi.MTTA_BUSINESS, Kpi.MTTA_CALENDAR, Kpi.CSAT,
				Kpi.CSAT_RESPONSE_RATE, Kpi.FIRST_TIME_RIGHT, Kpi.ON_TIME_DELIVERY, Kpi.LOGGED_TIME_VS_BUDGET)) {
			assertThat(first.figure(kpi).numerator().add(second.figure(kpi).numerator()))
				.as(kpi.code()).isEqualByComparingTo(FIGURES.figure(kpi).numerator());
		}
		// first week's SLA compliance: FR T1, T10, T2✗, T3; RES T1, T10, T2✗, T2; DD D1 → 7 / 9
		assertThat(first.value(Kpi.SLA_COMPLIANCE)).isEqualByComparingTo("77.78");
		// second week's: FR T7; RES T5✗, T3✗; DD D2, D3 → 3 / 5
		assertThat(second.value(Kpi.SLA_COMPLIANCE)).isEqualByComparingTo("60.00");
	}

	@Test
	void periodsAreHalfOpenSpansOfLocalDays() {
		// the week of the change to summer time in Paris (Sunday 29 March 2026) lasts 167 hours
		Period week = Period.week(LocalDate.of(2026, 3, 26), PARIS);
		assertThat(week.from()).isEqualTo(Instant.parse("2026-03-22T23:00:00Z"));
		assertThat(week.to()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
		assertThat(Duration.between(week.from(), week.to())).isEqualTo(Duration.ofHours(167));
		assertThat(week.contains(week.from())).isTrue();
		assertThat(week.contains(week.to())).isFalse();
		assertThat(week.contains(LocalDate.of(2026, 3, 29))).isTrue();
		assertThat(week.contains(LocalDate.of(2026, 3, 30))).isFalse();

		Period february = Period.month(YearMonth.of(2026, 2), PARIS);
		assertThat(february.from()).isEqualTo(Instant.parse("2026-01-31T23:00:00Z"));
		assertThat(february.to()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
		Period autumn = Period.quarter(2026, 4, PARIS);
		assertThat(autumn.from()).isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
		assertThat(autumn.to()).isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
		assertThatThrownBy(() -> Period.quarter(2026, 5, PARIS)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Period(week.to(), week.from(), PARIS))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aTrendGivesEachWeeksValuesAndCountsAsTheWeekAlone() {
		List<Period> weeks = List.of(Period.week(LocalDate.of(2026, 6, 1), PARIS), Period.week(LocalDate.of(2026, 6, 8),
				PARIS), Period.week(LocalDate.of(2026, 6, 15), PARIS));
		List<KpiFact> facts = KpiFacts.of(inputs(), PARIS);
		List<KpiFigures> trend = Kpis.trend(weeks, facts, week -> budget());
		for (int i = 0; i < weeks.size(); i++) {
			KpiFigures alone = Kpis.compute(weeks.get(i), inputs());
			for (KpiFigure figure : alone.figures()) {
				KpiFigure inTrend = trend.get(i).figure(figure.kpi(), figure.breakdown());
				assertThat(inTrend.value()).as(figure.kpi() + " " + figure.breakdown() + " week " + i)
					.isEqualTo(figure.value());
				assertThat(inTrend.numerator()).isEqualTo(figure.numerator());
				assertThat(inTrend.denominator()).isEqualTo(figure.denominator());
				// without the ids: a trend shows values only
				assertThat(inTrend.items()).as(figure.kpi() + " " + figure.breakdown()).isEmpty();
			}
		}
		assertThat(trend.get(1).value(Kpi.BACKLOG)).isEqualByComparingTo(Kpis.compute(weeks.get(1), inputs())
			.value(Kpi.BACKLOG));
	}
}
