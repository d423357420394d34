package org.pilotage.talent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.pilotage.talent.matching.Seniority;

/** A row of {@code people} with its vocabulary skills and free tags. */
record Person(UUID id, UUID organizationId, boolean freelance, @Nullable UUID userId, String displayName,
		String email, Seniority seniority, BigDecimal dayRate, String currency, String zone,
		@JsonFormat(pattern = "HH:mm") LocalTime workStart, @JsonFormat(pattern = "HH:mm") LocalTime workEnd,
		List<String> languages, List<String> certifications, List<String> skills, List<String> tags, boolean listed,
		boolean active, long version, Instant createdAt, Instant updatedAt) {

	Person {
		languages = List.copyOf(languages);
		certifications = List.copyOf(certifications);
		skills = List.copyOf(skills);
		tags = List.copyOf(tags);
	}

	PersonCard card() {
		return new PersonCard(id, organizationId, userId, displayName, email, seniority, dayRate, currency, zone,
				workStart, workEnd, languages, skills);
	}

	Person withSkills(List<String> skillCodes, List<String> freeTags) {
		return new Person(id, organizationId, freelance, userId, displayName, email, seniority, dayRate, currency,
				zone, workStart, workEnd, languages, certifications, skillCodes, freeTags, listed, active, version,
				createdAt, updatedAt);
	}

	/** What the audit trail keeps of a profile: no rate, since an audit line is read more widely than a profile. */
	String summary() {
		return "name=" + displayName + ", email=" + email + ", seniority=" + seniority + ", zone=" + zone + " "
				+ workStart + "-" + workEnd + ", skills=" + skills + ", tags=" + tags + ", languages=" + languages
				+ ", listed=" + listed + ", active=" + active;
	}
}
