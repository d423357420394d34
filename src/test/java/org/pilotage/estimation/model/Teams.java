package org.pilotage.estimation.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The seed parameters of the reference file and a few places, to write scenarios in one line. */
final class Teams {

	static final WorkingHours PARIS_DAY = hours("Europe/Paris", 9, 18);

	static final WorkingHours CASABLANCA_DAY = hours("Africa/Casablanca", 9, 18);

	static final WorkingHours HO_CHI_MINH_DAY = hours("Asia/Ho_Chi_Minh", 8, 17);

	/** A Monday in January: Paris on UTC+1, Casablanca on UTC+1 outside Ramadan. */
	static final LocalDate WINTER_MONDAY = LocalDate.of(2026, 1, 12);

	private Teams() {
	}

	static WorkingHours hours(String zone, int from, int to) {
		return new WorkingHours(ZoneId.of(zone), LocalTime.of(from, 0), LocalTime.of(to, 0));
	}

	/** f 0.2, T_h 56, t 0.13, t_f 0.25, R 3 at 50 % and 1 at 50 %, φ 0.1, a 0.3, a_p 0.3, s 0.1, τ 1, k 1.2. */
	static Parameters seedParameters() {
		return new Parameters(0.20, 56, 0.13, 0.25, 3, 0.5, 1, 0.5, 0.10, 0.30, 0.30, 0.10, 1, 1.2, 0.05, 14, 21, 30, 45,
				0.15, 0.5, 1, 0.3, 1.1, 1.35);
	}

	static Parameters with(Parameters parameters, String key, double value) {
		Map<String, Double> values = parameters.asMap();
		values.put(key, value);
		return Parameters.of(values);
	}

	/** Parameters whose spreads are all zero: every sample is the point estimate. */
	static Parameters withoutSpread(Parameters parameters) {
		Map<String, Double> values = parameters.asMap();
		values.put(Parameters.Keys.SALARY_SPREAD, 0.0);
		values.put(Parameters.Keys.TURNOVER_SPREAD, 0.0);
		values.put(Parameters.Keys.RAMP_UP_MONTHS_SPREAD, 0.0);
		values.put(Parameters.Keys.TIME_TO_HIRE_SPREAD, 0.0);
		values.put(Parameters.Keys.COORDINATION_MIN, parameters.coordinationFactor());
		values.put(Parameters.Keys.COORDINATION_MAX, parameters.coordinationFactor());
		return Parameters.of(values);
	}

	/** A French employee: charges 0.42, overhead 8,000 EUR, 218 billable days, Paris hours. */
	static Place france(double salary) {
		return new Place("FR", salary, 0.42, 8_000, 218, PARIS_DAY);
	}

	/** A Moroccan employee: charges 0.2, overhead 3,000 EUR, 220 billable days, Casablanca hours. */
	static Place morocco(double salary) {
		return new Place("MA", salary, 0.20, 3_000, 220, CASABLANCA_DAY);
	}

	static TeamRow row(int count, Place client, Place provider, double dayRate) {
		return new TeamRow("developer", "senior", count, client, provider, dayRate);
	}

	/** Starts on {@link #WINTER_MONDAY} in Paris hours, requires 4 hours of overlap, 200 samples, seed 42. */
	static Scenario scenario(int months, TeamRow... rows) {
		return new Scenario(List.of(rows), months, WINTER_MONDAY, PARIS_DAY, 4, 200, 42);
	}

	static ModelEstimate estimate(DeliveryModel model, Scenario scenario, Parameters parameters) {
		return Estimator.estimate(scenario, parameters).model(model);
	}
}
