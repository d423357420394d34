package org.pilotage.governance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a contract says about service credits: a monthly fee {@code F} in a currency, the share {@code A} of it at risk
 * (a percentage, 12 for 12 %; the monthly pool, and so the cap on a month's credits, is {@code F × A}), the critical
 * service levels that earn credits, the KPIs only reported, and the bands that turn a measure into a share of a
 * level's allocation.
 *
 * <p>
 * Allocations are percentages of the pool. They add up to {@code allocationTotal}, 100 % by default; a contract may
 * over-allocate the pool (say 150 %) so that several failures in one month reach the cap, as many outsourcing
 * contracts do. Nothing here is checked on construction: {@link ServiceCredits#problems(CreditContract)} names every
 * bad field at once, a missing one included.
 *
 * @param currency an ISO 4217 code, the credits are rounded to its minor unit
 * @param monthlyFee {@code F}, at least zero
 * @param atRiskShare {@code A} in percent, 0 to 100
 * @param allocationTotal what the levels' allocations add up to, in percent: 100 unless the pool is over-allocated
 * @param levels the critical service levels, each with its allocation
 * @param reported codes of the KPIs shown on the statement without credit
 * @param bands from the best (holding a measure that meets the target) to the worst (open-ended)
 */
record CreditContract(String currency, BigDecimal monthlyFee, BigDecimal atRiskShare,
		BigDecimal allocationTotal, List<ServiceLevel> levels, List<String> reported, List<Band> bands) {

	/** Allocations add up to 100 % unless the contract says otherwise. */
	public static final BigDecimal FULL_POOL = BigDecimal.valueOf(100);

	/**
	 * The default rule: no credit when the measure meets the target, half the level's allocation between the minimum
	 * and the target (the minimum included), all of it below the minimum.
	 */
	public static final List<Band> DEFAULT_BANDS = List.of(new Band("target-met", BigDecimal.ZERO, BigDecimal.ZERO),
			new Band("below-target", BigDecimal.ONE, new BigDecimal("0.5")),
			new Band("below-minimum", null, BigDecimal.ONE));

	/** Copies the lists; a missing field or element is kept as it is, for the validation to name it. */
	public CreditContract {
		levels = copy(levels);
		reported = copy(reported);
		bands = copy(bands);
	}

	private static <T> List<T> copy(@Nullable List<T> list) {
		return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
	}

	/** A contract with the default bands and allocations adding up to 100 %. */
	public static CreditContract of(String currency, BigDecimal monthlyFee, BigDecimal atRiskShare,
			List<ServiceLevel> levels, List<String> reported) {
		return new CreditContract(currency, monthlyFee, atRiskShare, FULL_POOL, levels, reported, DEFAULT_BANDS);
	}

	/** The same contract with other bands. */
	public CreditContract withBands(List<Band> other) {
		return new CreditContract(currency, monthlyFee, atRiskShare, allocationTotal, levels, reported, other);
	}

	/** The same contract with the levels' allocations adding up to another total, in percent. */
	public CreditContract withAllocationTotal(BigDecimal total) {
		return new CreditContract(currency, monthlyFee, atRiskShare, total, levels, reported, bands);
	}

	/**
	 * A reported KPI made critical: it leaves the reported ones and joins the levels. The other levels keep their
	 * allocations, so the caller usually gives new ones with {@link #withLevels(List)} before the contract is valid.
	 */
	public CreditContract promote(ServiceLevel level) {
		List<ServiceLevel> more = new ArrayList<>(levels);
		more.add(level);
		return new CreditContract(currency, monthlyFee, atRiskShare, allocationTotal, more,
				reported.stream().filter(code -> !code.equals(level.kpi())).toList(), bands);
	}

	/** The same contract with other critical levels. */
	public CreditContract withLevels(List<ServiceLevel> other) {
		return new CreditContract(currency, monthlyFee, atRiskShare, allocationTotal, other, reported, bands);
	}

	/** Whether a greater measure is better (a compliance rate) or a smaller one (a time to repair). */
	public enum Direction {
		HIGHER_IS_BETTER, LOWER_IS_BETTER
	}

	/**
	 * A critical service level: a KPI (by its code), a target {@code T}, a minimum {@code M} (the worst acceptable
	 * measure: below {@code T} when higher is better, above it when lower is better) and an allocation {@code w}, a
	 * percentage of the pool.
	 */
	public record ServiceLevel(String kpi, Direction direction, BigDecimal target, BigDecimal minimum,
			BigDecimal allocation) {

		/** Whether {@code measure} is at least as good as {@code bound} in this level's direction. */
		boolean atLeastAsGood(BigDecimal measure, BigDecimal bound) {
			int order = measure.compareTo(bound);
			return direction == Direction.HIGHER_IS_BETTER ? order >= 0 : order <= 0;
		}
	}

	/**
	 * A band of measures and the share of a level's allocation it credits. A band reaches {@code upTo} of the way
	 * from the target to the minimum (0 is the target, 1 the minimum, 2 twice as far past the target as the
	 * minimum); the last band has no {@code upTo} and holds every worse measure. A measure on a band's bound falls
	 * in that band, the better one.
	 *
	 * @param name a bundle key suffix ({@code governance.credit.band.<name>}) or a label of the contract's own
	 * @param upTo how far the band reaches, null for the last one
	 * @param factor the share of the allocation credited, 0 to 1
	 */
	public record Band(String name, @Nullable BigDecimal upTo, BigDecimal factor) {

		/** The worst measure in this band for a level: {@code T + upTo × (M − T)}, exact (no division). */
		BigDecimal bound(ServiceLevel level) {
			BigDecimal reach = upTo == null ? BigDecimal.ZERO : upTo;
			return level.target().add(reach.multiply(level.minimum().subtract(level.target())));
		}
	}
}
