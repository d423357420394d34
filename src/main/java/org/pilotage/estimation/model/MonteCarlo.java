package org.pilotage.estimation.model;

import java.util.Arrays;

/**
 * The seeded Monte Carlo run. Each sample draws, in a fixed order and whether or not a model uses them: the
 * turnover multiplier, the employee and contractor ramp-up months, the time-to-hire multiplier, the coordination
 * factor, then for each row its client-salary, provider-salary and day-rate multipliers. A row appended to the
 * team only adds draws at the end, so the rows before it see the same numbers: common random numbers, which make
 * a larger team never cheaper sample by sample.
 */
final class MonteCarlo {

	private static final DeliveryModel[] MODELS = DeliveryModel.values();

	/** By delivery model ordinal, then by sample: the total cost and the cost per delivered day. */
	final double[][] totalCost;

	final double[][] costPerDeliveredDay;

	private MonteCarlo(int samples) {
		this.totalCost = new double[MODELS.length][samples];
		this.costPerDeliveredDay = new double[MODELS.length][samples];
	}

	static MonteCarlo run(CostModel.Row[] rows, int durationMonths, Parameters p, int samples, long seed) {
		MonteCarlo result = new MonteCarlo(samples);
		SplitMix64 random = new SplitMix64(seed);
		CostModel.Draw draw = new CostModel.Draw();
		double[] rowMultipliers = new double[3 * rows.length];
		double[] components = new double[CostModel.COMPONENTS];
		double salaryLow = 1 - p.salarySpread();
		double salaryHigh = 1 + p.salarySpread();
		for (int i = 0; i < samples; i++) {
			random.reseed(SplitMix64.seedOfSample(seed, i));
			draw.turnoverMultiplier = Triangular.inverse(1 - p.turnoverSpread(), 1, 1 + p.turnoverSpread(),
					random.nextDouble());
			draw.employeeRampUpMonths = rampUpMonths(p.employeeRampUpMonths(), p.rampUpMonthsSpread(), random);
			draw.contractorRampUpMonths = rampUpMonths(p.contractorRampUpMonths(), p.rampUpMonthsSpread(), random);
			draw.timeToHireMultiplier = Triangular.inverse(1 - p.timeToHireSpread(), 1, 1 + p.timeToHireSpread(),
					random.nextDouble());
			draw.coordinationFactor = Triangular.inverse(p.coordinationMin(), p.coordinationFactor(),
					p.coordinationMax(), random.nextDouble());
			for (int m = 0; m < rowMultipliers.length; m++) {
				rowMultipliers[m] = Triangular.inverse(salaryLow, 1, salaryHigh, random.nextDouble());
			}
			for (DeliveryModel model : MODELS) {
				double total = 0;
				double delivered = 0;
				for (int r = 0; r < rows.length; r++) {
					draw.clientSalaryMultiplier = rowMultipliers[3 * r];
					draw.providerSalaryMultiplier = rowMultipliers[3 * r + 1];
					draw.dayRateMultiplier = rowMultipliers[3 * r + 2];
					delivered += CostModel.evaluate(model, rows[r], durationMonths, p, draw, components);
					total += CostModel.total(components);
				}
				result.totalCost[model.ordinal()][i] = total;
				result.costPerDeliveredDay[model.ordinal()][i] = perDeliveredDay(total, delivered);
			}
		}
		return result;
	}

	/** Infinite when nothing is delivered, whatever the cost, so that it sorts after every finite figure. */
	static double perDeliveredDay(double total, double delivered) {
		return delivered > 0 ? total / delivered : Double.POSITIVE_INFINITY;
	}

	/** P10, P50 and P90 by nearest rank; sorts {@code values} in place. */
	static Percentiles percentiles(double[] values) {
		Arrays.sort(values);
		return new Percentiles(nearestRank(values, 10), nearestRank(values, 50), nearestRank(values, 90));
	}

	/**
	 * The smallest value with at least {@code percent} per cent of the sorted values at or below it: index
	 * {@code ceil(percent × N / 100) − 1}, in integers so that no rounding moves the rank.
	 */
	static double nearestRank(double[] sorted, int percent) {
		long rank = ((long) percent * sorted.length + 99) / 100;
		return sorted[(int) Math.max(0, rank - 1)];
	}

	private static double rampUpMonths(double months, double spread, SplitMix64 random) {
		return Math.max(0, Triangular.inverse(months - spread, months, months + spread, random.nextDouble()));
	}
}
