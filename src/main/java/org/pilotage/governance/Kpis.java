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
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.pilotage.governance.KpiFact.Kind;
import org.pilotage.governance.KpiFigure.AgeBucket;
import org.pilotage.governance.KpiFigure.Breakdown;
import org.pilotage.governance.KpiInputs.Budget;
import org.pilotage.sla.Agreement;
import org.pilotage.sla.Metric;
import org.pilotage.work.Priority;

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
		return aggregate(period, KpiFacts.of(inputs, period.zone()), inputs.budget());
	}

	/**
	 * The figures of a period from the facts of its scope (those in it, and the open spans around its end; others are
	 * ignored): what {@link #compute} gives for the records the facts came from.
	 */
	public static KpiFigures aggregate(Period period, List<KpiFact> facts, @Nullable Budget budget) {
		return aggregate(period, facts, budget, true);
	}

	/**
	 * The figures of consecutive periods (a trend) from the facts of their whole span, each period added up from its
	 * own facts only (those in it, and the open spans around its end), without the item ids behind each figure.
	 */
	public static List<KpiFigures> trend(List<Period> periods, List<KpiFact> facts,
			Function<Period, @Nullable Budget> budgets) {
		List<List<KpiFact>> slices = new ArrayList<>();
		Instant[] starts = new Instant[periods.size()];
		for (int i = 0; i < periods.size(); i++) {
			slices.add(new ArrayList<>());
			starts[i] = periods.get(i).from();
		}
		for (KpiFact fact : facts) {
			if (fact.kind() == Kind.OPEN) {
				for (int i = 0; i < periods.size(); i++) {
					if (fact.openAt(periods.get(i).to())) {
						slices.get(i).add(fact);
					}
				}
				continue;
			}
			int found = java.util.Arrays.binarySearch(starts, fact.at());
			int index = found >= 0 ? found : -found - 2;
			if (index >= 0 && periods.get(index).contains(fact.at())) {
				slices.get(index).add(fact);
			}
		}
		List<KpiFigures> figures = new ArrayList<>();
		for (int i = 0; i < periods.size(); i++) {
			figures.add(aggregate(periods.get(i), slices.get(i), budgets.apply(periods.get(i)), false));
		}
		return figures;
	}

	/** The figures; with {@code withItems} false, without the item ids behind them (values and counts only). */
	static KpiFigures aggregate(Period period, List<KpiFact> facts, @Nullable Budget budget, boolean withItems) {
		List<KpiFigure> figures = new ArrayList<>();
		// each figure passes over the facts of the kinds it reads only, split once, each kind in its order
		Map<Kind, List<KpiFact>> byKind = new EnumMap<>(Kind.class);
		List<KpiFact> done = new ArrayList<>();
		for (KpiFact fact : facts) {
			byKind.computeIfAbsent(fact.kind(), kind -> new ArrayList<>()).add(fact);
			if (fact.kind() == Kind.RESOLUTION || fact.kind() == Kind.ACCEPTANCE) {
				done.add(fact);
			}
		}
		Function<Kind, List<KpiFact>> of = kind -> byKind.getOrDefault(kind, List.of());
		List<KpiFact> surveys = new ArrayList<>(of.apply(Kind.ANSWER));
		surveys.addAll(of.apply(Kind.SURVEY));
		figures.addAll(compliance(Kpi.SLA_COMPLIANCE, Agreement.SLA, period, of.apply(Kind.CYCLE), withItems));
		figures.addAll(compliance(Kpi.OLA_COMPLIANCE, Agreement.OLA, period, of.apply(Kind.CYCLE), withItems));
		figures.addAll(acknowledgement(period, of.apply(Kind.REPLY), withItems));
		figures.addAll(resolution(period, of.apply(Kind.RESOLUTION), withItems));
		figures.addAll(backlog(period, of.apply(Kind.OPEN), withItems));
		figures.add(reopenRate(period, of.apply(Kind.RESOLUTION), withItems));
		figures.addAll(deliveries(period, of.apply(Kind.ACCEPTANCE), withItems));
		figures.addAll(satisfaction(period, surveys, withItems));
		figures.add(throughput(period, done, withItems));
		figures.addAll(budget(period, of.apply(Kind.TIME), budget, withItems));
		return new KpiFigures(period, figures);
	}

	/** The figures a list of engagements shows ({@link #headlines}): the compliances, MTTR, backlog and CSAT. */
	static final Set<Kpi> HEADLINES = java.util.EnumSet.of(Kpi.SLA_COMPLIANCE, Kpi.OLA_COMPLIANCE, Kpi.MTTR_BUSINESS,
			Kpi.BACKLOG, Kpi.CSAT);

	/**
	 * What the headline figures of a period add up, summed by the database over the period's facts
	 * ({@link KpiFactStore#headlineSums}) instead of read one by one, each as its figure counts it in
	 * {@link #aggregate}: the SLA's and the OLA's cycles stopped in the period with a metric and a priority, and those
	 * met; the business seconds and the number of the tickets' and tasks' last resolutions in the period; the open spans
	 * at its end; the scores and the number of the surveys answered in it.
	 */
	record Sums(long slaMet, long slaCycles, long olaMet, long olaCycles, long resolutionSeconds, long resolutions,
			long open, long scores, long answers) {

		static final Sums NONE = new Sums(0, 0, 0, 0, 0, 0, 0, 0, 0);

		Sums plus(Sums other) {
			return new Sums(slaMet + other.slaMet, slaCycles + other.slaCycles, olaMet + other.olaMet,
					olaCycles + other.olaCycles, resolutionSeconds + other.resolutionSeconds,
					resolutions + other.resolutions, open + other.open, scores + other.scores, answers + other.answers);
		}
	}

	/**
	 * The {@link #HEADLINES} figures of a period from their sums, without the items behind them nor a breakdown: the
	 * values {@link #aggregate} gives for the facts the sums were made of.
	 */
	static KpiFigures headlines(Period period, Sums sums) {
		return new KpiFigures(period, List.of(summed(Kpi.SLA_COMPLIANCE, sums.slaMet(), sums.slaCycles()).percent(),
				summed(Kpi.OLA_COMPLIANCE, sums.olaMet(), sums.olaCycles()).percent(),
				summed(Kpi.MTTR_BUSINESS, sums.resolutionSeconds(), sums.resolutions()).mean(0),
				summed(Kpi.BACKLOG, sums.open(), sums.open()).count(),
				summed(Kpi.CSAT, sums.scores(), sums.answers()).mean(2)));
	}

	private static Tally summed(Kpi kpi, long numerator, long denominator) {
		Tally tally = new Tally(kpi, Breakdown.ALL, false);
		tally.numerator = numerator;
		tally.denominator = denominator;
		return tally;
	}

	/** Met over met plus breached, among the agreement's cycles stopped in the period; overall, per metric, per priority. */
	private static List<KpiFigure> compliance(Kpi kpi, Agreement agreement, Period period, List<KpiFact> facts, boolean withItems) {
		Tally all = new Tally(kpi, Breakdown.ALL, withItems);
		Map<Metric, Tally> perMetric = new EnumMap<>(Metric.class);
		Map<Metric, Map<Priority, Tally>> perPriority = new EnumMap<>(Metric.class);
		for (Metric metric : Metric.values()) {
			perMetric.put(metric, new Tally(kpi, Breakdown.of(metric, null), withItems));
			Map<Priority, Tally> priorities = new EnumMap<>(Priority.class);
			for (Priority priority : Priority.values()) {
				priorities.put(priority, new Tally(kpi, Breakdown.of(metric, priority), withItems));
			}
			perPriority.put(metric, priorities);
		}
		for (KpiFact cycle : in(period, facts, Kind.CYCLE)) {
			if (cycle.agreement() != agreement || cycle.metric() == null || cycle.priority() == null) {
				continue;
			}
			all.count(cycle.item(), cycle.hit());
			perMetric.get(cycle.metric()).count(cycle.item(), cycle.hit());
			perPriority.get(cycle.metric()).get(cycle.priority()).count(cycle.item(), cycle.hit());
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
	private static List<KpiFigure> acknowledgement(Period period, List<KpiFact> facts, boolean withItems) {
		Tally business = new Tally(Kpi.MTTA_BUSINESS, Breakdown.ALL, withItems);
		Tally calendar = new Tally(Kpi.MTTA_CALENDAR, Breakdown.ALL, withItems);
		for (KpiFact reply : in(period, facts, Kind.REPLY)) {
			business.add(reply.item(), reply.amount());
			calendar.add(reply.item(), reply.amount2());
		}
		return List.of(business.mean(0), calendar.mean(0));
	}

	/** Tickets and tasks resolved in the period: creation to their last resolution in the period. */
	private static List<KpiFigure> resolution(Period period, List<KpiFact> facts, boolean withItems) {
		Tally business = new Tally(Kpi.MTTR_BUSINESS, Breakdown.ALL, withItems);
		Tally calendar = new Tally(Kpi.MTTR_CALENDAR, Breakdown.ALL, withItems);
		for (KpiFact resolved : in(period, facts, Kind.RESOLUTION)) {
			if (resolved.lastIn(period)) {
				business.add(resolved.item(), resolved.amount());
				calendar.add(resolved.item(), resolved.amount2());
			}
		}
		return List.of(business.mean(0), calendar.mean(0));
	}

	/** Items created before the period's end and neither RESOLVED nor CLOSED then; all, and by age. */
	private static List<KpiFigure> backlog(Period period, List<KpiFact> facts, boolean withItems) {
		Tally all = new Tally(Kpi.BACKLOG, Breakdown.ALL, withItems);
		Map<AgeBucket, Tally> ages = new EnumMap<>(AgeBucket.class);
		for (AgeBucket bucket : AgeBucket.values()) {
			ages.put(bucket, new Tally(Kpi.BACKLOG_AGE, Breakdown.of(bucket), withItems));
		}
		for (KpiFact span : facts) {
			if (span.kind() == Kind.OPEN && span.openAt(period.to())) {
				Instant created = span.previousAt() == null ? span.at() : span.previousAt();
				all.count(span.item(), true);
				ages.get(AgeBucket.of(Duration.between(created, period.to()))).count(span.item(), true);
			}
		}
		List<KpiFigure> figures = new ArrayList<>();
		figures.add(all.count());
		ages.values().forEach(tally -> figures.add(tally.count()));
		return figures;
	}

	/** Of the tickets and tasks resolved in the period, those reopened after their first resolution in it. */
	private static KpiFigure reopenRate(Period period, List<KpiFact> facts, boolean withItems) {
		Tally tally = new Tally(Kpi.REOPEN_RATE, Breakdown.ALL, withItems);
		for (KpiFact resolved : in(period, facts, Kind.RESOLUTION)) {
			if (resolved.firstIn(period)) {
				tally.count(resolved.item(), resolved.hit());
			}
		}
		return tally.percent();
	}

	/** Deliverables accepted in the period: first time right, and on time where they have a due date. */
	private static List<KpiFigure> deliveries(Period period, List<KpiFact> facts, boolean withItems) {
		Tally firstTimeRight = new Tally(Kpi.FIRST_TIME_RIGHT, Breakdown.ALL, withItems);
		Tally onTime = new Tally(Kpi.ON_TIME_DELIVERY, Breakdown.ALL, withItems);
		for (KpiFact accepted : in(period, facts, Kind.ACCEPTANCE)) {
			firstTimeRight.count(accepted.item(), accepted.hit());
			if (accepted.onTime() != null) {
				onTime.count(accepted.item(), accepted.onTime());
			}
		}
		return List.of(firstTimeRight.percent(), onTime.percent());
	}

	/** The mean score of the surveys answered in the period; the share answered of those asked in it. */
	private static List<KpiFigure> satisfaction(Period period, List<KpiFact> facts, boolean withItems) {
		Tally average = new Tally(Kpi.CSAT, Breakdown.ALL, withItems);
		Tally response = new Tally(Kpi.CSAT_RESPONSE_RATE, Breakdown.ALL, withItems);
		for (KpiFact answer : in(period, facts, Kind.ANSWER)) {
			average.add(answer.item(), answer.amount());
		}
		for (KpiFact survey : in(period, facts, Kind.SURVEY)) {
			response.count(survey.item(), survey.hit());
		}
		return List.of(average.mean(2), response.percent());
	}

	/** Tickets and tasks resolved in the period, and deliverables accepted in it, each item once. */
	private static KpiFigure throughput(Period period, List<KpiFact> facts, boolean withItems) {
		Tally tally = new Tally(Kpi.THROUGHPUT, Breakdown.ALL, withItems);
		for (KpiFact fact : facts) {
			if (period.contains(fact.at()) && (fact.kind() == Kind.ACCEPTANCE
					|| fact.kind() == Kind.RESOLUTION && fact.firstIn(period))) {
				tally.count(fact.item(), true);
			}
		}
		return tally.count();
	}

	/** Minutes logged on days of the period against the budget's minutes; their cost at the day rate against its money. */
	private static List<KpiFigure> budget(Period period, List<KpiFact> facts, @Nullable Budget budget, boolean withItems) {
		long minutes = 0;
		Set<UUID> items = new LinkedHashSet<>();
		for (KpiFact entry : in(period, facts, Kind.TIME)) {
			minutes += entry.amount();
			items.add(entry.item());
		}
		BigDecimal logged = BigDecimal.valueOf(minutes);
		if (budget == null) {
			return List.of(amounts(Kpi.LOGGED_TIME_VS_BUDGET, logged, null, items, withItems),
					amounts(Kpi.COST_VS_BUDGET, null, null, items, withItems));
		}
		BigDecimal cost = logged.multiply(budget.dayRate())
			.divide(BigDecimal.valueOf(budget.dayMinutes()), 2, RoundingMode.HALF_UP);
		return List.of(amounts(Kpi.LOGGED_TIME_VS_BUDGET, logged, BigDecimal.valueOf(budget.minutes()), items, withItems),
				amounts(Kpi.COST_VS_BUDGET, cost, budget.money(), items, withItems));
	}

	/** The facts of a kind whose instant is in the period, in their order. */
	private static List<KpiFact> in(Period period, List<KpiFact> facts, Kind kind) {
		return facts.stream().filter(f -> f.kind() == kind && period.contains(f.at())).toList();
	}

	private static KpiFigure amounts(Kpi kpi, @Nullable BigDecimal numerator, @Nullable BigDecimal denominator,
			Set<UUID> items, boolean withItems) {
		List<UUID> behind = withItems ? List.copyOf(items) : List.of();
		return new KpiFigure(kpi, Breakdown.ALL, percent(numerator, denominator), numerator, denominator, behind,
				behind, List.of());
	}

	private static @Nullable BigDecimal percent(@Nullable BigDecimal numerator, @Nullable BigDecimal denominator) {
		if (numerator == null || denominator == null || denominator.signum() == 0) {
			return null;
		}
		return numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
	}




	/** Adds up one figure: records counted (for a ratio, whether each is in the numerator) or amounts averaged. */
	private static final class Tally {

		private final Kpi kpi;
		private final Breakdown breakdown;
		private final boolean withItems;
		private long numerator;
		private long denominator;
		private final Set<UUID> items = new LinkedHashSet<>();
		private final Set<UUID> hits = new LinkedHashSet<>();
		private final Set<UUID> others = new LinkedHashSet<>();

		/** With {@code withItems} false, without the item ids behind the figure (its value and counts only). */
		Tally(Kpi kpi, Breakdown breakdown, boolean withItems) {
			this.kpi = kpi;
			this.breakdown = breakdown;
			this.withItems = withItems;
		}

		void count(UUID item, boolean hit) {
			denominator++;
			if (hit) {
				numerator++;
			}
			if (withItems) {
				items.add(item);
				(hit ? hits : others).add(item);
			}
		}

		void add(UUID item, long amount) {
			denominator++;
			numerator = Math.addExact(numerator, amount);
			if (withItems) {
				items.add(item);
				hits.add(item);
			}
		}

		KpiFigure percent() {
			BigDecimal num = BigDecimal.valueOf(numerator);
			BigDecimal den = BigDecimal.valueOf(denominator);
			return figure(Kpis.percent(num, den), num, den);
		}

		KpiFigure mean(int scale) {
			BigDecimal num = BigDecimal.valueOf(numerator);
			BigDecimal den = BigDecimal.valueOf(denominator);
			BigDecimal value = denominator == 0 ? null : num.divide(den, scale, RoundingMode.HALF_UP);
			return figure(value, num, den);
		}

		/**
		 * How many items: without their ids, the records counted, which are the items for the counts (an item has one
		 * open span at an instant, one first resolution or one acceptance in a period).
		 */
		KpiFigure count() {
			return figure(BigDecimal.valueOf(withItems ? items.size() : denominator), null, null);
		}

		private KpiFigure figure(@Nullable BigDecimal value, @Nullable BigDecimal num, @Nullable BigDecimal den) {
			return new KpiFigure(kpi, breakdown, value, num, den, List.copyOf(items), List.copyOf(hits),
					List.copyOf(others));
		}
	}
}
