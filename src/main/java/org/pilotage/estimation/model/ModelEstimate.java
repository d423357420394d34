package org.pilotage.estimation.model;

import java.util.List;
import java.util.Map;

/**
 * One delivery model's answer, amounts in EUR at the point values of the parameters.
 *
 * @param totalCost sum of the breakdown over the whole duration
 * @param monthlyCost {@code totalCost / D}
 * @param deliveredDays days of work delivered after ramp-up and vacancy losses, floored at 0
 * @param costPerDeliveredDay {@code totalCost / deliveredDays}; infinite when nothing is delivered
 * @param timeToStartDays calendar days before work starts
 * @param overlapHours the smallest daily overlap of any row with the client's working day
 * @param overlapBelowRequired whether some row has less overlap than the scenario requires
 * @param savingsVersusInHouse IN_HOUSE total minus this total (negative: this model costs more)
 * @param breakdown cost per component, in the order of {@link CostComponent}, summing to the total
 * @param cumulativeCostByMonth cost paid by the end of month 1, 2, … D (the last equals the total)
 * @param totalCostRange Monte Carlo P10/P50/P90 of the total cost
 * @param costPerDeliveredDayRange Monte Carlo P10/P50/P90 of the cost per delivered day
 * @param rows per-row results, in the order of the scenario's team
 */
public record ModelEstimate(DeliveryModel model, double totalCost, double monthlyCost, double deliveredDays,
		double costPerDeliveredDay, double timeToStartDays, double overlapHours, boolean overlapBelowRequired,
		double savingsVersusInHouse, Map<CostComponent, Double> breakdown, List<Double> cumulativeCostByMonth,
		Percentiles totalCostRange, Percentiles costPerDeliveredDayRange, List<RowResult> rows) {

	public ModelEstimate {
		breakdown = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(breakdown));
		cumulativeCostByMonth = List.copyOf(cumulativeCostByMonth);
		rows = List.copyOf(rows);
	}
}
