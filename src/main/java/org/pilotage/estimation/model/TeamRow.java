package org.pilotage.estimation.model;

/**
 * One row of the team: {@code count} people of a role and seniority at a provider location. {@code client} holds
 * the figures of the client's country for the same role and seniority (for IN_HOUSE), {@code provider} those of
 * the provider location, and {@code freelanceDayRate} the day rate {@code d_L} in EUR (the caller derives it as
 * {@code dayCost_L × (1 + a)} where no figure exists).
 */
public record TeamRow(String role, String seniority, int count, Place client, Place provider,
		double freelanceDayRate) {

	public TeamRow {
		if (count < 1 || freelanceDayRate < 0) {
			throw new IllegalArgumentException("a row needs at least one person and a day rate");
		}
	}
}
