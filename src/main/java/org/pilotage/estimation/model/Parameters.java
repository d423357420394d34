package org.pilotage.estimation.model;

/**
 * The model parameters of the reference file, as fractions, days and months. Their stored keys and seed
 * values live in the reference data; {@link Keys} names them so the two stay in step.
 *
 * @param recruitmentFee {@code f}, share of the annual gross salary paid per hire
 * @param timeToHireDays {@code T_h}, calendar days, also the vacancy of a replaced employee
 * @param employeeTurnover {@code t}, yearly, for employees (in-house and provider staff)
 * @param freelanceChurn {@code t_f}, yearly, for freelancers (direct or through an agency)
 * @param employeeRampUpMonths {@code R} for employees
 * @param employeeRampUpProductivity {@code p} for employees
 * @param contractorRampUpMonths {@code R} for freelancers and provider staff
 * @param contractorRampUpProductivity {@code p} for freelancers and provider staff
 * @param platformFee {@code φ}
 * @param agencyMargin {@code a}
 * @param providerMargin {@code a_p}
 * @param bpoServiceShare {@code s}
 * @param bpoTransitionMonths {@code τ}
 * @param coordinationFactor {@code k}
 * @param coordinationPerMissingHour {@code k_tz}, added to {@code k} per hour of overlap below the requirement
 * @param freelanceStartDays {@code T_f}
 * @param agencyStartDays {@code T_a}
 * @param providerStartDays {@code T_p}
 * @param bpoStartDays {@code T_b}
 * @param salarySpread half-width of the triangular spread of salaries and rates (0.15 = ±15 %)
 * @param turnoverSpread half-width of the spread of turnover and churn (0.5 = ±50 %)
 * @param rampUpMonthsSpread half-width of the spread of ramp-up months, in months (floored at 0)
 * @param timeToHireSpread half-width of the spread of time-to-hire (0.3 = ±30 %)
 * @param coordinationMin lower bound of the triangular spread of {@code k}
 * @param coordinationMax upper bound of the triangular spread of {@code k}
 */
public record Parameters(double recruitmentFee, double timeToHireDays, double employeeTurnover,
		double freelanceChurn, double employeeRampUpMonths, double employeeRampUpProductivity,
		double contractorRampUpMonths, double contractorRampUpProductivity, double platformFee, double agencyMargin,
		double providerMargin, double bpoServiceShare, double bpoTransitionMonths, double coordinationFactor,
		double coordinationPerMissingHour, double freelanceStartDays, double agencyStartDays,
		double providerStartDays, double bpoStartDays, double salarySpread, double turnoverSpread,
		double rampUpMonthsSpread, double timeToHireSpread, double coordinationMin, double coordinationMax) {

	/** The keys under which the reference data stores each parameter, in the order of the record. */
	public static final class Keys {

		public static final String RECRUITMENT_FEE = "recruitment.fee";
		public static final String TIME_TO_HIRE_DAYS = "time-to-hire.days";
		public static final String EMPLOYEE_TURNOVER = "turnover.employee";
		public static final String FREELANCE_CHURN = "turnover.freelance";
		public static final String EMPLOYEE_RAMP_UP_MONTHS = "ramp-up.employee.months";
		public static final String EMPLOYEE_RAMP_UP_PRODUCTIVITY = "ramp-up.employee.productivity";
		public static final String CONTRACTOR_RAMP_UP_MONTHS = "ramp-up.contractor.months";
		public static final String CONTRACTOR_RAMP_UP_PRODUCTIVITY = "ramp-up.contractor.productivity";
		public static final String PLATFORM_FEE = "fee.platform";
		public static final String AGENCY_MARGIN = "margin.agency";
		public static final String PROVIDER_MARGIN = "margin.provider";
		public static final String BPO_SERVICE_SHARE = "bpo.service-share";
		public static final String BPO_TRANSITION_MONTHS = "bpo.transition.months";
		public static final String COORDINATION_FACTOR = "coordination.factor";
		public static final String COORDINATION_PER_MISSING_HOUR = "coordination.per-missing-hour";
		public static final String FREELANCE_START_DAYS = "start.freelance.days";
		public static final String AGENCY_START_DAYS = "start.agency.days";
		public static final String PROVIDER_START_DAYS = "start.provider.days";
		public static final String BPO_START_DAYS = "start.bpo.days";
		public static final String SALARY_SPREAD = "spread.salary";
		public static final String TURNOVER_SPREAD = "spread.turnover";
		public static final String RAMP_UP_MONTHS_SPREAD = "spread.ramp-up.months";
		public static final String TIME_TO_HIRE_SPREAD = "spread.time-to-hire";
		public static final String COORDINATION_MIN = "spread.coordination.min";
		public static final String COORDINATION_MAX = "spread.coordination.max";

		/** Every key, in the order of the record's components. */
		public static final java.util.List<String> ALL = java.util.List.of(RECRUITMENT_FEE, TIME_TO_HIRE_DAYS,
				EMPLOYEE_TURNOVER, FREELANCE_CHURN, EMPLOYEE_RAMP_UP_MONTHS, EMPLOYEE_RAMP_UP_PRODUCTIVITY,
				CONTRACTOR_RAMP_UP_MONTHS, CONTRACTOR_RAMP_UP_PRODUCTIVITY, PLATFORM_FEE, AGENCY_MARGIN,
				PROVIDER_MARGIN, BPO_SERVICE_SHARE, BPO_TRANSITION_MONTHS, COORDINATION_FACTOR,
				COORDINATION_PER_MISSING_HOUR, FREELANCE_START_DAYS, AGENCY_START_DAYS, PROVIDER_START_DAYS,
				BPO_START_DAYS, SALARY_SPREAD, TURNOVER_SPREAD, RAMP_UP_MONTHS_SPREAD, TIME_TO_HIRE_SPREAD,
				COORDINATION_MIN, COORDINATION_MAX);

		private Keys() {
		}
	}

	/**
	 * Builds the parameters from stored values by key.
	 * @throws IllegalArgumentException naming the first missing key
	 */
	public static Parameters of(java.util.Map<String, Double> values) {
		double[] v = new double[Keys.ALL.size()];
		for (int i = 0; i < v.length; i++) {
			Double value = values.get(Keys.ALL.get(i));
			if (value == null) {
				throw new IllegalArgumentException("missing parameter " + Keys.ALL.get(i));
			}
			v[i] = value;
		}
		return new Parameters(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
				v[14], v[15], v[16], v[17], v[18], v[19], v[20], v[21], v[22], v[23], v[24]);
	}

	/** The values by key, in the order of {@link Keys#ALL}: what an estimate echoes as the parameters it used. */
	public java.util.Map<String, Double> asMap() {
		double[] v = { recruitmentFee, timeToHireDays, employeeTurnover, freelanceChurn, employeeRampUpMonths,
				employeeRampUpProductivity, contractorRampUpMonths, contractorRampUpProductivity, platformFee,
				agencyMargin, providerMargin, bpoServiceShare, bpoTransitionMonths, coordinationFactor,
				coordinationPerMissingHour, freelanceStartDays, agencyStartDays, providerStartDays, bpoStartDays,
				salarySpread, turnoverSpread, rampUpMonthsSpread, timeToHireSpread, coordinationMin, coordinationMax };
		java.util.Map<String, Double> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < v.length; i++) {
			map.put(Keys.ALL.get(i), v[i]);
		}
		return map;
	}
}
