package org.pilotage.talent;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Problem;
import org.pilotage.talent.matching.Seniority;
import org.springframework.http.HttpStatus;

/**
 * Collects every bad field of one request, so that the API answers one 400 naming all of them and a page
 * shows each message next to its field. Each check returns {@code null} for a bad or missing value; callers
 * use the values only after {@link #throwIfAny()}. Field names are those of the JSON request
 * ({@code periods[2].to}, {@code clientHours.zone}).
 */
final class Fields {

	static final BigDecimal MAX_RATE = new BigDecimal("1000000");
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final List<Problem.FieldError> errors = new ArrayList<>();

	boolean ok() {
		return errors.isEmpty();
	}

	List<Problem.FieldError> errors() {
		return List.copyOf(errors);
	}

	/** @throws Problem 400 listing every bad field, if there is one */
	void throwIfAny() {
		if (!errors.isEmpty()) {
			throw new Problem(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields", errors);
		}
	}

	void error(String field, String code, String message) {
		errors.add(new Problem.FieldError(field, code, message));
	}

	/** Required text on one line, spaces collapsed. */
	@Nullable String text(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			error(field, "required", "is required");
			return null;
		}
		return optionalText(field, value, max);
	}

	@Nullable String optionalText(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = SPACES.matcher(value.strip()).replaceAll(" ");
		if (text.length() > max) {
			error(field, "too-long", "must have at most " + max + " characters");
			return null;
		}
		if (CONTROL.matcher(text).find()) {
			error(field, "invalid", "must not contain control characters");
			return null;
		}
		return text;
	}

	@Nullable String email(String field, @Nullable String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				error(field, "required", "is required");
			}
			return null;
		}
		String email = value.strip();
		if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
			error(field, "email", "must be a valid e-mail address");
			return null;
		}
		return email.toLowerCase(Locale.ROOT);
	}

	@Nullable String zone(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			error(field, "required", "is required (an IANA time zone, e.g. Europe/Paris)");
			return null;
		}
		try {
			String id = ZoneId.of(value.strip()).getId();
			if (ZoneId.getAvailableZoneIds().contains(id)) {
				return id;
			}
		}
		catch (DateTimeException e) {
			// reported below
		}
		error(field, "time-zone", "must be an IANA time zone, e.g. Europe/Paris");
		return null;
	}

	@Nullable LocalTime time(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			error(field, "required", "is required (hh:mm)");
			return null;
		}
		try {
			return LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			error(field, "time", "must be a time of day, hh:mm");
			return null;
		}
	}

	/** Working hours: both times, different from each other (an end before the start crosses midnight). */
	void hours(String startField, @Nullable LocalTime start, @Nullable LocalTime end) {
		if (start != null && start.equals(end)) {
			error(startField, "empty-hours", "working hours must not start and end at the same time");
		}
	}

	@Nullable LocalDate date(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			error(field, "required", "is required (yyyy-mm-dd)");
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
				error(field, "out-of-range", "must be between 2000-01-01 and 2100-12-31");
				return null;
			}
			return date;
		}
		catch (DateTimeParseException e) {
			error(field, "not-a-date", "must be a date, yyyy-mm-dd");
			return null;
		}
	}

	/** A range whose end is not before its start; both are already checked dates or null. */
	void range(String toField, @Nullable LocalDate from, @Nullable LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			error(toField, "before-start", "must not be before the start");
		}
	}

	@Nullable Seniority seniority(String field, @Nullable String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				error(field, "required", "is required: JUNIOR, CONFIRMED, SENIOR or LEAD");
			}
			return null;
		}
		try {
			return Seniority.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			error(field, "unknown-seniority", "must be JUNIOR, CONFIRMED, SENIOR or LEAD");
			return null;
		}
	}

	@Nullable String currency(String field, @Nullable String value, CurrencyRates rates, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				error(field, "required", "is required (ISO 4217 code, e.g. EUR)");
			}
			return null;
		}
		String code = value.strip().toUpperCase(Locale.ROOT);
		if (!rates.knows(code)) {
			error(field, "unknown-currency", "unknown currency '" + shorten(value)
					+ "': use a currency of GET /api/v1/reference/currencies");
			return null;
		}
		return code;
	}

	/** A positive amount of at most {@link #MAX_RATE}, with at most two decimals. */
	@Nullable BigDecimal rate(String field, @Nullable BigDecimal value, boolean required) {
		if (value == null) {
			if (required) {
				error(field, "required", "is required");
			}
			return null;
		}
		if (value.signum() <= 0 || value.compareTo(MAX_RATE) > 0 || value.stripTrailingZeros().scale() > 2) {
			error(field, "out-of-range", "must be positive, at most 1,000,000, with at most two decimals");
			return null;
		}
		return value;
	}

	@Nullable Integer percent(String field, @Nullable Integer value) {
		if (value == null) {
			error(field, "required", "is required (1 to 100)");
			return null;
		}
		if (value < 1 || value > 100) {
			error(field, "out-of-range", "must be between 1 and 100 %");
			return null;
		}
		return value;
	}

	/** ISO 639 two-letter codes, lower case, without repeats. */
	List<String> languages(String field, @Nullable List<String> values) {
		Set<String> codes = new LinkedHashSet<>();
		if (values == null) {
			return List.of();
		}
		if (values.size() > 20) {
			error(field, "too-many", "at most 20 languages");
			return List.of();
		}
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			String code = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
			if (!LANGUAGES.contains(code)) {
				error(field + "[" + i + "]", "language", "must be an ISO 639 two-letter language code, e.g. fr");
			}
			else {
				codes.add(code);
			}
		}
		return List.copyOf(codes);
	}

	/** Free texts of one line each, blank ones dropped, repeats removed. */
	List<String> texts(String field, @Nullable List<String> values, int maxCount, int maxLength) {
		if (values == null) {
			return List.of();
		}
		if (values.size() > maxCount) {
			error(field, "too-many", "at most " + maxCount + " entries");
			return List.of();
		}
		Set<String> texts = new LinkedHashSet<>();
		for (int i = 0; i < values.size(); i++) {
			String text = optionalText(field + "[" + i + "]", values.get(i), maxLength);
			if (text != null) {
				texts.add(text);
			}
		}
		return List.copyOf(texts);
	}

	static String shorten(@Nullable String value) {
		String shown = value == null ? "" : value;
		return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
	}
}
