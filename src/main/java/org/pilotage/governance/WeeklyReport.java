package org.pilotage.governance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An engagement's weekly follow-up report, as archived: the ISO week (Monday to Sunday in the client's zone), the
 * week's headline KPIs beside the previous week's, the SLA breaches and at-risk items of the week, the oldest open
 * items, the deliverables due in the two weeks after it, the dependency-risk warnings, and the decisions and actions.
 * It is the view both parties share: it names items by number and title and never a person who works on them, and it
 * leaves out the agency's OLA, so that a client reads in it nothing its own pages would not show. Built by
 * {@link WeeklyReportAssembly}; stored as JSON and never changed (a new generation of the week is a new revision).
 *
 * @param week the ISO week, written {@code 2026-W48}
 * @param monday the week's first day, in {@code zone}
 * @param sunday the week's last day, in {@code zone}
 * @param dueUntil the last day of the two weeks whose due deliverables are listed
 * @param credits the service credits of the month holding the week's Sunday as they stood at generation; null when
 *     the engagement has no credit contract (or the report was archived before reports carried them)
 */
record WeeklyReport(UUID engagementId, String engagementTitle, String clientName, String providerName, String week,
		LocalDate monday, LocalDate sunday, String zone, Instant generatedAt, List<Figure> figures,
		List<Item> breaches, List<Item> atRisk, List<Item> oldestOpen, LocalDate dueUntil, List<Item> deliverablesDue,
		List<Risk> risks, List<Action> actions, @Nullable Credits credits) {

	WeeklyReport {
		figures = List.copyOf(figures);
		breaches = List.copyOf(breaches);
		atRisk = List.copyOf(atRisk);
		oldestOpen = List.copyOf(oldestOpen);
		deliverablesDue = List.copyOf(deliverablesDue);
		risks = List.copyOf(risks);
		actions = List.copyOf(actions);
	}

	/** A KPI's headline figure of the week and of the week before; null where the KPI has nothing to say. */
	record Figure(String kpi, Kpi.Unit unit, Kpi.Direction direction, @Nullable BigDecimal value,
			@Nullable BigDecimal previous) {
	}

	/**
	 * A work item as the report lists it.
	 *
	 * @param metric the SLA metric breached or at risk (FIRST_RESPONSE, RESOLUTION, ...); null in the other lists
	 * @param at when the breach or the warning happened (the stopped cycle's end or the deadline), null when not
	 *     known
	 */
	record Item(UUID id, int number, String type, String priority, String status, String title,
			@Nullable String metric, @Nullable Instant at, Instant createdAt, @Nullable LocalDate dueDate) {
	}

	/** A dependency-risk warning: its code, level, value and the threshold it passed. */
	record Risk(String code, RiskWarning.Level level, BigDecimal value, int threshold) {

		public String messageKey() {
			return "governance.risk.warning." + code;
		}
	}

	/**
	 * The month's service-credit statement as it stood when the report was generated: provisional while the month runs
	 * (its measures so far), or the one issued for a closed month.
	 */
	record Credits(boolean provisional, @Nullable Instant issuedAt, CreditStatement statement) {
	}

	/** A decision or action as it stood when the report was generated. */
	record Action(UUID id, ReportAction.Kind kind, String text, @Nullable String owner, @Nullable LocalDate dueDate,
			ReportAction.Status status, @Nullable Instant closedAt) {
	}
}
