package org.pilotage.engagement;

/**
 * What is bought: a mission with a scope and deliverables ({@code SUBCONTRACTING}), a whole function run by the
 * provider ({@code BPO}), or both in one contract ({@code HYBRID}).
 */
public enum EngagementKind {

	SUBCONTRACTING, BPO, HYBRID;

	/** Whether the mission's terms (end date, budget) apply. */
	public boolean hasMission() {
		return this != BPO;
	}

	/** Whether the function's terms (function, monthly fee, renewal, notice) apply. */
	public boolean hasFunction() {
		return this != SUBCONTRACTING;
	}
}
