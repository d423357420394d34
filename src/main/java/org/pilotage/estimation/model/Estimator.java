package org.pilotage.estimation.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the same team costs over the same duration under each delivery model: the point estimate at the
 * parameters' values and its seeded Monte Carlo range. Amounts are EUR in {@code double}: this is a statistical
 * model run a hundred thousand times, and the caller rounds to cents at its boundary.
 */
public final class Estimator {

	private static final DeliveryModel[] MODELS = DeliveryModel.values();

	private Estimator() {
	}

	/**
	 * @throws IllegalArgumentException when a parameter is outside what the model can use, naming it
	 */
	public static Estimate estimate(Scenario scenario, Parameters parameters) {
		validate(parameters);
		CostModel.Row[] rows = rows(scenario);
		MonteCarlo range = MonteCarlo.run(rows, scenario.durationMonths(), parameters, scenario.samples(),
				scenario.seed());
		CostModel.Draw point = CostModel.Draw.point(parameters);
		double inHouseTotal = 0;
		List<ModelEstimate> models = new ArrayList<>(MODELS.length);
		for (DeliveryModel model : MODELS) {
			ModelEstimate estimate = pointEstimate(model, scenario, rows, parameters, point, inHouseTotal,
					MonteCarlo.percentiles(range.totalCost[model.ordinal()]),
					MonteCarlo.percentiles(range.costPerDeliveredDay[model.ordinal()]));
			if (model == DeliveryModel.IN_HOUSE) {
				inHouseTotal = estimate.totalCost();
			}
			models.add(estimate);
		}
		return new Estimate(models);
	}

	private static ModelEstimate pointEstimate(DeliveryModel model, Scenario scenario, CostModel.Row[] rows,
			Parameters p, CostModel.Draw point, double inHouseTotal, Percentiles totalCostRange,
			Percentiles costPerDeliveredDayRange) {
		int months = scenario.durationMonths();
		double[] components = new double[CostModel.COMPONENTS];
		double[] componentSums = new double[CostModel.COMPONENTS];
		double total = 0;
		double delivered = 0;
		double overlap = Double.POSITIVE_INFINITY;
		boolean belowRequired = false;
		List<RowResult> rowResults = new ArrayList<>(rows.length);
		for (int r = 0; r < rows.length; r++) {
			CostModel.Row row = rows[r];
			double rowDelivered = CostModel.evaluate(model, row, months, p, point, components);
			double rowTotal = CostModel.total(components);
			for (int c = 0; c < components.length; c++) {
				componentSums[c] += components[c];
			}
			total += rowTotal;
			delivered += rowDelivered;
			double rowOverlap = model == DeliveryModel.IN_HOUSE ? row.clientDayHours : row.providerOverlapHours;
			overlap = Math.min(overlap, rowOverlap);
			belowRequired |= rowOverlap < scenario.requiredOverlapHours();
			double coordination = model == DeliveryModel.DEDICATED_TEAM ? CostModel.coordinationFactor(row, p, point)
					: 1;
			TeamRow teamRow = scenario.team().get(r);
			rowResults.add(new RowResult(teamRow.role(), teamRow.seniority(), teamRow.count(), rowTotal, rowDelivered,
					rowOverlap, coordination));
		}
		Map<CostComponent, Double> breakdown = new EnumMap<>(CostComponent.class);
		for (CostComponent component : CostModel.applicable(model)) {
			breakdown.put(component, componentSums[component.ordinal()]);
		}
		double oneOff = switch (model) {
			case IN_HOUSE -> initialRecruitment(rows, p);
			case BPO -> componentSums[CostComponent.TRANSITION.ordinal()];
			default -> 0;
		};
		double savings = model == DeliveryModel.IN_HOUSE ? 0 : inHouseTotal - total;
		return new ModelEstimate(model, total, total / months, delivered,
				MonteCarlo.perDeliveredDay(total, delivered), timeToStart(model, p), overlap, belowRequired, savings,
				breakdown, cumulative(total, oneOff, months), totalCostRange, costPerDeliveredDayRange, rowResults);
	}

	/** One-off amounts fall in month 1, the rest evenly; the last month is the total itself, not a sum of parts. */
	private static List<Double> cumulative(double total, double oneOff, int months) {
		List<Double> byMonth = new ArrayList<>(months);
		for (int m = 1; m < months; m++) {
			byMonth.add(oneOff + (total - oneOff) * m / months);
		}
		byMonth.add(total);
		return byMonth;
	}

	private static double initialRecruitment(CostModel.Row[] rows, Parameters p) {
		double fees = 0;
		for (CostModel.Row row : rows) {
			fees += p.recruitmentFee() * row.clientSalary * row.count;
		}
		return fees;
	}

	private static double timeToStart(DeliveryModel model, Parameters p) {
		return switch (model) {
			case IN_HOUSE -> p.timeToHireDays();
			case FREELANCE -> p.freelanceStartDays();
			case SUBCONTRACTING -> p.agencyStartDays();
			case DEDICATED_TEAM -> p.providerStartDays();
			case BPO -> p.bpoStartDays();
		};
	}

	private static CostModel.Row[] rows(Scenario scenario) {
		CostModel.Row[] rows = new CostModel.Row[scenario.team().size()];
		WorkingHours client = scenario.clientHours();
		double clientDay = Overlap.hours(client, client, scenario.startDate());
		for (int r = 0; r < rows.length; r++) {
			TeamRow row = scenario.team().get(r);
			double overlap = Overlap.hours(client, row.provider().hours(), scenario.startDate());
			rows[r] = new CostModel.Row(row, clientDay, overlap, scenario.requiredOverlapHours());
		}
		return rows;
	}

	/**
	 * Rejects what would make the formulas meaningless: negative values, a productivity above 1, spreads that could
	 * turn a salary or a turnover negative, and a coordination triangle that does not hold its mode or goes below 1.
	 */
	private static void validate(Parameters p) {
		Map<String, Double> values = p.asMap();
		values.forEach((key, value) -> require(Double.isFinite(value) && value >= 0, key, "a finite value of 0 or more"));
		require(p.employeeRampUpProductivity() <= 1, Parameters.Keys.EMPLOYEE_RAMP_UP_PRODUCTIVITY, "at most 1");
		require(p.contractorRampUpProductivity() <= 1, Parameters.Keys.CONTRACTOR_RAMP_UP_PRODUCTIVITY, "at most 1");
		require(p.salarySpread() <= 1, Parameters.Keys.SALARY_SPREAD, "at most 1");
		require(p.turnoverSpread() <= 1, Parameters.Keys.TURNOVER_SPREAD, "at most 1");
		require(p.timeToHireSpread() <= 1, Parameters.Keys.TIME_TO_HIRE_SPREAD, "at most 1");
		require(p.coordinationMin() >= 1, Parameters.Keys.COORDINATION_MIN, "at least 1");
		require(p.coordinationMin() <= p.coordinationFactor() && p.coordinationFactor() <= p.coordinationMax(),
				Parameters.Keys.COORDINATION_FACTOR, "between " + Parameters.Keys.COORDINATION_MIN + " and "
						+ Parameters.Keys.COORDINATION_MAX);
	}

	private static void require(boolean condition, String key, String expectation) {
		if (!condition) {
			throw new IllegalArgumentException("parameter " + key + " must be " + expectation);
		}
	}
}
