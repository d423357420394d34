package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pilotage.governance.EngagementRisk.ExitReadiness;
import org.pilotage.governance.EngagementRisk.PersonWork;
import org.pilotage.governance.RiskInputs.Contract;
import org.pilotage.governance.RiskInputs.ExitFacts;
import org.pilotage.governance.RiskInputs.Resolution;
import org.pilotage.governance.RiskWarning.Level;

/**
 * Dependency risk worked out by hand. The fixture: over the window, ten items were resolved, eight by Amina, one by
 * Bruno and one with nobody assigned; Amina logged 1,200 minutes, Bruno 240 and Chloé, who resolved nothing, 60; two
 * of the ten resolved items (one of Amina's, Bruno's) and one still open item are linked to an article; the exit plan
 * is on file and nothing else (its rehearsal is two years old). One person did 80 % of the work.
 */
class OnePersonDoingMostOfTheWorkTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	static final UUID AMINA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
	static final UUID BRUNO = UUID.fromString("00000000-0000-0000-0000-00000000000b");
	static final UUID CHLOE = UUID.fromString("00000000-0000-0000-0000-00000000000c");

	static final List<UUID> ITEMS = items(11);

	static List<UUID> items(int count) {
		List<UUID> items = new ArrayList<>();
		for (int n = 1; n <= count; n++) {
			items.add(new UUID(1, n));
		}
		return items;
	}

	static RiskInputs fixture() {
		List<Resolution> resolutions = new ArrayList<>();
		for (int n = 0; n < 8; n++) {
			resolutions.add(new Resolution(ITEMS.get(n), AMINA));
		}
		resolutions.add(new Resolution(ITEMS.get(8), BRUNO));
		resolutions.add(new Resolution(ITEMS.get(9), null));
		// ITEMS.get(10) is open: linked, but not among the resolved
		return new RiskInputs(resolutions, Map.of(AMINA, 1_200L, BRUNO, 240L, CHLOE, 60L),
				Set.of(ITEMS.get(0), ITEMS.get(8), ITEMS.get(10)),
				new ExitFacts(true, false, TODAY.minusYears(2), false));
	}

	@Test
	void onePersonWhoResolvedEightOfTenItemsAndLoggedEightyPercentOfTheTimeIsACriticalKeyPerson() {
		EngagementRisk risk = DependencyRisk.of(fixture(), RiskThresholds.DEFAULTS, TODAY);

		// 10 resolved, 1 of them with nobody assigned; 1,200 + 240 + 60 = 1,500 minutes
		assertThat(risk.keyPerson().resolvedItems()).isEqualTo(10);
		assertThat(risk.keyPerson().unassignedItems()).isEqualTo(1);
		assertThat(risk.keyPerson().loggedMinutes()).isEqualTo(1_500);
		// Amina: 8 ÷ 10 = 80.00 % of the items, 1,200 ÷ 1,500 = 80.00 % of the time
		assertThat(risk.keyPerson().topByItems()).isEqualTo(AMINA);
		assertThat(risk.keyPerson().topItemsShare()).isEqualByComparingTo("80.00");
		assertThat(risk.keyPerson().topByTime()).isEqualTo(AMINA);
		assertThat(risk.keyPerson().topTimeShare()).isEqualByComparingTo("80.00");
		// Amina alone resolved half of the items (8 ≥ 10 ÷ 2)
		assertThat(risk.keyPerson().peopleForHalf()).isEqualTo(1);
		// Bruno: 1 ÷ 10 = 10.00 %, 240 ÷ 1,500 = 16.00 %; Chloé: nothing resolved, 60 ÷ 1,500 = 4.00 %
		assertThat(risk.keyPerson().people()).extracting(PersonWork::person, PersonWork::items, PersonWork::itemsShare,
				PersonWork::minutes, PersonWork::timeShare)
			.containsExactly(tuple(AMINA, 8, new BigDecimal("80.00"), 1_200L, new BigDecimal("80.00")),
					tuple(BRUNO, 1, new BigDecimal("10.00"), 240L, new BigDecimal("16.00")),
					tuple(CHLOE, 0, new BigDecimal("0.00"), 60L, new BigDecimal("4.00")));
		// 2 of the 10 resolved items are linked: 20.00 %; the open linked item does not count
		assertThat(risk.knowledge().resolvedItems()).isEqualTo(10);
		assertThat(risk.knowledge().linkedItems()).isEqualTo(2);
		assertThat(risk.knowledge().percent()).isEqualByComparingTo("20.00");
		// a plan on file only: 25 points; a rehearsal two years old does not count
		assertThat(risk.exit()).isEqualTo(new ExitReadiness(25, true, false, false, false));
		// 80.00 > 75: critical twice; 10 ≤ 20.00 < 30: a warning; 25 ≤ 25 < 50: a warning
		assertThat(risk.warnings()).extracting(RiskWarning::code, RiskWarning::level, RiskWarning::value,
				RiskWarning::threshold)
			.containsExactly(tuple("key-person-items", Level.CRITICAL, new BigDecimal("80.00"), 75),
					tuple("key-person-time", Level.CRITICAL, new BigDecimal("80.00"), 75),
					tuple("knowledge-coverage", Level.WARNING, new BigDecimal("20.00"), 30),
					tuple("exit-readiness", Level.WARNING, new BigDecimal("25"), 50));
		assertThat(risk.warnings().get(0).messageKey()).isEqualTo("governance.risk.warning.key-person-items");
	}

	@Test
	void workSpreadOverFourPeopleTakesTwoOfThemForHalfAndRaisesNoKeyPersonWarning() {
		UUID dora = new UUID(2, 4);
		List<Resolution> resolutions = new ArrayList<>();
		int[] counts = { 4, 3, 2, 1 };
		UUID[] people = { AMINA, BRUNO, CHLOE, dora };
		int item = 0;
		for (int p = 0; p < people.length; p++) {
			for (int n = 0; n < counts[p]; n++) {
				resolutions.add(new Resolution(ITEMS.get(item++), people[p]));
			}
		}
		EngagementRisk risk = DependencyRisk.of(new RiskInputs(resolutions,
				Map.of(AMINA, 100L, BRUNO, 100L, CHLOE, 100L, dora, 100L), Set.copyOf(ITEMS.subList(0, 5)), null),
				RiskThresholds.DEFAULTS, TODAY);

		// Amina 4 ÷ 10 = 40.00 %; 4 < 5, 4 + 3 = 7 ≥ 5: two people; time 100 ÷ 400 = 25.00 %, Amina first by items
		assertThat(risk.keyPerson().topItemsShare()).isEqualByComparingTo("40.00");
		assertThat(risk.keyPerson().peopleForHalf()).isEqualTo(2);
		assertThat(risk.keyPerson().topByTime()).isEqualTo(AMINA);
		assertThat(risk.keyPerson().topTimeShare()).isEqualByComparingTo("25.00");
		// 5 of 10 linked: 50.00 %; no exit plan among the inputs: no readiness, no warning about it
		assertThat(risk.knowledge().percent()).isEqualByComparingTo("50.00");
		assertThat(risk.exit()).isNull();
		assertThat(risk.warnings()).isEmpty();
	}

	@Test
	void nothingResolvedAndNoTimeLoggedGivesNoShareAndNoWarning() {
		EngagementRisk risk = DependencyRisk.of(new RiskInputs(List.of(), Map.of(), Set.of(ITEMS.get(0)), null),
				RiskThresholds.DEFAULTS, TODAY);

		assertThat(risk.keyPerson().resolvedItems()).isZero();
		assertThat(risk.keyPerson().people()).isEmpty();
		assertThat(risk.keyPerson().topByItems()).isNull();
		assertThat(risk.keyPerson().topItemsShare()).isNull();
		assertThat(risk.keyPerson().topByTime()).isNull();
		assertThat(risk.keyPerson().topTimeShare()).isNull();
		assertThat(risk.keyPerson().peopleForHalf()).isNull();
		assertThat(risk.knowledge().percent()).isNull();
		assertThat(risk.warnings()).isEmpty();
	}

	@Test
	void whenMostResolvedItemsHadNobodyAssignedNoGroupOfPeopleCoversHalf() {
		List<Resolution> resolutions = new ArrayList<>();
		for (int n = 0; n < 6; n++) {
			resolutions.add(new Resolution(ITEMS.get(n), null));
		}
		resolutions.add(new Resolution(ITEMS.get(6), AMINA));
		resolutions.add(new Resolution(ITEMS.get(7), AMINA));
		resolutions.add(new Resolution(ITEMS.get(8), AMINA));
		resolutions.add(new Resolution(ITEMS.get(9), BRUNO));

		EngagementRisk risk = DependencyRisk.of(new RiskInputs(resolutions, Map.of(), Set.of(), null),
				RiskThresholds.DEFAULTS, TODAY);

		// 3 + 1 = 4 < 5: half is out of reach; Amina holds 30.00 % of all the resolved items
		assertThat(risk.keyPerson().peopleForHalf()).isNull();
		assertThat(risk.keyPerson().unassignedItems()).isEqualTo(6);
		assertThat(risk.keyPerson().topItemsShare()).isEqualByComparingTo("30.00");
		// nothing linked: 0.00 % < 10, critical; nobody logged time: no time share
		assertThat(risk.keyPerson().topTimeShare()).isNull();
		assertThat(risk.warnings()).extracting(RiskWarning::code, RiskWarning::level)
			.containsExactly(tuple("knowledge-coverage", Level.CRITICAL));
	}

	@Test
	void aShareOnItsThresholdRaisesNothingAndOneOnTheCriticalThresholdOnlyAWarning() {
		// 1 of 2 = 50.00 %: not above 50
		EngagementRisk half = DependencyRisk.of(new RiskInputs(
				List.of(new Resolution(ITEMS.get(0), AMINA), new Resolution(ITEMS.get(1), BRUNO)),
				Map.of(AMINA, 50L, BRUNO, 50L), Set.of(ITEMS.get(0)), new ExitFacts(true, true, null, false)),
				RiskThresholds.DEFAULTS, TODAY);
		// 3 of 4 = 75.00 %: above 50, not above 75; 1 of 4 linked = 25.00 %: below 30, not below 10; 0 points
		List<Resolution> four = new ArrayList<>();
		for (int n = 0; n < 3; n++) {
			four.add(new Resolution(ITEMS.get(n), AMINA));
		}
		four.add(new Resolution(ITEMS.get(3), BRUNO));
		EngagementRisk threeQuarters = DependencyRisk.of(new RiskInputs(four, Map.of(AMINA, 75L, BRUNO, 25L),
				Set.of(ITEMS.get(0)), new ExitFacts(false, false, null, false)), RiskThresholds.DEFAULTS, TODAY);

		assertThat(half.warnings()).isEmpty();
		assertThat(half.exit().score()).isEqualTo(50);
		assertThat(threeQuarters.warnings()).extracting(RiskWarning::code, RiskWarning::level, RiskWarning::threshold)
			.containsExactly(tuple("key-person-items", Level.WARNING, 50), tuple("key-person-time", Level.WARNING, 50),
					tuple("knowledge-coverage", Level.WARNING, 30), tuple("exit-readiness", Level.CRITICAL, 25));
		assertThat(threeQuarters.knowledge().percent()).isEqualByComparingTo("25.00");
	}

	@Test
	void aTieGoesToThePersonWithMoreOfTheOtherFigureThenToTheSmallerId() {
		List<Resolution> resolutions = List.of(new Resolution(ITEMS.get(0), BRUNO), new Resolution(ITEMS.get(1), BRUNO),
				new Resolution(ITEMS.get(2), AMINA), new Resolution(ITEMS.get(3), AMINA),
				new Resolution(ITEMS.get(4), CHLOE));

		EngagementRisk moreTime = DependencyRisk.of(new RiskInputs(resolutions, Map.of(AMINA, 10L, BRUNO, 20L,
				CHLOE, 20L), Set.of(), null), RiskThresholds.DEFAULTS, TODAY);
		EngagementRisk even = DependencyRisk.of(new RiskInputs(resolutions, Map.of(AMINA, 10L, BRUNO, 10L), Set.of(),
				null), RiskThresholds.DEFAULTS, TODAY);

		// Amina and Bruno resolved 2 each: Bruno logged more; both logged 20: Bruno resolved more than Chloé
		assertThat(moreTime.keyPerson().topByItems()).isEqualTo(BRUNO);
		assertThat(moreTime.keyPerson().topByTime()).isEqualTo(BRUNO);
		assertThat(moreTime.keyPerson().topTimeShare()).isEqualByComparingTo("40.00");
		// all even: the smaller id, Amina's
		assertThat(even.keyPerson().topByItems()).isEqualTo(AMINA);
		assertThat(even.keyPerson().topByTime()).isEqualTo(AMINA);
	}

	@Test
	void eachFactOfTheExitPlanIsWorthTwentyFivePointsAndARehearsalCountsForLessThanAYear() {
		assertThat(DependencyRisk.exitReadiness(new ExitFacts(true, true, TODAY.minusYears(1).plusDays(1), true),
				TODAY)).isEqualTo(new ExitReadiness(100, true, true, true, true));
		// exactly a year old: no longer less than a year
		assertThat(DependencyRisk.exitReadiness(new ExitFacts(true, true, TODAY.minusYears(1), true), TODAY).score())
			.isEqualTo(75);
		assertThat(DependencyRisk.exitReadiness(new ExitFacts(false, false, TODAY, false), TODAY))
			.isEqualTo(new ExitReadiness(25, false, false, true, false));
		// a rehearsal written in the future is not one that happened
		assertThat(DependencyRisk.exitReadiness(new ExitFacts(false, false, TODAY.plusDays(1), false), TODAY).score())
			.isZero();
		assertThat(DependencyRisk.exitReadiness(new ExitFacts(false, true, null, true), TODAY).score()).isEqualTo(50);
	}

	@Test
	void aClientSpendingEightyPercentWithOneProviderRaisesAWarningAndEachCurrencyIsWeighedOnItsOwn() {
		UUID atlas = new UUID(3, 1);
		UUID borealis = new UUID(3, 2);
		UUID casablanca = new UUID(3, 3);
		// a helpdesk at 8,000.00 a month over 2026: 12 × 8,000.00 = 96,000.00; a mission budgeted 24,000.00
		BigDecimal helpdesk = DependencyRisk.spend(null, new BigDecimal("8000.00"), LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31));
		BigDecimal mission = DependencyRisk.spend(new BigDecimal("24000.00"), null, LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 6, 30));
		assertThat(helpdesk).isEqualByComparingTo("96000.00");
		assertThat(mission).isEqualByComparingTo("24000.00");

		List<VendorRisk> vendors = DependencyRisk.vendors(List.of(new Contract(new UUID(4, 1), atlas, "EUR", helpdesk),
				new Contract(new UUID(4, 2), borealis, "EUR", mission),
				new Contract(new UUID(4, 3), casablanca, "MAD", new BigDecimal("5000"))), RiskThresholds.DEFAULTS);

		// EUR: 96,000 ÷ 120,000 = 80.00 % > 70: a warning; MAD: one provider, 100.00 % > 90: critical
		assertThat(vendors).extracting(VendorRisk::currency).containsExactly("EUR", "MAD");
		VendorRisk euros = vendors.get(0);
		assertThat(euros.totalSpend()).isEqualByComparingTo("120000.00");
		assertThat(euros.providers()).extracting(p -> p.provider(), p -> p.share())
			.containsExactly(tuple(atlas, new BigDecimal("80.00")), tuple(borealis, new BigDecimal("20.00")));
		assertThat(euros.topShare()).isEqualByComparingTo("80.00");
		assertThat(euros.warning().code()).isEqualTo("vendor-concentration");
		assertThat(euros.warning().level()).isEqualTo(Level.WARNING);
		assertThat(euros.warning().threshold()).isEqualTo(70);
		assertThat(vendors.get(1).topShare()).isEqualByComparingTo("100.00");
		assertThat(vendors.get(1).warning().level()).isEqualTo(Level.CRITICAL);
	}

	@Test
	void aMonthlyFeeCountsEveryMonthOfTheTermBegunAndAYearWhenTheTermHasNoEnd() {
		LocalDate start = LocalDate.of(2026, 1, 15);
		assertThat(DependencyRisk.termMonths(start, LocalDate.of(2026, 2, 14))).isEqualTo(1);
		assertThat(DependencyRisk.termMonths(start, LocalDate.of(2026, 2, 15))).isEqualTo(2);
		assertThat(DependencyRisk.termMonths(start, LocalDate.of(2027, 1, 14))).isEqualTo(12);
		assertThat(DependencyRisk.termMonths(start, start)).isEqualTo(1);
		assertThat(DependencyRisk.termMonths(start, null)).isEqualTo(12);
		assertThat(DependencyRisk.termMonths(null, start)).isEqualTo(12);
		// a budget and a fee add up: 10,000 + 3 × 1,000
		assertThat(DependencyRisk.spend(new BigDecimal("10000"), new BigDecimal("1000"), start,
				LocalDate.of(2026, 4, 14))).isEqualByComparingTo("13000");
		assertThat(DependencyRisk.spend(null, null, start, null)).isEqualByComparingTo("0");
	}

	@Test
	void anItemIsResolvedOnceAndNoMinutesAreNegative() {
		assertThatThrownBy(() -> new RiskInputs(List.of(new Resolution(ITEMS.get(0), AMINA),
				new Resolution(ITEMS.get(0), BRUNO)), Map.of(), Set.of(), null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RiskInputs(List.of(), Map.of(AMINA, -1L), Set.of(), null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	/**
	 * Over seeded random teams: the top share is the largest person's, the people for half are the fewest whose items
	 * reach half (one fewer never does), and the shares of the items add up to the assigned share within rounding.
	 */
	@Test
	void theFewestPeopleForHalfAndTheTopShareHoldOverRandomTeams() {
		Random random = new Random(20261129);
		for (int round = 0; round < 500; round++) {
			int size = 1 + random.nextInt(8);
			List<UUID> team = new ArrayList<>();
			for (int p = 0; p < size; p++) {
				team.add(new UUID(5, p));
			}
			List<Resolution> resolutions = new ArrayList<>();
			Map<UUID, Integer> counts = new HashMap<>();
			int resolved = random.nextInt(40);
			for (int n = 0; n < resolved; n++) {
				UUID person = random.nextInt(5) == 0 ? null : team.get(random.nextInt(size));
				resolutions.add(new Resolution(new UUID(6, n), person));
				if (person != null) {
					counts.merge(person, 1, Integer::sum);
				}
			}
			EngagementRisk risk = DependencyRisk.of(new RiskInputs(resolutions, Map.of(), Set.of(), null),
					RiskThresholds.DEFAULTS, TODAY);

			List<Integer> mostFirst = counts.values().stream().sorted((a, b) -> b - a).toList();
			int max = mostFirst.isEmpty() ? 0 : mostFirst.get(0);
			assertThat(risk.keyPerson().topItemsShare()).as("round " + round)
				.isEqualTo(max == 0 ? null : DependencyRisk.percent(max, resolved));
			Integer half = risk.keyPerson().peopleForHalf();
			int assigned = mostFirst.stream().mapToInt(Integer::intValue).sum();
			if (resolved == 0 || 2 * assigned < resolved) {
				assertThat(half).as("round " + round).isNull();
			}
			else {
				int covered = mostFirst.subList(0, half).stream().mapToInt(Integer::intValue).sum();
				int fewer = covered - mostFirst.get(half - 1);
				assertThat(2 * covered).as("round " + round).isGreaterThanOrEqualTo(resolved);
				assertThat(2 * fewer).as("round " + round).isLessThan(resolved);
			}
			BigDecimal shares = risk.keyPerson().people().stream().map(PersonWork::itemsShare)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			if (resolved > 0) {
				assertThat(shares.subtract(DependencyRisk.percent(assigned, resolved)).abs())
					.as("round " + round).isLessThanOrEqualTo(new BigDecimal("0.05"));
			}
		}
	}
}
