package org.pilotage.estimation.model;

/**
 * The figures of one country for one role and seniority, in EUR: annual gross salary {@code S}, employer
 * charges {@code c} as a share of it, yearly overhead {@code o}, billable days a year {@code B}, and its working
 * hours.
 */
public record Place(String country, double annualSalary, double employerCharges, double annualOverhead,
		double billableDays, WorkingHours hours) {

	public Place {
		if (annualSalary < 0 || employerCharges < 0 || annualOverhead < 0 || billableDays <= 0) {
			throw new IllegalArgumentException("place figures must be positive: " + country);
		}
	}

	/** {@code loaded = S × (1 + c) + o}, per year. */
	public double loaded() {
		return annualSalary * (1 + employerCharges) + annualOverhead;
	}

	/** {@code dayCost = loaded / B}. */
	public double dayCost() {
		return loaded() / billableDays;
	}
}
