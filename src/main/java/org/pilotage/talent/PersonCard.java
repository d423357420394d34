package org.pilotage.talent;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.talent.matching.Seniority;

/**
 * What another module may know of a person: identity, rate, hours and skills. Lookups through
 * {@link TalentDirectory} are not scoped; the calling module decides who may see which field. {@code skills}
 * are vocabulary codes, sorted; free tags are not part of the card.
 */
public record PersonCard(UUID id, UUID organizationId, @Nullable UUID userId, String displayName, String email,
		Seniority seniority, BigDecimal dayRate, String currency, String zone, LocalTime workStart,
		LocalTime workEnd, List<String> languages, List<String> skills) {

	public PersonCard {
		languages = List.copyOf(languages);
		skills = List.copyOf(skills);
	}
}
