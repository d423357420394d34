package org.pilotage.talent.matching;

/**
 * Seniority levels, declared from least to most senior: the declaration order is the ranking.
 */
public enum Seniority {

	JUNIOR, CONFIRMED, SENIOR, LEAD;

	public boolean isAtLeast(Seniority other) {
		return compareTo(other) >= 0;
	}
}
