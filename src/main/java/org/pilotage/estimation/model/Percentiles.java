package org.pilotage.estimation.model;

/** P10, P50 and P90 of a Monte Carlo distribution (nearest-rank), with {@code p10 ≤ p50 ≤ p90}. */
public record Percentiles(double p10, double p50, double p90) {

	public Percentiles {
		if (!(p10 <= p50 && p50 <= p90)) {
			throw new IllegalArgumentException("percentiles out of order");
		}
	}
}
