package org.pilotage.governance;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * How much each component weighs in a supplier's score. The weights need not add up to 100: a score divides by the
 * weights of the components that have data, so a component without data leaves its weight out and the others keep
 * their proportions.
 */
public record ScorecardWeights(Map<ScorecardComponent, BigDecimal> weights) {

	/**
	 * The defaults: SLA compliance 35, quality 25 (first time right and the reopen rate, 12.5 each), satisfaction 20,
	 * on-time delivery 10, risk 10; 100 in all.
	 */
	public static final ScorecardWeights DEFAULTS = new ScorecardWeights(Map.of(ScorecardComponent.SLA_COMPLIANCE,
			new BigDecimal("35"), ScorecardComponent.FIRST_TIME_RIGHT, new BigDecimal("12.5"),
			ScorecardComponent.REOPEN_RATE, new BigDecimal("12.5"), ScorecardComponent.CSAT, new BigDecimal("20"),
			ScorecardComponent.ON_TIME_DELIVERY, new BigDecimal("10"), ScorecardComponent.RISK, new BigDecimal("10")));

	public ScorecardWeights {
		Map<ScorecardComponent, BigDecimal> copy = new EnumMap<>(ScorecardComponent.class);
		for (ScorecardComponent component : ScorecardComponent.values()) {
			BigDecimal weight = weights.get(component);
			if (weight == null || weight.signum() < 0) {
				throw new IllegalArgumentException("every component has a weight of 0 or more: " + component);
			}
			copy.put(component, weight);
		}
		weights = java.util.Collections.unmodifiableMap(copy);
	}

	public BigDecimal of(ScorecardComponent component) {
		return weights.get(component);
	}
}
