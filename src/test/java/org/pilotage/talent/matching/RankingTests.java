package org.pilotage.talent.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotage.talent.matching.Fixtures.FROM;
import static org.pilotage.talent.matching.Fixtures.RATES;
import static org.pilotage.talent.matching.Fixtures.SKILLS;
import static org.pilotage.talent.matching.Fixtures.TO;
import static org.pilotage.talent.matching.Fixtures.candidate;
import static org.pilotage.talent.matching.Fixtures.need;

/**
 * The need: Java and Kubernetes required, PostgreSQL and Kafka welcome, confirmed or better, at most 600 EUR,
 * 80% over two weeks spanning the spring change of time, 4 h a day with a Paris client. Points: nice-to-have
 * 40, rate fit 25 (share of the maximum left unspent), overlap margin 20 (full from 4 h above the minimum),
 * seniority margin 15 (CONFIRMED 0, SENIOR 7.5, LEAD 15).
 */
class RankingTests {

	// Dora: every nice-to-have 40, 100 of 600 EUR left 4.2, 9 h with Paris is 5 h of margin 20, SENIOR 7.5 = 71.7.
	final Candidate dora = candidate("Dora", "Europe/Paris", Seniority.SENIOR, "500", "EUR",
			"Java", "k8s", "postgres", "kafka");

	// Emile: Dora's twin, same 71.7 and same rate, so the name puts him right after her.
	final Candidate emile = candidate("Emile", "Europe/Paris", Seniority.SENIOR, "500", "EUR",
			"Java", "k8s", "postgres", "kafka");

	// Aina: every nice-to-have 40, 2,000,000 MGA is 400 EUR so 200 left 8.3, 7 h on the winter days is 3 h of
	// margin 15, SENIOR 7.5 = 70.8: cheaper than Dora, but the hour lost to Antananarivo costs more than it saves.
	final Candidate aina = candidate("Aina", "Indian/Antananarivo", Seniority.SENIOR, "2000000", "MGA",
			"JDK", "kube", "psql", "Apache Kafka");

	// Bruno: PostgreSQL only 20, 50 EUR left 2.1, full overlap 20, LEAD 15 = 57.1: seniority does not make up
	// for a missing nice-to-have and a rate near the ceiling.
	final Candidate bruno = candidate("Bruno", "Europe/Paris", Seniority.LEAD, "550", "EUR",
			"JDK", "Kubernetes", "PostgreSQL");

	// Chitra: Kafka only 20, 27,000 INR is 297 EUR so 303 left 12.6, 4.5 h on the winter days is 0.5 h of
	// margin 2.5, CONFIRMED 0 = 35.1: the cheapest, last of the eligible.
	final Candidate chitra = candidate("Chitra", "Asia/Kolkata", Seniority.CONFIRMED, "27000", "INR",
			"Java", "K8s", "Kafka");

	// Farid: 700 USD is 630 EUR, over the maximum; not ranked at all.
	final Candidate farid = candidate("Farid", "Europe/Paris", Seniority.LEAD, "700", "USD",
			"Java", "k8s", "postgres", "kafka");

	final List<Candidate> pool = List.of(farid, chitra, bruno, aina, emile, dora);

	@Test
	void candidatesAreRankedByTheirExplainedScore() {
		List<Match> matches = Matcher.search(need(), pool, RATES, SKILLS);

		assertThat(matches).extracting(match -> match.candidate().displayName())
			.containsExactly("Dora", "Emile", "Aina", "Bruno", "Chitra");
		assertThat(matches).extracting(match -> match.score().toPlainString())
			.containsExactly("71.7", "71.7", "70.8", "57.1", "35.1");
	}

	@Test
	void eachScoreIsTheSumOfItsExplainedParts() {
		for (Match match : Matcher.search(need(), pool, RATES, SKILLS)) {
			BigDecimal sum = match.explanations().stream().map(Explanation::points)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(sum).isEqualByComparingTo(match.score());
		}
	}

	@Test
	void theExplanationTellsWhichCriteriaMatchedAndWhy() {
		Match aina = Matcher.search(need(), List.of(this.aina), RATES, SKILLS).get(0);

		assertThat(aina.overlapHours()).isEqualTo(7.0);
		assertThat(aina.dayRateEur()).isEqualByComparingTo("400");
		assertThat(aina.explanations()).extracting(Explanation::criterion, Explanation::value)
			.contains(
					org.assertj.core.groups.Tuple.tuple(Matcher.OVERLAP, "7 h a day at least, 4 h needed"),
					org.assertj.core.groups.Tuple.tuple(Matcher.NICE_TO_HAVE, "2 of 2: Kafka, PostgreSQL"),
					org.assertj.core.groups.Tuple.tuple(Matcher.RATE_FIT, "200.00 EUR under the maximum (33%)"),
					org.assertj.core.groups.Tuple.tuple(Matcher.AVAILABILITY, "at least 80% free every working day"));
	}

	@Test
	void theSameCandidatesInAnyOrderGiveTheSameRanking() {
		List<Match> reference = Matcher.search(need(), pool, RATES, SKILLS, true);
		for (long seed = 0; seed < 20; seed++) {
			List<Candidate> shuffled = new ArrayList<>(pool);
			Collections.shuffle(shuffled, new Random(seed));
			assertThat(Matcher.search(need(), shuffled, RATES, SKILLS, true)).isEqualTo(reference);
		}
	}

	@Test
	void equalScoresGoToTheCheaperThenToTheNameThenToTheId() {
		// Without a maximum rate every rate earns the full rate-fit points, so these four tie on score: 40 + 25
		// + 20 for the criteria not asked, and SENIOR two levels of three above the implied JUNIOR minimum, 10.
		Need noMaximum = new Need(Set.of("Java"), Set.of(), null, null, null, FROM, TO, 50, null, 0, Set.of());
		Candidate dearer = candidate("Alice", "Europe/Paris", Seniority.SENIOR, "700", "EUR", "Java");
		Candidate cheaper = candidate("Zoe", "Europe/Paris", Seniority.SENIOR, "90000", "MGA", "Java");
		Candidate secondId = withId(candidate("Yann", "Europe/Paris", Seniority.SENIOR, "600", "EUR", "Java"),
				"00000000-0000-0000-0000-000000000002");
		Candidate firstId = withId(secondId, "00000000-0000-0000-0000-000000000001");

		List<Match> matches = Matcher.search(noMaximum, List.of(dearer, secondId, firstId, cheaper), RATES, SKILLS);

		assertThat(matches).extracting(Match::score).containsOnly(new BigDecimal("95.0"));
		assertThat(matches).extracting(match -> match.candidate().id())
			.containsExactly(cheaper.id(), firstId.id(), secondId.id(), dearer.id());
	}

	private static Candidate withId(Candidate candidate, String id) {
		return new Candidate(UUID.fromString(id), candidate.displayName(), candidate.skills(), candidate.seniority(),
				candidate.dayRate(), candidate.currency(), candidate.hours(), candidate.languages(),
				candidate.availability());
	}
}
