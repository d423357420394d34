package org.pilotage.talent.matching;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A person of the talent pool as the matcher sees them. Skills may use any alias of the vocabulary; the day
 * rate is in the candidate's own currency and converted by the caller's {@link Rates}.
 */
public record Candidate(UUID id, String displayName, Set<String> skills, Seniority seniority, BigDecimal dayRate,
		String currency, WorkingHours hours, Set<String> languages, List<Availability> availability) {

	public Candidate {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(displayName, "displayName");
		Objects.requireNonNull(seniority, "seniority");
		Objects.requireNonNull(dayRate, "dayRate");
		Objects.requireNonNull(currency, "currency");
		Objects.requireNonNull(hours, "hours");
		if (dayRate.signum() < 0) {
			throw new IllegalArgumentException("A day rate cannot be negative: " + dayRate);
		}
		skills = Set.copyOf(skills);
		languages = Set.copyOf(languages);
		availability = List.copyOf(availability);
	}
}
