package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.pilotage.governance.KpiFigure.Breakdown;
import org.pilotage.sla.Metric;
import org.pilotage.sla.SlaDeadlines.FiredDeadline;
import org.pilotage.sla.SlaDeadlines.Kind;
import org.pilotage.work.IsoWeek;
import org.pilotage.work.Priority;
import org.pilotage.work.WorkItemType;
import org.pilotage.work.WorkMeasures.ListedItem;
import org.pilotage.work.WorkStatus;

/**
 * A weekly report put together from known data: week 2026-W24 in Paris, Monday 8 June 00:00 (7 June 22:00 UTC) to
 * Monday 15 June 00:00 (14 June 22:00 UTC), generated on Monday 15 June at 07:00 Paris (05:00 UTC).
 *
 * <pre>
 * figures  SLA compliance 50 % (80 % the week before), first response breached by B; the OLA's figure, left out
 * fired    C breach of RESOLUTION Wed 10 12:00, C at risk of RESOLUTION Wed 10 09:00 (breached: not at risk),
 *          D at risk of FIRST_RESPONSE Thu 11 10:00, E breach of OLA_RESOLUTION (the agency's: left out),
 *          F breach of RESOLUTION Sun 7 21:00 UTC (Sunday 23:00 in Paris: the week before, left out)
 * actions  open (listed first), done Fri 12 (in the week), dropped Fri 5 (the week before: left out),
 *          done Mon 15 at 06:00 Paris (after the week, before the report: left out, it goes into next week's)
 * </pre>
 */
class AssemblingAWeeklyReportTest {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
	private static final IsoWeek WEEK = IsoWeek.parse("2026-W24").orElseThrow();
	private static final Instant GENERATED = Instant.parse("2026-06-15T05:00:00Z");

	private final Map<String, ListedItem> items = new java.util.LinkedHashMap<>();

	private ListedItem item(String letter, int number, WorkItemType type, String created, @Nullable LocalDate due) {
		ListedItem item = new ListedItem(UUID.randomUUID(), number, type, Priority.P2, WorkStatus.OPEN, "Item " + letter,
				Instant.parse(created), due);
		items.put(letter, item);
		return item;
	}

	private UUID id(String letter) {
		return items.get(letter).id();
	}

	private static KpiFigure figure(Kpi kpi, Breakdown breakdown, @Nullable String value, List<UUID> others) {
		return new KpiFigure(kpi, breakdown, value == null ? null : new BigDecimal(value), null, null, others, List.of(),
				others);
	}

	private static KpiFigures figures(Period period, String compliance, List<UUID> breached) {
		return new KpiFigures(period, List.of(figure(Kpi.SLA_COMPLIANCE, Breakdown.ALL, compliance, breached),
				figure(Kpi.SLA_COMPLIANCE, Breakdown.of(Metric.FIRST_RESPONSE, null), compliance, breached),
				figure(Kpi.SLA_COMPLIANCE, Breakdown.of(Metric.FIRST_RESPONSE, Priority.P2), compliance, breached),
				figure(Kpi.OLA_COMPLIANCE, Breakdown.ALL, "10", List.of()),
				figure(Kpi.CSAT, Breakdown.ALL, null, List.of())));
	}

	private FiredDeadline fired(String letter, String metric, Kind kind, String due) {
		return new FiredDeadline(id(letter), UUID.randomUUID(), metric, 1, kind, Instant.parse(due), 3600, 1,
				Instant.parse(due), "test");
	}

	private static ReportAction action(String text, ReportAction.Status status, @Nullable String closed,
			@Nullable LocalDate due) {
		Instant created = Instant.parse("2026-06-01T08:00:00Z");
		return new ReportAction(UUID.randomUUID(), UUID.randomUUID(), ReportAction.Kind.ACTION, text, null, "Atlas", due,
				status, closed == null ? null : Instant.parse(closed), 1, created, "a", created, "a");
	}

	@Test
	void aWeekShowsItsBreachesRisksOpenItemsDueDeliverablesAndTheActionsItCarries() {
		item("A", 1, WorkItemType.TICKET, "2026-05-20T08:00:00Z", null);
		item("B", 2, WorkItemType.TICKET, "2026-06-08T07:00:00Z", null);
		item("C", 3, WorkItemType.TICKET, "2026-06-09T07:00:00Z", null);
		item("D", 4, WorkItemType.TICKET, "2026-06-10T07:00:00Z", null);
		item("E", 5, WorkItemType.TASK, "2026-06-10T08:00:00Z", null);
		item("F", 6, WorkItemType.TICKET, "2026-06-05T08:00:00Z", null);
		ListedItem due = item("G", 7, WorkItemType.DELIVERABLE, "2026-06-01T08:00:00Z", LocalDate.of(2026, 6, 20));
		Period week = WeeklyReportAssembly.period(WEEK, PARIS);
		assertThat(week.from()).isEqualTo(Instant.parse("2026-06-07T22:00:00Z"));
		Period previous = WeeklyReportAssembly.period(WEEK.previous(), PARIS);
		List<FiredDeadline> fired = new ArrayList<>(List.of(
				fired("C", "RESOLUTION", Kind.BREACH, "2026-06-10T12:00:00Z"),
				fired("C", "RESOLUTION", Kind.AT_RISK, "2026-06-10T09:00:00Z"),
				fired("D", "FIRST_RESPONSE", Kind.AT_RISK, "2026-06-11T10:00:00Z"),
				fired("E", "OLA_RESOLUTION", Kind.BREACH, "2026-06-11T11:00:00Z"),
				fired("F", "RESOLUTION", Kind.BREACH, "2026-06-07T21:00:00Z")));
		List<ReportAction> actions = List.of(action("Closed after the week", ReportAction.Status.DONE,
				"2026-06-15T04:00:00Z", null), action("Done in the week", ReportAction.Status.DONE,
						"2026-06-12T10:00:00Z", null),
				action("Dropped before", ReportAction.Status.DROPPED, "2026-06-05T10:00:00Z", null),
				action("Still open", ReportAction.Status.OPEN, null, LocalDate.of(2026, 6, 19)));
		RiskWarning warning = new RiskWarning(RiskWarning.KEY_PERSON_ITEMS, RiskWarning.Level.CRITICAL,
				new BigDecimal("80"), 50);

		WeeklyReport report = WeeklyReportAssembly.assemble(new WeeklyReportAssembly.Inputs(UUID.randomUUID(), "Desk",
				"Acme", "Atlas", WEEK, PARIS, GENERATED, figures(week, "50", List.of(id("B"))),
				figures(previous, "80", List.of()), fired,
				items.values().stream().collect(Collectors.toMap(ListedItem::id, Function.identity())),
				List.of(items.get("A"), items.get("F"), items.get("B")), List.of(due), List.of(warning), actions,
				null));

		assertThat(report.week()).isEqualTo("2026-W24");
		assertThat(report.monday()).isEqualTo(LocalDate.of(2026, 6, 8));
		assertThat(report.sunday()).isEqualTo(LocalDate.of(2026, 6, 14));
		assertThat(report.dueUntil()).isEqualTo(LocalDate.of(2026, 6, 28));
		assertThat(report.figures()).extracting(WeeklyReport.Figure::kpi).containsExactly("sla-compliance", "csat");
		WeeklyReport.Figure compliance = report.figures().get(0);
		assertThat(compliance.value()).isEqualByComparingTo("50");
		assertThat(compliance.previous()).isEqualByComparingTo("80");
		assertThat(report.figures().get(1).value()).isNull();

		// C's breach happened at a known instant and comes first; B's stopped cycle has none and comes last
		assertThat(report.breaches()).extracting(WeeklyReport.Item::title, WeeklyReport.Item::metric)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Item C", "RESOLUTION"),
					org.assertj.core.groups.Tuple.tuple("Item B", "FIRST_RESPONSE"));
		assertThat(report.breaches().get(0).at()).isEqualTo(Instant.parse("2026-06-10T12:00:00Z"));
		assertThat(report.atRisk()).extracting(WeeklyReport.Item::title, WeeklyReport.Item::metric)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Item D", "FIRST_RESPONSE"));
		assertThat(report.oldestOpen()).extracting(WeeklyReport.Item::title).containsExactly("Item A", "Item F",
				"Item B");
		assertThat(report.deliverablesDue()).extracting(WeeklyReport.Item::dueDate)
			.containsExactly(LocalDate.of(2026, 6, 20));
		assertThat(report.risks()).extracting(WeeklyReport.Risk::code).containsExactly("key-person-items");
		assertThat(report.actions()).extracting(WeeklyReport.Action::text).containsExactly("Still open",
				"Done in the week");
		// an engagement without a credit contract: the report has no credits part
		assertThat(report.credits()).isNull();
	}

	@Test
	void theReportIsDueOnMondayAtSevenInTheClientsZoneForTheWeekJustEnded() {
		ZoneId paris = PARIS;
		// Monday 15 June 2026, 06:59:59 in Paris: week 24's report is not due yet, week 23's is the latest due
		assertThat(WeeklyReportScheduler.dueWeek(Instant.parse("2026-06-15T04:59:59Z"), paris))
			.hasToString("2026-W23");
		assertThat(WeeklyReportScheduler.dueWeek(Instant.parse("2026-06-15T05:00:00Z"), paris))
			.hasToString("2026-W24");
		assertThat(WeeklyReportScheduler.nextDue(Instant.parse("2026-06-15T05:00:00Z"), paris))
			.isEqualTo(Instant.parse("2026-06-22T05:00:00Z"));
		// across the change of the clocks: Monday 30 March 2026, 07:00 in Paris is 05:00 UTC (summer time)
		assertThat(WeeklyReportScheduler.nextDue(Instant.parse("2026-03-27T12:00:00Z"), paris))
			.isEqualTo(Instant.parse("2026-03-30T05:00:00Z"));
		// Auckland is ahead: its Monday 07:00 is Sunday 19:00 UTC (winter, UTC+12)
		assertThat(WeeklyReportScheduler.dueWeek(Instant.parse("2026-06-14T19:00:00Z"), ZoneId.of("Pacific/Auckland")))
			.hasToString("2026-W24");
	}
}
