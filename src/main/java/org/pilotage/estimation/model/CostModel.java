package org.pilotage.estimation.model;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The formulas of the five delivery models for one team row. The point estimate and every Monte Carlo sample go
 * through {@link #evaluate}, so the range can never drift from the figure it surrounds.
 */
final class CostModel {

	static final int COMPONENTS = CostComponent.values().length;

	private static final int SALARIES = CostComponent.SALARIES.ordinal();
	private static final int EMPLOYER_CHARGES = CostComponent.EMPLOYER_CHARGES.ordinal();
	private static final int OVERHEAD = CostComponent.OVERHEAD.ordinal();
	private static final int RECRUITMENT = CostComponent.RECRUITMENT.ordinal();
	private static final int FREELANCE_RATES = CostComponent.FREELANCE_RATES.ordinal();
	private static final int PLATFORM_FEES = CostComponent.PLATFORM_FEES.ordinal();
	private static final int AGENCY_MARGIN = CostComponent.AGENCY_MARGIN.ordinal();
	private static final int PROVIDER_STAFF = CostComponent.PROVIDER_STAFF.ordinal();
	private static final int PROVIDER_MARGIN = CostComponent.PROVIDER_MARGIN.ordinal();
	private static final int REMOTE_COORDINATION = CostComponent.REMOTE_COORDINATION.ordinal();
	private static final int SERVICE_MANAGEMENT = CostComponent.SERVICE_MANAGEMENT.ordinal();
	private static final int TRANSITION = CostComponent.TRANSITION.ordinal();

	/** A vacant seat loses five working days in every seven calendar days. */
	private static final double WORKING_DAYS_PER_CALENDAR_DAY = 5.0 / 7.0;

	private static final Map<DeliveryModel, Set<CostComponent>> APPLICABLE = new EnumMap<>(Map.of(
			DeliveryModel.IN_HOUSE,
			EnumSet.of(CostComponent.SALARIES, CostComponent.EMPLOYER_CHARGES, CostComponent.OVERHEAD,
					CostComponent.RECRUITMENT),
			DeliveryModel.FREELANCE, EnumSet.of(CostComponent.FREELANCE_RATES, CostComponent.PLATFORM_FEES),
			DeliveryModel.SUBCONTRACTING, EnumSet.of(CostComponent.FREELANCE_RATES, CostComponent.AGENCY_MARGIN),
			DeliveryModel.DEDICATED_TEAM,
			EnumSet.of(CostComponent.PROVIDER_STAFF, CostComponent.PROVIDER_MARGIN,
					CostComponent.REMOTE_COORDINATION),
			DeliveryModel.BPO, EnumSet.of(CostComponent.PROVIDER_STAFF, CostComponent.PROVIDER_MARGIN,
					CostComponent.SERVICE_MANAGEMENT, CostComponent.TRANSITION)));

	private CostModel() {
	}

	/** The components that make up the model's cost, whether or not they come to zero, in enum order. */
	static Set<CostComponent> applicable(DeliveryModel model) {
		return APPLICABLE.get(model);
	}

	/**
	 * A team row reduced to the numbers the formulas read, worked out once per estimate: the overlap depends on
	 * the start date and zones only, never on a sample.
	 */
	static final class Row {

		final double count;
		final double clientSalary;
		final double clientCharges;
		final double clientOverhead;
		final double clientDays;
		final double providerSalary;
		final double providerCharges;
		final double providerOverhead;
		final double providerDays;
		final double dayRate;
		final double clientDayHours;
		final double providerOverlapHours;
		final double missingOverlapHours;

		Row(TeamRow row, double clientDayHours, double providerOverlapHours, double requiredOverlapHours) {
			this.count = row.count();
			this.clientSalary = row.client().annualSalary();
			this.clientCharges = row.client().employerCharges();
			this.clientOverhead = row.client().annualOverhead();
			this.clientDays = row.client().billableDays();
			this.providerSalary = row.provider().annualSalary();
			this.providerCharges = row.provider().employerCharges();
			this.providerOverhead = row.provider().annualOverhead();
			this.providerDays = row.provider().billableDays();
			this.dayRate = row.freelanceDayRate();
			this.clientDayHours = clientDayHours;
			this.providerOverlapHours = providerOverlapHours;
			this.missingOverlapHours = Math.max(0, requiredOverlapHours - providerOverlapHours);
		}
	}

	/**
	 * The uncertain values of one evaluation: the point values, or the draws of one Monte Carlo sample. Mutable
	 * and reused, so that sampling allocates nothing; the three multipliers are those of the row being evaluated.
	 */
	static final class Draw {

		double turnoverMultiplier = 1;
		double employeeRampUpMonths;
		double contractorRampUpMonths;
		double timeToHireMultiplier = 1;
		double coordinationFactor;
		double clientSalaryMultiplier = 1;
		double providerSalaryMultiplier = 1;
		double dayRateMultiplier = 1;

		/** The point values: every multiplier 1, ramp-up and coordination as the parameters state them. */
		static Draw point(Parameters parameters) {
			Draw draw = new Draw();
			draw.employeeRampUpMonths = parameters.employeeRampUpMonths();
			draw.contractorRampUpMonths = parameters.contractorRampUpMonths();
			draw.coordinationFactor = parameters.coordinationFactor();
			return draw;
		}
	}

	/**
	 * Writes the row's cost under the model into {@code components}, indexed by {@link CostComponent} ordinal
	 * (the others set to 0), and answers the days it delivers, floored at 0.
	 */
	static double evaluate(DeliveryModel model, Row row, int durationMonths, Parameters p, Draw draw,
			double[] components) {
		Arrays.fill(components, 0);
		double n = row.count;
		double years = durationMonths / 12.0;
		double employeeTurnover = p.employeeTurnover() * draw.turnoverMultiplier;
		double freelanceChurn = p.freelanceChurn() * draw.turnoverMultiplier;
		double delivered;
		switch (model) {
			case IN_HOUSE -> {
				double salary = row.clientSalary * draw.clientSalaryMultiplier;
				double leavers = n * employeeTurnover * years;
				double hires = n + leavers;
				components[SALARIES] = n * salary * years;
				components[EMPLOYER_CHARGES] = n * salary * row.clientCharges * years;
				components[OVERHEAD] = n * row.clientOverhead * years;
				components[RECRUITMENT] = p.recruitmentFee() * salary * hires;
				double vacancy = p.timeToHireDays() * draw.timeToHireMultiplier * WORKING_DAYS_PER_CALENDAR_DAY;
				delivered = n * row.clientDays * years
						- hires * rampLoss(draw.employeeRampUpMonths, p.employeeRampUpProductivity(), row.clientDays,
								durationMonths)
						- leavers * vacancy;
			}
			case FREELANCE -> {
				double rates = n * row.dayRate * draw.dayRateMultiplier * row.providerDays * years;
				components[FREELANCE_RATES] = rates;
				components[PLATFORM_FEES] = p.platformFee() * rates;
				double leavers = n * freelanceChurn * years;
				delivered = n * row.providerDays * years
						- (n + leavers) * contractorRampLoss(row, durationMonths, p, draw)
						- leavers * p.freelanceStartDays() * WORKING_DAYS_PER_CALENDAR_DAY;
			}
			case SUBCONTRACTING -> {
				double rates = n * row.dayRate * draw.dayRateMultiplier * row.providerDays * years;
				components[FREELANCE_RATES] = rates;
				components[AGENCY_MARGIN] = p.agencyMargin() * rates;
				double leavers = n * freelanceChurn * years;
				delivered = n * row.providerDays * years
						- (n + leavers) * contractorRampLoss(row, durationMonths, p, draw);
			}
			case DEDICATED_TEAM -> {
				double base = providerStaff(row, years, draw);
				double coordination = coordinationFactor(row, p, draw);
				components[PROVIDER_STAFF] = base;
				components[PROVIDER_MARGIN] = base * p.providerMargin();
				components[REMOTE_COORDINATION] = base * (1 + p.providerMargin()) * (coordination - 1);
				double leavers = n * employeeTurnover * years;
				delivered = n * row.providerDays * years
						- (n + leavers) * contractorRampLoss(row, durationMonths, p, draw);
			}
			case BPO -> {
				double base = providerStaff(row, years, draw);
				double margin = base * p.providerMargin();
				double service = base * (1 + p.providerMargin()) * p.bpoServiceShare();
				components[PROVIDER_STAFF] = base;
				components[PROVIDER_MARGIN] = margin;
				components[SERVICE_MANAGEMENT] = service;
				components[TRANSITION] = p.bpoTransitionMonths() * (base + margin + service) / durationMonths;
				delivered = n * row.providerDays * years;
			}
			default -> throw new IllegalArgumentException("unknown model " + model);
		}
		return Math.max(0, delivered);
	}

	/** The row's cost: its components summed in enum order, the same order for the point and every sample. */
	static double total(double[] components) {
		double total = 0;
		for (double component : components) {
			total += component;
		}
		return total;
	}

	/** {@code k} plus {@code k_tz} per hour of overlap the row lacks; what a dedicated team is charged with. */
	static double coordinationFactor(Row row, Parameters p, Draw draw) {
		return draw.coordinationFactor + p.coordinationPerMissingHour() * row.missingOverlapHours;
	}

	/** Days lost by one start: {@code R} months at productivity {@code p}, never longer than the engagement. */
	static double rampLoss(double months, double productivity, double billableDays, int durationMonths) {
		return Math.min(months, durationMonths) * billableDays / 12 * (1 - productivity);
	}

	private static double contractorRampLoss(Row row, int durationMonths, Parameters p, Draw draw) {
		return rampLoss(draw.contractorRampUpMonths, p.contractorRampUpProductivity(), row.providerDays,
				durationMonths);
	}

	private static double providerStaff(Row row, double years, Draw draw) {
		double loaded = row.providerSalary * draw.providerSalaryMultiplier * (1 + row.providerCharges)
				+ row.providerOverhead;
		double dayCost = loaded / row.providerDays;
		return row.count * dayCost * row.providerDays * years;
	}
}
