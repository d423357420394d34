package org.pilotage.governance;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What a supplier is scored on over a period: the KPI numerators and denominators of its engagements (one tally per
 * engagement, or per group of engagements already added up), and the dependency-risk warnings of each of its
 * engagements in force. Tallies are added up numerator to numerator and denominator to denominator, never by
 * averaging their percentages.
 *
 * @param engagements how many engagements the measures cover
 */
public record SupplierMeasures(UUID provider, String name, int engagements, List<Tally> tallies, List<Risk> risks) {

	public SupplierMeasures {
		tallies = List.copyOf(tallies);
		risks = List.copyOf(risks);
	}

	/** A numerator over a denominator; a denominator of 0 is nothing to measure. */
	public record Ratio(BigDecimal numerator, BigDecimal denominator) {

		public static final Ratio NONE = new Ratio(BigDecimal.ZERO, BigDecimal.ZERO);

		public Ratio {
			if (numerator.signum() < 0 || denominator.signum() < 0) {
				throw new IllegalArgumentException("a ratio of counts is not negative: " + numerator + "/" + denominator);
			}
		}

		public static Ratio of(long numerator, long denominator) {
			return new Ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
		}

		public Ratio plus(Ratio other) {
			return new Ratio(numerator.add(other.numerator), denominator.add(other.denominator));
		}

		public boolean isEmpty() {
			return denominator.signum() == 0;
		}
	}

	/**
	 * The KPI figures of engagements over the period as their numerators and denominators: SLA cycles met of those
	 * stopped, deliverables accepted first time of those accepted, items reopened of those resolved, the sum of the
	 * satisfaction scores (1 to 5) of the answers, deliverables accepted on time of those with a due date.
	 */
	public record Tally(Ratio slaCompliance, Ratio firstTimeRight, Ratio reopenRate, Ratio csat, Ratio onTimeDelivery) {

		public static final Tally NONE = new Tally(Ratio.NONE, Ratio.NONE, Ratio.NONE, Ratio.NONE, Ratio.NONE);
	}

	/** The dependency-risk warnings of one engagement in force: how many at each level. */
	public record Risk(UUID engagement, int warnings, int critical) {

		public Risk {
			if (warnings < 0 || critical < 0) {
				throw new IllegalArgumentException("a number of warnings is not negative");
			}
		}
	}
}
