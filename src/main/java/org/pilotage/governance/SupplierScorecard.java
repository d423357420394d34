package org.pilotage.governance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pilotage.governance.SupplierMeasures.Ratio;
import org.pilotage.governance.SupplierMeasures.Risk;
import org.pilotage.governance.SupplierMeasures.Tally;
import org.pilotage.governance.SupplierScore.Part;

/**
 * The supplier scorecard: one score per provider from its measures, so that providers compare on one scale. Plain
 * Java, a pure function of its inputs, like {@link Kpis} and {@link DependencyRisk}.
 *
 * <p>Each component is turned into points from 0 to 100, from the numerators and denominators added up across the
 * provider's engagements (never an average of their percentages):
 * <ul>
 * <li>SLA compliance, first time right and on-time delivery: the percentage as it is, met (or right, or on time) ÷
 * all × 100;</li>
 * <li>reopen rate: 100 − the rate, (resolved − reopened) ÷ resolved × 100;</li>
 * <li>satisfaction: (mean score − 1) ÷ 4 × 100, so 1 out of 5 is 0 points and 5 out of 5 is 100;</li>
 * <li>risk: 100 − the mean penalty of its engagements in force, where an engagement's penalty is 10 points per
 * warning and 25 per critical warning of its dependency risk (at most 100).</li>
 * </ul>
 * A component's points are rounded half up to two decimals. The score is the weighted mean of the points of the
 * components with data, Σ weight × points ÷ Σ weight, rounded half up to one decimal: a component without data
 * (nothing measured in the period) leaves its weight out, and the card says it was re-weighted. No component with
 * data, no score.
 */
public final class SupplierScorecard {

	/** Penalty points of a warning of an engagement's dependency risk. */
	public static final int WARNING_POINTS = 10;

	/** Penalty points of a critical warning. */
	public static final int CRITICAL_POINTS = 25;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private SupplierScorecard() {
	}

	/** The suppliers' scores, the best first, each with its place; equal scores share a place. */
	public static List<SupplierScore> rank(List<SupplierMeasures> suppliers, ScorecardWeights weights) {
		List<SupplierScore> scores = new ArrayList<>(suppliers.stream().map(s -> score(s, weights)).toList());
		scores.sort(Comparator.comparing(SupplierScore::score, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(SupplierScore::name)
			.thenComparing(SupplierScore::provider));
		List<SupplierScore> ranked = new ArrayList<>();
		BigDecimal previous = null;
		Integer previousPlace = null;
		for (int i = 0; i < scores.size(); i++) {
			SupplierScore score = scores.get(i);
			Integer place = null;
			if (score.score() != null) {
				place = previous != null && score.score().compareTo(previous) == 0 ? previousPlace : i + 1;
				previous = score.score();
				previousPlace = place;
			}
			ranked.add(score.ranked(place));
		}
		return ranked;
	}

	/** One supplier's score, not ranked. */
	public static SupplierScore score(SupplierMeasures supplier, ScorecardWeights weights) {
		Tally total = Tally.NONE;
		for (Tally tally : supplier.tallies()) {
			total = new Tally(total.slaCompliance().plus(tally.slaCompliance()),
					total.firstTimeRight().plus(tally.firstTimeRight()), total.reopenRate().plus(tally.reopenRate()),
					total.csat().plus(tally.csat()), total.onTimeDelivery().plus(tally.onTimeDelivery()));
		}
		long penalty = 0;
		for (Risk risk : supplier.risks()) {
			penalty += penalty(risk);
		}
		Ratio risk = Ratio.of(penalty, supplier.risks().size());
		List<Ratio> figures = List.of(total.slaCompliance(), total.firstTimeRight(), total.reopenRate(), total.csat(),
				total.onTimeDelivery(), risk);
		List<@Nullable BigDecimal> points = Arrays.asList(percent(total.slaCompliance()), percent(total.firstTimeRight()),
				notReopened(total.reopenRate()), satisfaction(total.csat()), percent(total.onTimeDelivery()),
				riskPoints(risk));

		BigDecimal weighed = BigDecimal.ZERO;
		BigDecimal weightWithData = BigDecimal.ZERO;
		boolean missing = false;
		ScorecardComponent[] components = ScorecardComponent.values();
		for (int i = 0; i < components.length; i++) {
			BigDecimal weight = weights.of(components[i]);
			if (points.get(i) == null) {
				missing |= weight.signum() > 0;
				continue;
			}
			weighed = weighed.add(weight.multiply(points.get(i)));
			weightWithData = weightWithData.add(weight);
		}
		BigDecimal score = weightWithData.signum() == 0 ? null
				: weighed.divide(weightWithData, 1, RoundingMode.HALF_UP);
		List<Part> parts = new ArrayList<>();
		for (int i = 0; i < components.length; i++) {
			BigDecimal weight = weights.of(components[i]);
			BigDecimal applied = points.get(i) == null || weightWithData.signum() == 0 ? null
					: weight.multiply(HUNDRED).divide(weightWithData, 2, RoundingMode.HALF_UP);
			parts.add(new Part(components[i], weight, applied, points.get(i), figures.get(i).numerator(),
					figures.get(i).denominator()));
		}
		return new SupplierScore(supplier.provider(), supplier.name(), supplier.engagements(), score, null,
				missing && score != null, parts);
	}

	/** An engagement's penalty: 10 points per warning, 25 per critical warning, at most 100. */
	public static int penalty(Risk risk) {
		return (int) Math.min(100, (long) WARNING_POINTS * risk.warnings() + (long) CRITICAL_POINTS * risk.critical());
	}

	private static @Nullable BigDecimal percent(Ratio ratio) {
		return ratio.isEmpty() ? null : points(ratio.numerator().multiply(HUNDRED), ratio.denominator());
	}

	private static @Nullable BigDecimal notReopened(Ratio reopened) {
		return reopened.isEmpty() ? null
				: points(reopened.denominator().subtract(reopened.numerator()).multiply(HUNDRED), reopened.denominator());
	}

	/** (sum ÷ answers − 1) ÷ 4 × 100 = (sum − answers) × 25 ÷ answers. */
	private static @Nullable BigDecimal satisfaction(Ratio scores) {
		return scores.isEmpty() ? null
				: points(scores.numerator().subtract(scores.denominator()).multiply(BigDecimal.valueOf(25)),
						scores.denominator());
	}

	private static @Nullable BigDecimal riskPoints(Ratio penalty) {
		return penalty.isEmpty() ? null
				: points(penalty.denominator().multiply(HUNDRED).subtract(penalty.numerator()), penalty.denominator());
	}

	/** Points on 0 to 100, rounded half up to two decimals. */
	private static BigDecimal points(BigDecimal numerator, BigDecimal denominator) {
		BigDecimal value = numerator.divide(denominator, 2, RoundingMode.HALF_UP);
		return value.max(BigDecimal.ZERO.setScale(2)).min(HUNDRED.setScale(2));
	}
}
