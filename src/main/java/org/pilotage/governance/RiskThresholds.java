package org.pilotage.governance;

/**
 * Where a dependency-risk figure raises a warning, and where the warning turns critical: percents of resolved items or
 * logged time held by the top person, of resolved items linked to the knowledge base, of a client's spend with its
 * biggest provider, and points of exit readiness. A share raises its warning when it is above the threshold (coverage
 * and readiness: below it); a value on the threshold raises none.
 */
public record RiskThresholds(int keyPersonWarning, int keyPersonCritical, int coverageWarning, int coverageCritical,
		int vendorWarning, int vendorCritical, int exitWarning, int exitCritical) {

	/**
	 * The defaults: the top person holds more than half of the resolved items or of the logged time (more than three
	 * quarters: critical); less than 30 % of resolved items are linked to an article or a runbook (less than 10 %);
	 * more than 70 % of a client's spend goes to one provider (more than 90 %); exit readiness below 50 points
	 * (below 25).
	 */
	public static final RiskThresholds DEFAULTS = new RiskThresholds(50, 75, 30, 10, 70, 90, 50, 25);

	public RiskThresholds {
		if (keyPersonCritical < keyPersonWarning || coverageCritical > coverageWarning
				|| vendorCritical < vendorWarning || exitCritical > exitWarning) {
			throw new IllegalArgumentException("a critical threshold lies beyond its warning threshold");
		}
	}
}
