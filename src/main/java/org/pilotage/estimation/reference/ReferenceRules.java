package org.pilotage.estimation.reference;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.pilotage.estimation.model.Parameters;
import org.pilotage.estimation.reference.Dataset.Column;
import org.pilotage.estimation.reference.Dataset.Type;
import org.pilotage.shared.Dates;

/**
 * The rules every row must pass before it is written, whether it comes from the seed, a CSV import, the API or a
 * form: each cell's format and range, then the references between datasets and the few rules that span a whole
 * dataset (every parameter present, every location with a salary figure). Plain Java, so it is tested without
 * Spring.
 */
final class ReferenceRules {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
	private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,20}(\\.[0-9]{1,20})?");
	private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");
	private static final Pattern HOUR = Pattern.compile("[0-2][0-9]:[0-5][0-9]");
	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	/** Allowed range of each parameter, by key; anything else is refused as an unknown parameter. */
	private static final Map<String, BigDecimal[]> PARAMETER_RANGES = parameterRanges();

	private ReferenceRules() {
	}

	/** A cell's canonical text, or the reason it is refused. */
	record Cell(@Nullable String value, @Nullable String code, @Nullable String message) {

		static Cell ok(String value) {
			return new Cell(value, null, null);
		}

		static Cell bad(String code, String message) {
			return new Cell(null, code, message);
		}
	}

	/**
	 * Checks and normalizes one row of raw values, adding an issue per bad cell; answers {@code null} when any
	 * cell is bad. Row-level rules (business hours in order, a parameter within its range) run when every cell
	 * is good.
	 */
	static @Nullable Row row(Dataset dataset, int line, List<String> raw, List<Issue> issues) {
		List<String> values = new ArrayList<>();
		boolean good = true;
		for (int i = 0; i < dataset.columns().size(); i++) {
			Column column = dataset.columns().get(i);
			Cell cell = cell(column, i < raw.size() ? raw.get(i) : "");
			if (cell.value() == null) {
				issues.add(new Issue(line, column.name(), cell.code(), cell.message()));
				good = false;
				values.add("");
			}
			else {
				values.add(cell.value());
			}
		}
		if (!good) {
			return null;
		}
		Row row = new Row(dataset, line, values);
		int before = issues.size();
		if (dataset == Dataset.LOCATIONS && row.get("business_start").compareTo(row.get("business_end")) >= 0) {
			issues.add(new Issue(line, "business_end", "hours-order", "must be after business_start"));
		}
		if (dataset == Dataset.PARAMETERS) {
			BigDecimal[] range = PARAMETER_RANGES.get(row.get("key"));
			BigDecimal value = new BigDecimal(row.get("value"));
			if (value.compareTo(range[0]) < 0 || value.compareTo(range[1]) > 0) {
				issues.add(new Issue(line, "value", "out-of-range",
						"must be between " + range[0].toPlainString() + " and " + range[1].toPlainString()));
			}
		}
		return issues.size() == before ? row : null;
	}

	static Cell cell(Column column, @Nullable String raw) {
		String value = raw == null ? "" : raw.strip();
		if (value.isEmpty() && column.type() != Type.NOTE) {
			return Cell.bad("required", "is required");
		}
		if (value.length() > column.maxLength() && column.type() != Type.DECIMAL) {
			return Cell.bad("too-long", "must have at most " + column.maxLength() + " characters");
		}
		return switch (column.type()) {
			case NOTE, TEXT -> Cell.ok(value);
			case CODE, SOURCE, ROLE, SENIORITY -> CODE.matcher(value).matches() ? Cell.ok(value)
					: Cell.bad("code", "must be upper-case letters, digits and underscores, e.g. FULL_STACK");
			case DECIMAL -> decimal(column, value);
			case INTEGER -> integer(column, value);
			case BOOLEAN -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
					? Cell.ok(value.toLowerCase(Locale.ROOT)) : Cell.bad("boolean", "must be true or false");
			case DATE -> date(value);
			case TIME -> time(value);
			case ZONE -> zone(value);
			case COUNTRY, LOCATION -> COUNTRIES.contains(value) ? Cell.ok(value)
					: Cell.bad("country", "must be an ISO 3166 alpha-2 country code in capitals, e.g. FR");
			case CURRENCY_CODE, CURRENCY -> currency(value);
			case PARAMETER_KEY -> PARAMETER_RANGES.containsKey(value) ? Cell.ok(value)
					: Cell.bad("unknown-parameter", "is not a parameter of the cost model");
			case KIND -> oneOf(value, FigureKind.values(), "kind");
			case CONFIDENCE -> oneOf(value, Confidence.values(), "confidence");
		};
	}

	private static Cell decimal(Column column, String value) {
		if (!NUMBER.matcher(value).matches()) {
			return Cell.bad("number", "must be a number with a dot for decimals, e.g. 0.25");
		}
		BigDecimal number = Numbers.normalize(new BigDecimal(value));
		if (number.scale() > column.maxScale()) {
			return Cell.bad("scale", "must have at most " + column.maxScale() + " decimals");
		}
		return inRange(column, number) ? Cell.ok(number.toPlainString()) : Cell.bad("out-of-range", range(column));
	}

	private static Cell integer(Column column, String value) {
		if (!INTEGER.matcher(value).matches()) {
			return Cell.bad("integer", "must be a whole number");
		}
		BigDecimal number = new BigDecimal(value);
		return inRange(column, number) ? Cell.ok(number.toPlainString()) : Cell.bad("out-of-range", range(column));
	}

	private static boolean inRange(Column column, BigDecimal number) {
		int low = number.compareTo(column.min());
		return (column.minExclusive() ? low > 0 : low >= 0) && number.compareTo(column.max()) <= 0;
	}

	private static String range(Column column) {
		return "must be " + (column.minExclusive() ? "more than " : "at least ") + column.min().toPlainString()
				+ " and at most " + column.max().toPlainString();
	}

	private static Cell date(String value) {
		try {
			LocalDate day = LocalDate.parse(value);
			return Dates.within(day) ? Cell.ok(day.toString()) : Cell.bad("out-of-range", Dates.OUT_OF_RANGE);
		}
		catch (DateTimeException e) {
			return Cell.bad("date", "must be a date as YYYY-MM-DD");
		}
	}

	private static Cell time(String value) {
		if (!HOUR.matcher(value).matches()) {
			return Cell.bad("time", "must be a time as HH:MM");
		}
		try {
			return Cell.ok(LocalTime.parse(value, HH_MM).format(HH_MM));
		}
		catch (DateTimeException e) {
			return Cell.bad("time", "must be a time as HH:MM");
		}
	}

	private static Cell zone(String value) {
		if (!ZoneId.getAvailableZoneIds().contains(value)) {
			return Cell.bad("time-zone", "must be an IANA time zone, e.g. Europe/Paris");
		}
		return Cell.ok(value);
	}

	private static Cell currency(String value) {
		try {
			if (value.length() == 3 && value.equals(value.toUpperCase(Locale.ROOT))) {
				return Cell.ok(Currency.getInstance(value).getCurrencyCode());
			}
		}
		catch (IllegalArgumentException unknown) {
			// refused below
		}
		return Cell.bad("currency", "must be an ISO 4217 currency code in capitals, e.g. EUR");
	}

	private static Cell oneOf(String value, Enum<?>[] allowed, String code) {
		for (Enum<?> candidate : allowed) {
			if (candidate.name().equals(value)) {
				return Cell.ok(value);
			}
		}
		return Cell.bad(code, "must be one of " + java.util.Arrays.stream(allowed).map(Enum::name)
			.collect(Collectors.joining(", ")));
	}

	/**
	 * The rules across rows and datasets, given every dataset as it would stand after the write and the dataset
	 * being written: no duplicate keys in it, every reference it makes resolves, nothing other datasets refer
	 * to is removed, every parameter is present and in order, every location has a salary figure.
	 */
	static List<Issue> consistency(Map<Dataset, List<Row>> all, Dataset changed) {
		List<Issue> issues = new ArrayList<>();
		Map<String, Row> seen = new HashMap<>();
		for (Row row : all.get(changed)) {
			Row first = seen.putIfAbsent(row.key(), row);
			if (first != null) {
				issues.add(new Issue(row.line(), changed.columns().get(0).name(), "duplicate",
						"repeats the key " + row.key().replace('|', ' ')
								+ (first.line() > 0 ? " of line " + first.line() : "")));
			}
		}
		Map<Type, Set<String>> keys = new LinkedHashMap<>();
		keys.put(Type.SOURCE, keysOf(all, Dataset.SOURCES));
		keys.put(Type.ROLE, keysOf(all, Dataset.ROLES));
		keys.put(Type.SENIORITY, keysOf(all, Dataset.SENIORITIES));
		keys.put(Type.LOCATION, keysOf(all, Dataset.LOCATIONS));
		keys.put(Type.CURRENCY, keysOf(all, Dataset.CURRENCIES));
		for (Dataset dataset : Dataset.values()) {
			for (Row row : all.get(dataset)) {
				for (Column column : dataset.columns()) {
					Set<String> known = keys.get(column.type());
					String value = row.get(column.name());
					if (known != null && !known.contains(value)) {
						if (dataset == changed) {
							issues.add(new Issue(row.line(), column.name(), "unknown-" + column.type().name()
								.toLowerCase(Locale.ROOT), value + " is not a known " + column.type().name()
									.toLowerCase(Locale.ROOT)));
						}
						else {
							issues.add(new Issue(0, changed.id(), "still-used", value + " is still used by "
									+ dataset.id() + " (" + row.key().replace('|', ' ') + ")"));
						}
					}
				}
			}
		}
		if (changed == Dataset.PARAMETERS) {
			parameters(all.get(Dataset.PARAMETERS), issues);
		}
		if (changed == Dataset.CURRENCIES) {
			all.get(Dataset.CURRENCIES).stream()
				.filter(r -> r.get("currency").equals("EUR") && !r.get("eur_per_unit").equals("1"))
				.forEach(r -> issues.add(new Issue(r.line(), "eur_per_unit", "eur-rate", "EUR is worth 1 EUR")));
		}
		if (changed == Dataset.FIGURES || changed == Dataset.LOCATIONS) {
			Set<String> salaried = all.get(Dataset.FIGURES).stream()
				.filter(r -> r.get("kind").equals(FigureKind.SALARY.name()))
				.map(r -> r.get("location"))
				.collect(Collectors.toSet());
			for (Row location : all.get(Dataset.LOCATIONS)) {
				if (!salaried.contains(location.get("code"))) {
					issues.add(new Issue(0, changed.id(), "no-salary-figure",
							location.get("code") + " would have no SALARY figure to derive salaries from"));
				}
			}
		}
		return issues;
	}

	private static void parameters(List<Row> rows, List<Issue> issues) {
		Map<String, Row> byKey = rows.stream().collect(Collectors.toMap(r -> r.get("key"), r -> r, (a, b) -> a));
		for (String key : Parameters.Keys.ALL) {
			if (!byKey.containsKey(key)) {
				issues.add(new Issue(0, "parameters", "missing-parameter", key + " is missing"));
			}
		}
		Row min = byKey.get(Parameters.Keys.COORDINATION_MIN);
		Row factor = byKey.get(Parameters.Keys.COORDINATION_FACTOR);
		Row max = byKey.get(Parameters.Keys.COORDINATION_MAX);
		if (min != null && factor != null && max != null) {
			BigDecimal low = new BigDecimal(min.get("value"));
			BigDecimal point = new BigDecimal(factor.get("value"));
			BigDecimal high = new BigDecimal(max.get("value"));
			if (low.compareTo(point) > 0 || point.compareTo(high) > 0) {
				Row culprit = java.util.stream.Stream.of(factor, min, max)
					.filter(r -> r.line() > 0)
					.findFirst()
					.orElse(factor);
				issues.add(new Issue(culprit.line(), "value", "coordination-order",
						"spread.coordination.min <= coordination.factor <= spread.coordination.max must hold"));
			}
		}
	}

	private static Set<String> keysOf(Map<Dataset, List<Row>> all, Dataset dataset) {
		return all.get(dataset).stream().map(Row::key).collect(Collectors.toSet());
	}

	private static Map<String, BigDecimal[]> parameterRanges() {
		Map<String, BigDecimal[]> ranges = new HashMap<>();
		BigDecimal[] share = { BigDecimal.ZERO, BigDecimal.ONE };
		BigDecimal[] margin = { BigDecimal.ZERO, new BigDecimal("5") };
		BigDecimal[] days = { BigDecimal.ZERO, new BigDecimal("3650") };
		BigDecimal[] months = { BigDecimal.ZERO, new BigDecimal("120") };
		BigDecimal[] factor = { BigDecimal.ONE, new BigDecimal("5") };
		for (String key : Parameters.Keys.ALL) {
			ranges.put(key, share);
		}
		List.of(Parameters.Keys.AGENCY_MARGIN, Parameters.Keys.PROVIDER_MARGIN)
			.forEach(k -> ranges.put(k, margin));
		List.of(Parameters.Keys.TIME_TO_HIRE_DAYS, Parameters.Keys.FREELANCE_START_DAYS,
				Parameters.Keys.AGENCY_START_DAYS, Parameters.Keys.PROVIDER_START_DAYS, Parameters.Keys.BPO_START_DAYS)
			.forEach(k -> ranges.put(k, days));
		List.of(Parameters.Keys.EMPLOYEE_RAMP_UP_MONTHS, Parameters.Keys.CONTRACTOR_RAMP_UP_MONTHS,
				Parameters.Keys.BPO_TRANSITION_MONTHS, Parameters.Keys.RAMP_UP_MONTHS_SPREAD)
			.forEach(k -> ranges.put(k, months));
		List.of(Parameters.Keys.COORDINATION_FACTOR, Parameters.Keys.COORDINATION_MIN,
				Parameters.Keys.COORDINATION_MAX).forEach(k -> ranges.put(k, factor));
		return Map.copyOf(ranges);
	}
}
