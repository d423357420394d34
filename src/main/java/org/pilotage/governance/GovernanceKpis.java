package org.pilotage.governance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.Engagements;
import org.pilotage.engagement.ProviderEngagementView;
import org.pilotage.engagement.Rate;
import org.pilotage.governance.KpiInputs.Budget;
import org.pilotage.identity.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The KPI figures of engagements over a period, added up from the stored facts ({@link KpiFact}), which the
 * application keeps in step with the work: the same figures {@link Kpis#compute} gives for the same histories. For
 * other modules and the governance views, without a caller: whoever shows a figure applies its own visibility rules.
 */
@Service
public class GovernanceKpis {

	/** Minutes in a budgeted day: a day rate buys eight hours. */
	static final int DAY_MINUTES = 480;

	private final KpiFactStore facts;
	private final KpiRollups rollups;
	private final KpiRecorder recorder;
	private final GovernanceScopes scopes;
	private final Engagements engagements;
	private final Clock clock;

	GovernanceKpis(KpiFactStore facts, KpiRollups rollups, KpiRecorder recorder, GovernanceScopes scopes,
			Engagements engagements, Clock clock) {
		this.facts = facts;
		this.rollups = rollups;
		this.recorder = recorder;
		this.scopes = scopes;
		this.engagements = engagements;
		this.clock = clock;
	}

	/** Where the engagement's days start: its client's time zone. */
	public ZoneId zoneOf(UUID engagementId) {
		return scopes.zoneOf(engagementId);
	}

	/** The engagement's figures over the period, its budget for the period included. */
	@Transactional(readOnly = true)
	public KpiFigures figures(UUID engagementId, Period period) {
		return Kpis.aggregate(period, KpiFactStore.inOrderMet(facts.of(Set.of(engagementId), period, null)),
				budget(engagementId, period));
	}

	/**
	 * The figures of several engagements together (a portfolio), or of one person's work on them, without a budget:
	 * numerators and denominators add up across engagements.
	 */
	@Transactional(readOnly = true)
	public KpiFigures figures(Collection<UUID> engagementIds, Period period, @Nullable UUID person) {
		return Kpis.aggregate(period, KpiFactStore.inOrderMet(facts.of(engagementIds, period, person)), null);
	}

	/**
	 * The engagement's figures of consecutive periods, each with its budget, values only (without the item ids behind
	 * them): a period that is over from its stored figures ({@link KpiRollups}; computed and stored at its first read),
	 * the others added up from the facts, those of every period to compute read at once. The figures of some periods
	 * may be {@code known} to the caller already; {@code budgets} are the engagement's ({@link #budgets}), or null for a
	 * caller that does not read the figures against the budget (they are then without a value). Outside of a
	 * transaction, so that what is computed can be stored.
	 */
	List<KpiFigures> values(UUID engagementId, List<Period> periods, Map<Period, KpiFigures> known,
			@Nullable Function<Period, @Nullable Budget> budgets) {
		Instant now = clock.instant();
		List<@Nullable KpiFigures> found = new ArrayList<>();
		List<Period> missing = new ArrayList<>();
		for (Period period : periods) {
			KpiFigures stored = known.containsKey(period) ? known.get(period)
					: !closed(period, now) ? null
							: budgets == null ? rollups.findWithAnyBudget(engagementId, period).orElse(null)
									: rollups.find(engagementId, period, budgets.apply(period)).orElse(null);
			found.add(stored);
			if (stored == null) {
				missing.add(period);
			}
		}
		if (missing.isEmpty()) {
			return List.copyOf(found);
		}
		// noted before the facts are read: what they give is stored only if no change came in between
		Long stamp = rollups.stamp(engagementId);
		Instant from = missing.stream().map(Period::from).min(Instant::compareTo).orElseThrow();
		Instant to = missing.stream().map(Period::to).max(Instant::compareTo).orElseThrow();
		Function<Period, @Nullable Budget> budgetOf = budgets == null ? period -> null : budgets;
		List<KpiFigures> computed = Kpis.trend(missing,
				facts.of(Set.of(engagementId), new Period(from, to, missing.get(0).zone()), null), budgetOf);
		List<KpiRollups.Computed> closed = new ArrayList<>();
		List<KpiFigures> figures = new ArrayList<>();
		int next = 0;
		for (int i = 0; i < periods.size(); i++) {
			KpiFigures one = found.get(i);
			if (one == null) {
				one = computed.get(next++);
				if (closed(periods.get(i), now)) {
					closed.add(new KpiRollups.Computed(periods.get(i), budgetOf.apply(periods.get(i)), one));
				}
			}
			figures.add(one);
		}
		rollups.store(engagementId, stamp, closed);
		return figures;
	}

	/** Whether the period is over: nothing can happen in it any more, only change what was recorded. */
	private static boolean closed(Period period, Instant now) {
		return !period.to().isAfter(now);
	}

	/**
	 * The {@link Kpis#HEADLINES} figures of each engagement over the same period (a portfolio's), their sums added up
	 * by the database in one read: values only, without a breakdown.
	 */
	Map<UUID, KpiFigures> headlines(Collection<UUID> engagementIds, Period period) {
		Map<UUID, Kpis.Sums> sums = facts.headlineSums(engagementIds, period);
		Map<UUID, KpiFigures> figures = new java.util.HashMap<>();
		for (UUID id : engagementIds) {
			figures.put(id, Kpis.headlines(period, sums.getOrDefault(id, Kpis.Sums.NONE)));
		}
		return figures;
	}

	/** The facts of one engagement for a span of periods (of one person's work when {@code person} is given). */
	@Transactional(readOnly = true)
	List<KpiFact> facts(UUID engagementId, Period span, @Nullable UUID person) {
		return facts.of(Set.of(engagementId), span, person);
	}

	/** Derives the engagement's facts again from its items' events; how many items were read. */
	@Transactional
	public int recompute(UUID engagementId) {
		return recorder.rebuild(engagementId);
	}

	/** The engagement's budget of any period, its terms read once. */
	Function<Period, @Nullable Budget> budgets(UUID engagementId) {
		Caller platform = Caller.platform();
		if (engagements.audience(platform, engagementId).isEmpty()
				|| !(engagements.get(platform, engagementId) instanceof ProviderEngagementView view)) {
			return period -> null;
		}
		return period -> budget(view, period);
	}

	/**
	 * The engagement's budget over the period: its monthly fee for each day of the period in a month (a BPO), or its
	 * total budget spread evenly over its days from start to end (a mission); money turned into minutes at the mean
	 * of its contract day rates. None without a fee or budget, without rates, or outside its dates.
	 */
	@Nullable
	Budget budget(UUID engagementId, Period period) {
		return budgets(engagementId).apply(period);
	}

	static @Nullable Budget budget(ProviderEngagementView view, Period period) {
		List<Rate> rates = view.rates();
		if (rates.isEmpty()) {
			return null;
		}
		LocalDate first = period.from().atZone(period.zone()).toLocalDate();
		LocalDate end = period.to().atZone(period.zone()).toLocalDate();
		if (view.startDate() != null && view.startDate().isAfter(first)) {
			first = view.startDate();
		}
		if (view.endDate() != null && !view.endDate().plusDays(1).isAfter(end)) {
			end = view.endDate().plusDays(1);
		}
		if (!end.isAfter(first)) {
			return null;
		}
		BigDecimal money;
		if (view.monthlyFee() != null) {
			money = BigDecimal.ZERO;
			for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
				money = money.add(view.monthlyFee().divide(BigDecimal.valueOf(day.lengthOfMonth()), 10,
						RoundingMode.HALF_UP));
			}
		}
		else if (view.budget() != null && view.startDate() != null && view.endDate() != null) {
			long days = ChronoUnit.DAYS.between(view.startDate(), view.endDate().plusDays(1));
			money = view.budget().multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(first, end)))
				.divide(BigDecimal.valueOf(days), 10, RoundingMode.HALF_UP);
		}
		else {
			return null;
		}
		money = money.setScale(2, RoundingMode.HALF_UP);
		BigDecimal dayRate = rates.stream()
			.map(Rate::dayRate)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(rates.size()), 2, RoundingMode.HALF_UP);
		if (dayRate.signum() == 0) {
			return null;
		}
		long minutes = money.multiply(BigDecimal.valueOf(DAY_MINUTES)).divide(dayRate, 0, RoundingMode.DOWN)
			.longValueExact();
		return new Budget(minutes, money, view.currency(), dayRate, DAY_MINUTES);
	}
}
