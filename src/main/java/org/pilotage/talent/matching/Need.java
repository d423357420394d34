package org.pilotage.talent.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a provider manager is looking for. Absent optional criteria do not filter anyone. The window is
 * inclusive and at most 366 days long, so that every per-day check stays bounded.
 */
public record Need(Set<String> mustHave, Set<String> niceToHave, @Nullable Seniority minimumSeniority,
		@Nullable BigDecimal maximumDayRate, @Nullable String maximumRateCurrency, LocalDate from, LocalDate to,
		int allocationPercent, @Nullable WorkingHours clientHours, double minimumOverlapHours,
		Set<String> languages) {

	public static final int MAXIMUM_WINDOW_DAYS = 366;

	public Need {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The need ends before it starts: " + from + " to " + to);
		}
		if (ChronoUnit.DAYS.between(from, to) + 1 > MAXIMUM_WINDOW_DAYS) {
			throw new IllegalArgumentException("A need spans at most " + MAXIMUM_WINDOW_DAYS + " days");
		}
		if (allocationPercent < 1 || allocationPercent > 100) {
			throw new IllegalArgumentException("Allocation must be between 1 and 100 percent: " + allocationPercent);
		}
		if ((maximumDayRate == null) != (maximumRateCurrency == null)) {
			throw new IllegalArgumentException("A maximum day rate needs its currency, and the other way round");
		}
		if (maximumDayRate != null && maximumDayRate.signum() <= 0) {
			throw new IllegalArgumentException("A maximum day rate must be positive: " + maximumDayRate);
		}
		if (minimumOverlapHours < 0 || minimumOverlapHours > 24 || Double.isNaN(minimumOverlapHours)) {
			throw new IllegalArgumentException("Minimum overlap must be between 0 and 24 hours");
		}
		if (minimumOverlapHours > 0 && clientHours == null) {
			throw new IllegalArgumentException("A minimum overlap needs the client's working hours");
		}
		mustHave = Set.copyOf(mustHave);
		niceToHave = Set.copyOf(niceToHave);
		languages = Set.copyOf(languages);
	}
}
