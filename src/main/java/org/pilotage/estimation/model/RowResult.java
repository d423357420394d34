package org.pilotage.estimation.model;

/**
 * One team row under one model: its cost and delivered days at the point values, the overlap between the
 * provider's and the client's working day, and the coordination factor it was charged with (dedicated team:
 * {@code k} plus {@code k_tz} per missing hour of overlap; {@code 1} for the other models).
 */
public record RowResult(String role, String seniority, int count, double totalCost, double deliveredDays,
		double overlapHours, double coordinationFactor) {
}
