package org.pilotage.estimation.model;

/** The parts a model's total cost is broken down into; a model uses only the ones that apply to it. */
public enum CostComponent {
	/** {@code n × S × D/12}, in-house gross salaries. */
	SALARIES,
	/** {@code n × S × c × D/12}. */
	EMPLOYER_CHARGES,
	/** {@code n × o × D/12}. */
	OVERHEAD,
	/** {@code f × S} per hire, initial hires and replacements. */
	RECRUITMENT,
	/** What the freelancers bill: {@code n × d_L × B_L × D/12}. */
	FREELANCE_RATES,
	/** {@code φ} on the freelance rates. */
	PLATFORM_FEES,
	/** {@code a} on the freelance rates. */
	AGENCY_MARGIN,
	/** Provider staff at cost: {@code n × dayCost_L × B_L × D/12}. */
	PROVIDER_STAFF,
	/** {@code a_p} on the provider's staff cost. */
	PROVIDER_MARGIN,
	/** The part added by {@code k − 1} (dedicated team). */
	REMOTE_COORDINATION,
	/** The part added by {@code s} (BPO). */
	SERVICE_MANAGEMENT,
	/** {@code τ} months of the BPO run cost, once. */
	TRANSITION
}
