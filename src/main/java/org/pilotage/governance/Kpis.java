package org.pilotage.governance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.governance.KpiFigure.AgeBucket;
import org.pilotage.governance.KpiFigure.Breakdown;
import org.pilotage.governance.KpiInputs.Budget;
import org.pilotage.governance.KpiInputs.ItemHistory;
import org.pilotage.governance.KpiInputs.Rating;
import org.pilotage.governance.KpiInputs.SlaCycle;
import org.pilotage.governance.KpiInputs.Submission;
import org.pilotage.governance.KpiInputs.TimeEntry;
import org.pilotage.sla.Agreement;
import org.pilotage.sla.BusinessTime;
import org.pilotage.sla.Metric;
import org.pilotage.work.Priority;
import org.pilotage.work.WorkItemType;
import org.pilotage.work.WorkStatus;

/**
 * The KPIs of a period as a pure function of their inputs, without Spring or a database: a dashboard's figure is
 * recomputable from the events it came from. Each KPI follows its written definition (the {@code i18n/governance}
 * bundles and {@code docs/governance/KPIS.md}); the rules they share:
 *
 * <ul>
 * <li>the period is half-open: what happens at {@code from} counts, at {@code to} belongs to the next period;</li>
 * <li>an item is counted in the period of the event a KPI is about (a reply, a resolution, an acceptance, a stopped
 * SLA cycle, an answered survey), not of its creation;</li>
 * <li>a ratio or a mean over nothing has no value, a count of nothing is 0;</li>
 * <li>percentages and scores are rounded half up to two decimals, means of durations to the second; numerators
 * and denominators are exact.</li>
 * </ul>
 */
public final class Kpis {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Kpis() {
	}

	public static KpiFigures compute(Period period, KpiInputs inputs) {
		List<KpiFigure> figures = new ArrayList<>();
		figures.addAll(compliance(Kpi.SLA_COMPLIANCE, Agreement.SLA, period, inputs.cycles()));
		figures.addAll(compliance(Kpi.OLA_COMPLIANCE, Agreement.OLA, period, inputs.cycles()));
		figures.addAll(acknowledgement(period, inputs.items(), inputs.businessTime()));
		figures.addAll(resolution(period, inputs.items(), inputs.businessTime()));
		figures.addAll(backlog(period, inputs.items()));
		figures.add(reopenRate(period, inputs.items()));
		figures.addAll(deliveries(period, inputs.items()));
		figures.addAll(satisfaction(period, inputs.ratings()));
		figures.add(throughput(period, inputs.items()));
		figures.addAll(budget(period, inputs.timeEntries(), inputs.budget()));
		return new KpiFigures(period, figures);
	}

	/** Met over met plus breached, among the agreement's cycles stopped in the period; overall, per metric, per priority. */
	private static List<KpiFigure> compliance(Kpi kpi, Agreement agreement, Period period, List<SlaCycle> cycles) {
		Tally all = new Tally(kpi, Breakdown.ALL);
		Map<Metric, Tally> perMetric = new EnumMap<>(Metric.class);
		Map<Metric, Map<Priority, Tally>> perPriority = new EnumMap<>(Metric.class);
		for (Metric metric : Metric.values()) {
			perMetric.put(metric, new Tally(kpi, Breakdown.of(metric, null)));
			Map<Priority, Tally> priorities = new EnumMap<>(Priority.class);
			for (Priority priority : Priority.values()) {
				priorities.put(priority, new Tally(kpi, Breakdown.of(metric, priority)));
			}
			perPriority.put(metric, priorities);
		}
		for (SlaCycle cycle : cycles) {
			if (cycle.agreement() != agreement || !period.contains(cycle.stoppedAt())) {
				continue;
			}
			all.count(cycle.item(), cycle.met());
			perMetric.get(cycle.metric()).count(cycle.item(), cycle.met());
			perPriority.get(cycle.metric()).get(cycle.priority()).count(cycle.item(), cycle.met());
		}
		List<KpiFigure> figures = new ArrayList<>();
		figures.add(all.percent());
		for (Metric metric : Metric.values()) {
			figures.add(perMetric.get(metric).percent());
			perPriority.get(metric).values().forEach(tally -> figures.add(tally.percent()));
		}
		return figures;
	}

	/** Tickets whose first client-visible provider reply is in the period: creation to that reply. */
	private static List<KpiFigure> acknowledgement(Period period, List<ItemHistory> items, BusinessTime time) {
		Tally business = new Tally(Kpi.MTTA_BUSINESS, Breakdown.ALL);
		Tally calendar = new Tally(Kpi.MTTA_CALENDAR, Breakdown.ALL);
		for (ItemHistory item : items) {
			Instant reply = item.firstReplyAt();
			if (item.type() == WorkItemType.TICKET && reply != null && period.contains(reply)) {
				business.add(item.id(), time.between(item.createdAt(), reply));
				calendar.add(item.id(), seconds(item.createdAt(), reply));
			}
		}
		return List.of(business.mean(0), calendar.mean(0));
	}

	/** Tickets and tasks resolved in the period: creation to their last resolution in the period. */
	private static List<KpiFigure> resolution(Period period, List<ItemHistory> items, BusinessTime time) {
		Tally business = new Tally(Kpi.MTTR_BUSINESS, Breakdown.ALL);
		Tally calendar = new Tally(Kpi.MTTR_CALENDAR, Breakdown.ALL);
		for (ItemHistory item : items) {
			List<Instant> resolved = resolvedIn(period, item);
			if (!resolved.isEmpty()) {
				Instant last = resolved.get(resolved.size() - 1);
				business.add(item.id(), time.between(item.createdAt(), last));
				calendar.add(item.id(), seconds(item.createdAt(), last));
			}
		}
		return List.of(business.mean(0), calendar.mean(0));
	}

	/** Items created before the period's end and neither RESOLVED nor CLOSED then; all, and by age. */
	private static List<KpiFigure> backlog(Period period, List<ItemHistory> items) {
		Tally all = new Tally(Kpi.BACKLOG, Breakdown.ALL);
		Map<AgeBucket, Tally> ages = new EnumMap<>(AgeBucket.class);
		for (AgeBucket bucket : AgeBucket.values()) {
			ages.put(bucket, new Tally(Kpi.BACKLOG_AGE, Breakdown.of(bucket)));
		}
		for (ItemHistory item : items) {
			WorkStatus status = item.statusBefore(period.to());
			if (item.createdAt().isBefore(period.to()) && status != WorkStatus.RESOLVED
					&& status != WorkStatus.CLOSED) {
				all.count(item.id(), true);
				ages.get(AgeBucket.of(Duration.between(item.createdAt(), period.to()))).count(item.id(), true);
			}
		}
		List<KpiFigure> figures = new ArrayList<>();
		figures.add(all.count());
		ages.values().forEach(tally -> figures.add(tally.count()));
		return figures;
	}

	/** Of the tickets and tasks resolved in the period, those reopened after their first resolution in it. */
	private static KpiFigure reopenRate(Period period, List<ItemHistory> items) {
		Tally tally = new Tally(Kpi.REOPEN_RATE, Breakdown.ALL);
		for (ItemHistory item : items) {
			List<Instant> resolved = resolvedIn(period, item);
			if (!resolved.isEmpty()) {
				Instant first = resolved.get(0);
				tally.count(item.id(), item.reopenings().stream().anyMatch(at -> !at.isBefore(first)));
			}
		}
		return tally.percent();
	}

	/** Deliverables accepted in the period: first time right, and on time where they have a due date. */
	private static List<KpiFigure> deliveries(Period period, List<ItemHistory> items) {
		Tally firstTimeRight = new Tally(Kpi.FIRST_TIME_RIGHT, Breakdown.ALL);
		Tally onTime = new Tally(Kpi.ON_TIME_DELIVERY, Breakdown.ALL);
		for (ItemHistory item : items) {
			Optional<Submission> accepted = acceptedIn(period, item);
			if (accepted.isEmpty()) {
				continue;
			}
			firstTimeRight.count(item.id(), accepted.get().number() == 1);
			if (item.dueDate() != null) {
				Instant dueEnd = item.dueDate().plusDays(1).atStartOfDay(period.zone()).toInstant();
				Instant acceptedAt = accepted.get().decidedAt();
				onTime.count(item.id(), acceptedAt != null && acceptedAt.isBefore(dueEnd));
			}
		}
		return List.of(firstTimeRight.percent(), onTime.percent());
	}

	/** The mean score of the surveys answered in the period; the share answered of those asked in it. */
	private static List<KpiFigure> satisfaction(Period period, List<Rating> ratings) {
		Tally average = new Tally(Kpi.CSAT, Breakdown.ALL);
		Tally response = new Tally(Kpi.CSAT_RESPONSE_RATE, Breakdown.ALL);
		for (Rating rating : ratings) {
			Integer score = rating.score();
			Instant answeredAt = rating.answeredAt();
			if (score != null && answeredAt != null && period.contains(answeredAt)) {
				average.add(rating.item(), score);
			}
			if (period.contains(rating.askedAt())) {
				response.count(rating.item(), answeredAt != null);
			}
		}
		return List.of(average.mean(2), response.percent());
	}

	/** Tickets and tasks resolved in the period, and deliverables accepted in it, each item once. */
	private static KpiFigure throughput(Period period, List<ItemHistory> items) {
		Tally tally = new Tally(Kpi.THROUGHPUT, Breakdown.ALL);
		for (ItemHistory item : items) {
			if (!resolvedIn(period, item).isEmpty() || acceptedIn(period, item).isPresent()) {
				tally.count(item.id(), true);
			}
		}
		return tally.count();
	}

	/** Minutes logged on days of the period against the budget's minutes; their cost at the day rate against its money. */
	private static List<KpiFigure> budget(Period period, List<TimeEntry> entries, @Nullable Budget budget) {
		long minutes = 0;
		Set<UUID> items = new LinkedHashSet<>();
		for (TimeEntry entry : entries) {
			if (period.contains(entry.date())) {
				minutes += entry.minutes();
				items.add(entry.item());
			}
		}
		BigDecimal logged = BigDecimal.valueOf(minutes);
		if (budget == null) {
			return List.of(amounts(Kpi.LOGGED_TIME_VS_BUDGET, logged, null, items),
					amounts(Kpi.COST_VS_BUDGET, null, null, items));
		}
		BigDecimal cost = logged.multiply(budget.dayRate())
			.divide(BigDecimal.valueOf(budget.dayMinutes()), 2, RoundingMode.HALF_UP);
		return List.of(amounts(Kpi.LOGGED_TIME_VS_BUDGET, logged, BigDecimal.valueOf(budget.minutes()), items),
				amounts(Kpi.COST_VS_BUDGET, cost, budget.money(), items));
	}

	private static KpiFigure amounts(Kpi kpi, @Nullable BigDecimal numerator, @Nullable BigDecimal denominator,
			Set<UUID> items) {
		List<UUID> behind = List.copyOf(items);
		return new KpiFigure(kpi, Breakdown.ALL, percent(numerator, denominator), numerator, denominator, behind,
				behind, List.of());
	}

	private static @Nullable BigDecimal percent(@Nullable BigDecimal numerator, @Nullable BigDecimal denominator) {
		if (numerator == null || denominator == null || denominator.signum() == 0) {
			return null;
		}
		return numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
	}

	/** The resolutions of a ticket or task within the period, in order; none for a deliverable. */
	private static List<Instant> resolvedIn(Period period, ItemHistory item) {
		if (item.type() == WorkItemType.DELIVERABLE) {
			return List.of();
		}
		return item.resolutions().stream().filter(period::contains).toList();
	}

	private static Optional<Submission> acceptedIn(Period period, ItemHistory item) {
		return item.acceptance().filter(s -> s.decidedAt() != null && period.contains(s.decidedAt()));
	}

	private static long seconds(Instant from, Instant to) {
		return Math.max(0, Duration.between(from, to).getSeconds());
	}

	/** Adds up one figure: records counted (for a ratio, whether each is in the numerator) or amounts averaged. */
	private static final class Tally {

		private final Kpi kpi;
		private final Breakdown breakdown;
		private BigDecimal numerator = BigDecimal.ZERO;
		private long denominator;
		private final Set<UUID> items = new LinkedHashSet<>();
		private final Set<UUID> hits = new LinkedHashSet<>();
		private final Set<UUID> others = new LinkedHashSet<>();

		Tally(Kpi kpi, Breakdown breakdown) {
			this.kpi = kpi;
			this.breakdown = breakdown;
		}

		void count(UUID item, boolean hit) {
			denominator++;
			items.add(item);
			if (hit) {
				numerator = numerator.add(BigDecimal.ONE);
				hits.add(item);
			}
			else {
				others.add(item);
			}
		}

		void add(UUID item, long amount) {
			denominator++;
			numerator = numerator.add(BigDecimal.valueOf(amount));
			items.add(item);
			hits.add(item);
		}

		KpiFigure percent() {
			BigDecimal den = BigDecimal.valueOf(denominator);
			return figure(Kpis.percent(numerator, den), numerator, den);
		}

		KpiFigure mean(int scale) {
			BigDecimal den = BigDecimal.valueOf(denominator);
			BigDecimal value = denominator == 0 ? null : numerator.divide(den, scale, RoundingMode.HALF_UP);
			return figure(value, numerator, den);
		}

		KpiFigure count() {
			return figure(BigDecimal.valueOf(items.size()), null, null);
		}

		private KpiFigure figure(@Nullable BigDecimal value, @Nullable BigDecimal num, @Nullable BigDecimal den) {
			return new KpiFigure(kpi, breakdown, value, num, den, List.copyOf(items), List.copyOf(hits),
					List.copyOf(others));
		}
	}
}
