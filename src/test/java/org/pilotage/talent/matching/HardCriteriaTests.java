package org.pilotage.talent.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotage.talent.matching.Fixtures.FROM;
import static org.pilotage.talent.matching.Fixtures.RATES;
import static org.pilotage.talent.matching.Fixtures.SKILLS;
import static org.pilotage.talent.matching.Fixtures.TO;
import static org.pilotage.talent.matching.Fixtures.candidate;
import static org.pilotage.talent.matching.Fixtures.eligible;
import static org.pilotage.talent.matching.Fixtures.need;

class HardCriteriaTests {

	@Test
	void theReferenceCandidateMeetsEveryHardCriterion() {
		Match match = only(eligible());
		assertThat(match.eligible()).isTrue();
		assertThat(match.failures()).isEmpty();
	}

	@Test
	void mustHaveSkillsAreComparedAfterAliasesAreResolved() {
		Candidate aliases = candidate("Aliases", "Europe/Paris", Seniority.SENIOR, "500", "EUR", "JDK", "kube");
		Candidate missing = candidate("Missing", "Europe/Paris", Seniority.SENIOR, "500", "EUR", "kube", "kafka");
		assertThat(only(aliases).eligible()).isTrue();
		assertFailsOnly(missing, Matcher.MUST_HAVE, "missing Java");
	}

	@Test
	void aCandidateBelowTheMinimumSeniorityIsLeftOut() {
		Candidate junior = candidate("Junior", "Europe/Paris", Seniority.JUNIOR, "500", "EUR", "Java", "k8s");
		Candidate confirmed = candidate("Confirmed", "Europe/Paris", Seniority.CONFIRMED, "500", "EUR", "Java", "k8s");
		assertFailsOnly(junior, Matcher.SENIORITY, "JUNIOR against at least CONFIRMED");
		assertThat(only(confirmed).eligible()).isTrue();
	}

	@Test
	void theMaximumRateIsComparedInEurosWhateverTheCurrencies() {
		// 660 USD at 0.90 is 594 EUR, under 600; 670 USD is 603 EUR, over.
		Candidate under = candidate("Under", "Europe/Paris", Seniority.SENIOR, "660", "USD", "Java", "k8s");
		Candidate over = candidate("Over", "Europe/Paris", Seniority.SENIOR, "670", "USD", "Java", "k8s");
		assertThat(only(under).eligible()).isTrue();
		assertThat(only(under).dayRateEur()).isEqualByComparingTo("594");
		assertFailsOnly(over, Matcher.MAXIMUM_RATE, "603.00 EUR against at most 600.00 EUR");
		// A maximum stated in dollars is converted too: 700 USD is 630 EUR, so 603 EUR now fits.
		Need inDollars = new Need(Set.of("Java"), Set.of(), null, new BigDecimal("700"), "USD", FROM, TO, 80, null,
				0, Set.of());
		assertThat(Matcher.search(inDollars, List.of(over), RATES, SKILLS)).hasSize(1);
	}

	@Test
	void aRateInAnUnknownCurrencyCannotBeShownToFitTheMaximum() {
		Candidate unknown = candidate("Unknown", "Europe/Paris", Seniority.SENIOR, "500", "XYZ", "Java", "k8s");
		assertFailsOnly(unknown, Matcher.MAXIMUM_RATE, "no rate for XYZ");
	}

	@Test
	void theCandidateMustBeFreeEnoughOnEveryWorkingDayOfTheWindow() {
		Candidate leavesEarly = withAvailability(new Availability(FROM, LocalDate.of(2026, 3, 31), 100));
		Candidate partTime = withAvailability(new Availability(FROM, TO, 50));
		Candidate neverDeclared = withAvailability();
		assertFailsOnly(leavesEarly, Matcher.AVAILABILITY, "only 0% free on 2026-04-01");
		assertFailsOnly(partTime, Matcher.AVAILABILITY, "only 50% free on 2026-03-23");
		assertFailsOnly(neverDeclared, Matcher.AVAILABILITY, "only 0% free on 2026-03-23");
	}

	@Test
	void aGapOverTheWeekendDoesNotMakeSomeoneUnavailable() {
		Candidate weekdaysOnly = withAvailability(
				new Availability(FROM, LocalDate.of(2026, 3, 27), 80),
				new Availability(LocalDate.of(2026, 3, 30), TO, 100));
		assertThat(only(weekdaysOnly).eligible()).isTrue();
	}

	@Test
	void theOverlapMinimumHoldsOnTheWinterDaysOfTheWindowToo() {
		// Kolkata overlaps Paris 4.5 h before 29 March and 5.5 h after; a 5 h minimum fails on the first week.
		Candidate kolkata = candidate("Kolkata", "Asia/Kolkata", Seniority.SENIOR, "500", "EUR", "Java", "k8s");
		Need fiveHours = new Need(Set.of("Java"), Set.of(), null, null, null, FROM, TO, 80, Fixtures.PARIS, 5,
				Set.of());
		Need fiveHoursAfterTheChange = new Need(Set.of("Java"), Set.of(), null, null, null,
				LocalDate.of(2026, 3, 30), TO, 80, Fixtures.PARIS, 5, Set.of());
		assertThat(Matcher.search(fiveHours, List.of(kolkata), RATES, SKILLS)).isEmpty();
		assertThat(Matcher.search(fiveHours, List.of(kolkata), RATES, SKILLS, true).get(0).failures())
			.extracting(Explanation::value).containsExactly("4.5 h a day at least, 5 h needed");
		assertThat(Matcher.search(fiveHoursAfterTheChange, List.of(kolkata), RATES, SKILLS)).hasSize(1);
	}

	@Test
	void everyRequiredLanguageMustBeSpokenWhateverItsCase() {
		Need englishAndFrench = new Need(Set.of("Java"), Set.of(), null, null, null, FROM, TO, 80, null, 0,
				Set.of("English", "French"));
		Candidate bilingual = new Candidate(eligible().id(), "Bilingual", Set.of("Java"), Seniority.SENIOR,
				BigDecimal.TEN, "EUR", Fixtures.PARIS, Set.of("ENGLISH", "french"), eligible().availability());
		Candidate englishOnly = eligible();
		assertThat(Matcher.search(englishAndFrench, List.of(bilingual), RATES, SKILLS)).hasSize(1);
		assertThat(Matcher.search(englishAndFrench, List.of(englishOnly), RATES, SKILLS, true).get(0).failures())
			.extracting(Explanation::criterion, Explanation::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Matcher.LANGUAGES, "missing french"));
	}

	@Test
	void ineligibleCandidatesAreHiddenUnlessAskedForAndThenComeLastWithEveryReason() {
		Candidate farOff = candidate("Far off", "Europe/Paris", Seniority.JUNIOR, "900", "EUR", "Java");
		List<Match> hidden = Matcher.search(need(), List.of(farOff, eligible()), RATES, SKILLS);
		List<Match> shown = Matcher.search(need(), List.of(farOff, eligible()), RATES, SKILLS, true);
		assertThat(hidden).extracting(match -> match.candidate().displayName()).containsExactly("Eligible");
		assertThat(shown).extracting(match -> match.candidate().displayName()).containsExactly("Eligible", "Far off");
		Match failing = shown.get(1);
		assertThat(failing.eligible()).isFalse();
		assertThat(failing.score()).isZero();
		assertThat(failing.failures()).extracting(Explanation::criterion)
			.containsExactly(Matcher.MUST_HAVE, Matcher.SENIORITY, Matcher.MAXIMUM_RATE);
	}

	private static Match only(Candidate candidate) {
		List<Match> matches = Matcher.search(need(), List.of(candidate), RATES, SKILLS, true);
		assertThat(matches).hasSize(1);
		return matches.get(0);
	}

	private static void assertFailsOnly(Candidate candidate, String criterion, String value) {
		assertThat(Matcher.search(need(), List.of(candidate), RATES, SKILLS)).isEmpty();
		Match match = only(candidate);
		assertThat(match.eligible()).isFalse();
		assertThat(match.failures()).singleElement().satisfies(failure -> {
			assertThat(failure.criterion()).isEqualTo(criterion);
			assertThat(failure.value()).startsWith(value);
		});
	}

	private static Candidate withAvailability(Availability... periods) {
		Candidate base = eligible();
		return new Candidate(base.id(), base.displayName(), base.skills(), base.seniority(), base.dayRate(),
				base.currency(), base.hours(), base.languages(), List.of(periods));
	}
}
