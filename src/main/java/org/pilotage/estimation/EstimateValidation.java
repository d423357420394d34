package org.pilotage.estimation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pilotage.estimation.model.Parameters;
import org.pilotage.estimation.reference.ReferenceSnapshot;
import org.pilotage.shared.Problem;

/**
 * Checks a request against the reference data and collects every bad field at once, so that the API answers
 * one 400 naming all of them and the page shows each message next to its field. Field names are those of the
 * JSON request: {@code durationMonths}, {@code team[2].count}, {@code parameters.margin.agency}.
 */
final class EstimateValidation {

	static final int MIN_MONTHS = 1;
	static final int MAX_MONTHS = 120;
	static final int MAX_ROWS = 200;
	static final int MAX_COUNT = 1_000;
	static final int MIN_SAMPLES = 1_000;
	static final int MAX_SAMPLES = 200_000;
	static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");
	static final LocalDate EARLIEST_START = LocalDate.of(2000, 1, 1);
	static final LocalDate LATEST_START = LocalDate.of(2100, 12, 31);

	/** Parameters that are shares of a whole or productivities: at most 1. */
	private static final Set<String> AT_MOST_ONE = Set.of(Parameters.Keys.EMPLOYEE_RAMP_UP_PRODUCTIVITY,
			Parameters.Keys.CONTRACTOR_RAMP_UP_PRODUCTIVITY, Parameters.Keys.SALARY_SPREAD,
			Parameters.Keys.TURNOVER_SPREAD, Parameters.Keys.TIME_TO_HIRE_SPREAD);

	private final List<Problem.FieldError> errors = new ArrayList<>();

	private EstimateValidation() {
	}

	/** @throws Problem 400 listing every bad field */
	static void check(EstimateRequest request, ReferenceSnapshot reference) {
		EstimateValidation validation = new EstimateValidation();
		validation.validate(request, reference);
		if (!validation.errors.isEmpty()) {
			throw new Problem(org.springframework.http.HttpStatus.BAD_REQUEST, "invalid-input",
					"The estimate request has invalid fields", validation.errors);
		}
	}

	private void validate(EstimateRequest request, ReferenceSnapshot reference) {
		if (request.clientCountry() == null || request.clientCountry().isBlank()) {
			error("clientCountry", "required", "the client's country is required (ISO 3166 alpha-2 code)");
		}
		else if (reference.location(request.clientCountry()).isEmpty()) {
			error("clientCountry", "unknown-location", "unknown country " + quote(request.clientCountry())
					+ ": use a location code of GET /api/v1/reference/locations");
		}
		if (request.durationMonths() == null) {
			error("durationMonths", "required", "the duration in months is required");
		}
		else if (request.durationMonths() < MIN_MONTHS || request.durationMonths() > MAX_MONTHS) {
			error("durationMonths", "out-of-range", "the duration must be between 1 and 120 months");
		}
		if (request.currency() != null && reference.rate(request.currency()).isEmpty()) {
			error("currency", "unknown-currency", "unknown currency " + quote(request.currency())
					+ ": use a currency of GET /api/v1/reference/currencies");
		}
		BigDecimal overlap = request.requiredOverlapHours();
		if (overlap != null && (overlap.signum() < 0 || overlap.compareTo(BigDecimal.valueOf(24)) > 0)) {
			error("requiredOverlapHours", "out-of-range", "the required overlap must be between 0 and 24 hours");
		}
		if (request.samples() != null && (request.samples() < MIN_SAMPLES || request.samples() > MAX_SAMPLES)) {
			error("samples", "out-of-range", "samples must be between 1,000 and 200,000");
		}
		LocalDate start = request.startDate();
		if (start != null && (start.isBefore(EARLIEST_START) || start.isAfter(LATEST_START))) {
			error("startDate", "out-of-range", "the start date must be between 2000 and 2100");
		}
		team(request.team(), reference);
		parameters(request.parameters(), reference);
	}

	private void team(@Nullable List<EstimateRequest.Row> team, ReferenceSnapshot reference) {
		if (team == null || team.isEmpty()) {
			error("team", "required", "the team needs at least one row");
			return;
		}
		if (team.size() > MAX_ROWS) {
			error("team", "too-many-rows", "the team has " + team.size() + " rows, at most 200 are allowed");
			return;
		}
		for (int i = 0; i < team.size(); i++) {
			String field = "team[" + i + "].";
			EstimateRequest.Row row = team.get(i);
			if (row == null) {
				error("team[" + i + "]", "required", "a team row cannot be empty");
				continue;
			}
			if (row.role() == null || row.role().isBlank()) {
				error(field + "role", "required", "the role is required");
			}
			else if (reference.role(row.role()).isEmpty()) {
				error(field + "role", "unknown-role", "unknown role " + quote(row.role())
						+ ": use a role code of GET /api/v1/reference/roles");
			}
			if (row.seniority() == null || row.seniority().isBlank()) {
				error(field + "seniority", "required", "the seniority is required");
			}
			else if (reference.seniority(row.seniority()).isEmpty()) {
				error(field + "seniority", "unknown-seniority", "unknown seniority " + quote(row.seniority())
						+ ": use JUNIOR, CONFIRMED, SENIOR or LEAD");
			}
			if (row.count() == null) {
				error(field + "count", "required", "the head-count is required");
			}
			else if (row.count() < 1 || row.count() > MAX_COUNT) {
				error(field + "count", "out-of-range", "the head-count must be between 1 and 1,000");
			}
			if (row.location() == null || row.location().isBlank()) {
				error(field + "location", "required", "the provider location is required");
			}
			else if (reference.location(row.location()).isEmpty()) {
				error(field + "location", "unknown-location", "unknown location " + quote(row.location())
						+ ": use a location code of GET /api/v1/reference/locations");
			}
			amount(field + "clientSalary", row.clientSalary());
			amount(field + "providerSalary", row.providerSalary());
			amount(field + "dayRate", row.dayRate());
		}
	}

	private void amount(String field, @Nullable BigDecimal value) {
		if (value != null && (value.signum() <= 0 || value.compareTo(MAX_AMOUNT) > 0)) {
			error(field, "out-of-range", "the amount must be positive and at most 10,000,000 EUR");
		}
	}

	private void parameters(@Nullable Map<String, BigDecimal> parameters, ReferenceSnapshot reference) {
		if (parameters == null) {
			return;
		}
		Map<String, Double> values = reference.parameterValues();
		parameters.forEach((key, value) -> {
			String field = "parameters." + key;
			if (!Parameters.Keys.ALL.contains(key)) {
				error(field, "unknown-parameter", "unknown parameter " + quote(key)
						+ ": use a key of GET /api/v1/reference/parameters");
			}
			else if (value == null || value.signum() < 0 || value.compareTo(MAX_AMOUNT) > 0) {
				error(field, "out-of-range", "the parameter must be zero or positive");
			}
			else if (AT_MOST_ONE.contains(key) && value.compareTo(BigDecimal.ONE) > 0) {
				error(field, "out-of-range", "this parameter is a share: between 0 and 1");
			}
			else {
				values.put(key, value.doubleValue());
			}
		});
		Double min = values.get(Parameters.Keys.COORDINATION_MIN);
		Double mode = values.get(Parameters.Keys.COORDINATION_FACTOR);
		Double max = values.get(Parameters.Keys.COORDINATION_MAX);
		if (min != null && min < 1) {
			error("parameters." + Parameters.Keys.COORDINATION_MIN, "out-of-range",
					"the coordination factor's minimum must be at least 1 (remote work never costs less)");
		}
		if (min != null && mode != null && max != null && !(min <= mode && mode <= max)) {
			error("parameters." + Parameters.Keys.COORDINATION_FACTOR, "out-of-range",
					"the coordination factor must lie between its spread's minimum and maximum");
		}
	}

	private static String quote(@Nullable String value) {
		String shown = value == null ? "" : value;
		return "'" + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown) + "'";
	}

	private void error(String field, String code, String message) {
		errors.add(new Problem.FieldError(field, code, message));
	}
}
