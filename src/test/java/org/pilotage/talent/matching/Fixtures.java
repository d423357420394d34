package org.pilotage.talent.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A need from a Paris client across the spring change of time, and the people it is matched against. */
final class Fixtures {

	static final LocalDate FROM = LocalDate.of(2026, 3, 23);

	static final LocalDate TO = LocalDate.of(2026, 4, 3);

	static final WorkingHours PARIS = WorkingHours.of("Europe/Paris", "09:00", "18:00");

	static final SkillVocabulary SKILLS = SkillVocabulary.of(Map.of(
			"Java", Set.of("jdk"),
			"Kubernetes", Set.of("k8s", "kube"),
			"PostgreSQL", Set.of("postgres", "psql"),
			"Kafka", Set.of("apache kafka")));

	static final Rates RATES = Rates.of(Map.of(
			"USD", new BigDecimal("0.90"),
			"MGA", new BigDecimal("0.0002"),
			"INR", new BigDecimal("0.011")));

	private Fixtures() {
	}

	/** Java and Kubernetes, Postgres and Kafka welcome, confirmed or better, 600 EUR, 80%, 4 h with Paris. */
	static Need need() {
		return new Need(Set.of("java", "K8s"), Set.of("Postgres", "Kafka"), Seniority.CONFIRMED,
				new BigDecimal("600"), "EUR", FROM, TO, 80, PARIS, 4, Set.of("English"));
	}

	static Candidate candidate(String name, String zone, Seniority seniority, String rate, String currency,
			String... skills) {
		return new Candidate(UUID.nameUUIDFromBytes(name.getBytes()), name, Set.of(skills), seniority,
				new BigDecimal(rate), currency, WorkingHours.of(zone, "09:00", "18:00"), Set.of("english"),
				List.of(new Availability(FROM.minusMonths(1), TO.plusMonths(1), 100)));
	}

	/** Eligible for {@link #need()}: every hard criterion is met with room to spare. */
	static Candidate eligible() {
		return candidate("Eligible", "Europe/Paris", Seniority.SENIOR, "500", "EUR", "Java", "Kubernetes");
	}
}
