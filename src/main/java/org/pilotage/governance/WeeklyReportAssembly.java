package org.pilotage.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.governance.KpiFigure.Breakdown;
import org.pilotage.sla.SlaDeadlines.FiredDeadline;
import org.pilotage.sla.SlaDeadlines.Kind;
import org.pilotage.sla.SlaEvents;
import org.pilotage.work.IsoWeek;
import org.pilotage.work.WorkMeasures.ListedItem;

/**
 * Puts a weekly report together from what was read for it, as a pure function, so that a report is checked on known
 * data without a database: which figures it shows, what counts as a breach or an item at risk in the week, which
 * actions it carries.
 *
 * <ul>
 * <li>Figures: the headline figure of every KPI but the agency's OLA, beside the previous week's.</li>
 * <li>Breaches: the SLA cycles that stopped breached in the week (the other items of each metric's SLA compliance) and
 * the running cycles whose breach deadline fell in the week; one line per item and metric.</li>
 * <li>At risk: the items whose at-risk deadline fell in the week, for a metric they did not breach in it.</li>
 * <li>Actions: those open when the report is generated, and those closed during its week.</li>
 * <li>Credits: the service-credit statement of the month holding the week's Sunday, when there is one.</li>
 * </ul>
 * OLA deadlines are left out like the OLA figure: the report is what both parties read.
 */
final class WeeklyReportAssembly {

	/** The most lines a list of items holds. */
	static final int MAX_ITEMS = 50;

	/** How many of the oldest open items are listed. */
	static final int OLDEST = 10;

	/** How many days after the week the due deliverables are looked for: two weeks. */
	static final int DUE_DAYS = 14;

	private WeeklyReportAssembly() {
	}

	/** What a report is made of, read by {@link WeeklyReports} for an engagement and a week. */
	record Inputs(UUID engagementId, String title, String client, String provider, IsoWeek week, ZoneId zone,
			Instant generatedAt, KpiFigures figures, KpiFigures previous, List<FiredDeadline> fired,
			Map<UUID, ListedItem> items, List<ListedItem> oldestOpen, List<ListedItem> deliverablesDue,
			List<RiskWarning> warnings, List<ReportAction> actions, CreditContracts.@Nullable Statement credits) {
	}

	/** The week's period in the zone: Monday 00:00 to the next Monday 00:00. */
	static Period period(IsoWeek week, ZoneId zone) {
		return Period.week(week.monday(), zone);
	}

	/** The last day whose due deliverables the report of {@code week} lists. */
	static LocalDate dueUntil(IsoWeek week) {
		return week.sunday().plusDays(DUE_DAYS);
	}

	static WeeklyReport assemble(Inputs in) {
		Period week = period(in.week(), in.zone());
		List<WeeklyReport.Figure> figures = new ArrayList<>();
		for (KpiFigure figure : in.figures().figures()) {
			if (figure.kpi() != Kpi.OLA_COMPLIANCE && figure.breakdown().equals(Breakdown.ALL)) {
				figures.add(new WeeklyReport.Figure(figure.kpi().code(), figure.kpi().unit(), figure.kpi().direction(),
						figure.value(), in.previous().value(figure.kpi(), Breakdown.ALL)));
			}
		}

		Map<String, WeeklyReport.Item> breaches = new LinkedHashMap<>();
		for (KpiFigure figure : in.figures().of(Kpi.SLA_COMPLIANCE)) {
			if (figure.breakdown().metric() != null && figure.breakdown().priority() == null) {
				for (UUID item : figure.otherItems()) {
					line(in, item, figure.breakdown().metric().name(), null)
						.ifPresent(line -> breaches.putIfAbsent(item + " " + line.metric(), line));
				}
			}
		}
		Map<String, WeeklyReport.Item> atRisk = new LinkedHashMap<>();
		for (FiredDeadline deadline : in.fired()) {
			if (SlaEvents.internal(deadline.metric()) || !week.contains(deadline.dueAt())) {
				continue;
			}
			String key = deadline.itemId() + " " + deadline.metric();
			if (deadline.kind() == Kind.BREACH) {
				line(in, deadline.itemId(), deadline.metric(), deadline.dueAt()).ifPresent(line -> breaches.merge(key,
						line, (known, fired) -> known.at() == null ? fired : known));
			}
			else {
				line(in, deadline.itemId(), deadline.metric(), deadline.dueAt()).ifPresent(line -> atRisk.putIfAbsent(key,
						line));
			}
		}
		breaches.keySet().forEach(atRisk::remove);

		List<WeeklyReport.Action> actions = in.actions()
			.stream()
			.filter(action -> action.listedIn(week))
			.sorted(Comparator.comparing((ReportAction action) -> action.status() != ReportAction.Status.OPEN)
				.thenComparing(ReportAction::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(ReportAction::createdAt))
			.map(action -> new WeeklyReport.Action(action.id(), action.kind(), action.text(), action.owner(),
					action.dueDate(), action.status(), action.closedAt()))
			.toList();

		return new WeeklyReport(in.engagementId(), in.title(), in.client(), in.provider(), in.week().toString(),
				in.week().monday(), in.week().sunday(), in.zone().getId(), in.generatedAt(), figures,
				sorted(breaches.values()), sorted(atRisk.values()),
				in.oldestOpen().stream().limit(OLDEST).map(item -> item(item, null, null)).toList(),
				dueUntil(in.week()),
				in.deliverablesDue().stream().limit(MAX_ITEMS).map(item -> item(item, null, null)).toList(),
				in.warnings().stream().map(w -> new WeeklyReport.Risk(w.code(), w.level(), w.value(), w.threshold()))
					.toList(),
				actions, in.credits() == null ? null
						: new WeeklyReport.Credits(in.credits().provisional(), in.credits().issuedAt(),
								in.credits().statement()));
	}

	private static java.util.Optional<WeeklyReport.Item> line(Inputs in, UUID item, String metric,
			@Nullable Instant at) {
		return java.util.Optional.ofNullable(in.items().get(item)).map(listed -> item(listed, metric, at));
	}

	private static WeeklyReport.Item item(ListedItem item, @Nullable String metric, @Nullable Instant at) {
		return new WeeklyReport.Item(item.id(), item.number(), item.type().name(), item.priority().name(),
				item.status().name(), item.title(), metric, at, item.createdAt(), item.dueDate());
	}

	/** When it happened (unknown last), then by number and metric; at most {@link #MAX_ITEMS}. */
	private static List<WeeklyReport.Item> sorted(java.util.Collection<WeeklyReport.Item> items) {
		return items.stream()
			.sorted(Comparator.comparing(WeeklyReport.Item::at, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparingInt(WeeklyReport.Item::number)
				.thenComparing(item -> item.metric() == null ? "" : item.metric()))
			.limit(MAX_ITEMS)
			.toList();
	}
}
