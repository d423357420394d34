package org.pilotage.identity;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Problem;

/** Field checks shared by the API and the pages; each failure names its field. */
final class Validation {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
	static final int MIN_PASSWORD = 10;
	static final int MAX_PASSWORD = 128;

	private Validation() {
	}

	static String name(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			throw Problem.invalid(field, "blank", "must not be blank");
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw Problem.invalid(field, "too-long", "must have at most " + max + " characters");
		}
		return stripped;
	}

	static String country(@Nullable String value) {
		if (value == null || !COUNTRIES.contains(value.strip().toUpperCase(Locale.ROOT))) {
			throw Problem.invalid("country", "country", "must be an ISO 3166 two-letter country code, e.g. FR");
		}
		return value.strip().toUpperCase(Locale.ROOT);
	}

	static String timeZone(@Nullable String value) {
		if (value == null || value.isBlank()) {
			throw Problem.invalid("timeZone", "time-zone", "must be an IANA time zone, e.g. Europe/Paris");
		}
		try {
			ZoneId zone = ZoneId.of(value.strip());
			if (!ZoneId.getAvailableZoneIds().contains(zone.getId())) {
				throw Problem.invalid("timeZone", "time-zone", "must be an IANA time zone, e.g. Europe/Paris");
			}
			return zone.getId();
		}
		catch (DateTimeException e) {
			throw Problem.invalid("timeZone", "time-zone", "must be an IANA time zone, e.g. Europe/Paris");
		}
	}

	static String email(@Nullable String value) {
		if (value == null || value.length() > 320 || !EMAIL.matcher(value.strip()).matches()) {
			throw Problem.invalid("email", "email", "must be a valid e-mail address");
		}
		return Users.normalize(value);
	}

	static String password(String field, @Nullable String value) {
		if (value == null || value.length() < MIN_PASSWORD || value.length() > MAX_PASSWORD) {
			throw Problem.invalid(field, "password", "must have " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
		}
		return value;
	}

	static @Nullable String locale(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String tag = value.strip().toLowerCase(Locale.ROOT);
		if (!tag.equals("en") && !tag.equals("fr")) {
			throw Problem.invalid("locale", "locale", "must be en or fr");
		}
		return tag;
	}
}
