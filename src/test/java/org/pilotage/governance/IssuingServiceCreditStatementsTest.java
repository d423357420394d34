package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pilotage.governance.CreditContract.Band;
import org.pilotage.governance.CreditContract.Direction;
import org.pilotage.governance.CreditContract.ServiceLevel;
import org.pilotage.governance.CreditStatement.LevelCredit;
import org.pilotage.governance.ServiceCredits.FieldProblem;
import org.pilotage.governance.ServiceCredits.InvalidContract;

/**
 * Monthly statements worked out by hand, the computation in the comments. The contract of most of them: a fee
 * {@code F} of 50,000.00 EUR with {@code A} = 12 % at risk, so a pool and a cap of 50,000 × 12 % = 6,000.00, shared by
 * SLA compliance (higher is better, target 95, minimum 90, 40 %), the time to repair in hours (lower is better,
 * target 4, minimum 8, 30 %) and the CSAT average (higher is better, target 4.5, minimum 4.0, 30 %).
 */
class IssuingServiceCreditStatementsTest {

	static final YearMonth MARCH = YearMonth.of(2026, 3);

	static final ServiceLevel COMPLIANCE = level("sla-compliance", Direction.HIGHER_IS_BETTER, "95", "90", "40");
	static final ServiceLevel REPAIR = level("mttr-hours", Direction.LOWER_IS_BETTER, "4", "8", "30");
	static final ServiceLevel CSAT = level("csat-average", Direction.HIGHER_IS_BETTER, "4.5", "4.0", "30");

	static final CreditContract CONTRACT = CreditContract.of("EUR", new BigDecimal("50000.00"), new BigDecimal("12"),
			List.of(COMPLIANCE, REPAIR, CSAT), List.of("reopen-rate", "throughput"));

	static ServiceLevel level(String kpi, Direction direction, String target, String minimum, String allocation) {
		return new ServiceLevel(kpi, direction, new BigDecimal(target), new BigDecimal(minimum),
				new BigDecimal(allocation));
	}

	static Map<String, BigDecimal> measures(String... codesAndValues) {
		Map<String, BigDecimal> measures = new HashMap<>();
		for (int i = 0; i < codesAndValues.length; i += 2) {
			measures.put(codesAndValues[i], new BigDecimal(codesAndValues[i + 1]));
		}
		return measures;
	}

	static LevelCredit line(CreditStatement statement, String kpi) {
		return statement.levels().stream().filter(line -> line.level().kpi().equals(kpi)).findFirst().orElseThrow();
	}

	@Test
	void aLevelBelowItsMinimumCreditsItsWholeAllocationOneBetweenHalfOfItAndOneMeetingItsTargetNothing() {
		CreditStatement statement = ServiceCredits.statement(CONTRACT, MARCH,
				measures("sla-compliance", "88.5", "mttr-hours", "3.5", "csat-average", "4.2", "reopen-rate", "3.1"));

		// (a) compliance 88.5 < minimum 90: below the minimum, 6,000 × 40 % × 1 = 2,400.00
		assertThat(line(statement, "sla-compliance").band().name()).isEqualTo("below-minimum");
		assertThat(line(statement, "sla-compliance").credit()).isEqualByComparingTo("2400.00");
		// (b) CSAT 4.0 ≤ 4.2 < 4.5: between the minimum and the target, 6,000 × 30 % × 0.5 = 900.00
		assertThat(line(statement, "csat-average").band().name()).isEqualTo("below-target");
		assertThat(line(statement, "csat-average").credit()).isEqualByComparingTo("900.00");
		// (c) repair 3.5 h ≤ target 4 h (lower is better): met, 0.00
		assertThat(line(statement, "mttr-hours").band().name()).isEqualTo("target-met");
		assertThat(line(statement, "mttr-hours").credit()).isEqualByComparingTo("0.00");
		// 2,400.00 + 900.00 + 0.00 = 3,300.00, under the cap of 6,000.00
		assertThat(statement.cap()).isEqualByComparingTo("6000.00");
		assertThat(statement.totalBeforeCap()).isEqualByComparingTo("3300.00");
		assertThat(statement.total()).isEqualByComparingTo("3300.00");
		assertThat(statement.capReached()).isFalse();
		// amounts carry the cent, as printed
		assertThat(statement.total().scale()).isEqualTo(2);
		assertThat(statement.month()).isEqualTo(MARCH);
		assertThat(statement.reported()).extracting(r -> r.kpi(), r -> r.measure())
			.containsExactly(tuple("reopen-rate", new BigDecimal("3.1")), tuple("throughput", null));
	}

	@Test
	void aMeasureOnTheTargetOrTheMinimumFallsInTheBetterBand() {
		CreditStatement statement = ServiceCredits.statement(CONTRACT, MARCH,
				measures("sla-compliance", "95", "mttr-hours", "8", "csat-average", "4.0"));

		// compliance exactly 95 = target: met, 0.00
		assertThat(line(statement, "sla-compliance").credit()).isEqualByComparingTo("0");
		// repair exactly 8 h = minimum: between, 6,000 × 30 % × 0.5 = 900.00
		assertThat(line(statement, "mttr-hours").band().name()).isEqualTo("below-target");
		assertThat(line(statement, "mttr-hours").credit()).isEqualByComparingTo("900.00");
		// CSAT exactly 4.0 = minimum: between, 900.00
		assertThat(line(statement, "csat-average").credit()).isEqualByComparingTo("900.00");
		// 0 + 900 + 900 = 1,800.00
		assertThat(statement.total()).isEqualByComparingTo("1800.00");
	}

	@Test
	void aLowerIsBetterLevelIsCreditedWhenItsMeasureRisesPastTheTargetAndAgainPastTheMinimum() {
		// (d) repair 6 h: worse than 4, better than 8 → 6,000 × 30 % × 0.5 = 900.00
		CreditStatement between = ServiceCredits.statement(CONTRACT, MARCH,
				measures("sla-compliance", "99", "mttr-hours", "6", "csat-average", "4.8"));
		assertThat(line(between, "mttr-hours").band().name()).isEqualTo("below-target");
		assertThat(line(between, "mttr-hours").credit()).isEqualByComparingTo("900.00");
		assertThat(between.total()).isEqualByComparingTo("900.00");

		// repair 9.25 h: worse than the minimum 8 → 6,000 × 30 % × 1 = 1,800.00
		CreditStatement below = ServiceCredits.statement(CONTRACT, MARCH,
				measures("sla-compliance", "99", "mttr-hours", "9.25", "csat-average", "4.8"));
		assertThat(line(below, "mttr-hours").band().name()).isEqualTo("below-minimum");
		assertThat(line(below, "mttr-hours").credit()).isEqualByComparingTo("1800.00");

		// repair 0.5 h: far better than the target → 0.00
		CreditStatement met = ServiceCredits.statement(CONTRACT, MARCH,
				measures("sla-compliance", "99", "mttr-hours", "0.5", "csat-average", "4.8"));
		assertThat(line(met, "mttr-hours").credit()).isEqualByComparingTo("0");
		assertThat(met.total()).isEqualByComparingTo("0");
		assertThat(met.capReached()).isFalse();
	}

	@Test
	void anOverAllocatedPoolStopsAtTheCap() {
		// (e) the pool allocated at 150 %: 50 % each; all three below their minimum
		CreditContract overAllocated = CONTRACT.withAllocationTotal(new BigDecimal("150"))
			.withLevels(List.of(level("sla-compliance", Direction.HIGHER_IS_BETTER, "95", "90", "50"),
					level("mttr-hours", Direction.LOWER_IS_BETTER, "4", "8", "50"),
					level("csat-average", Direction.HIGHER_IS_BETTER, "4.5", "4.0", "50")));

		CreditStatement statement = ServiceCredits.statement(overAllocated, MARCH,
				measures("sla-compliance", "80", "mttr-hours", "12", "csat-average", "3.1"));

		// each 6,000 × 50 % × 1 = 3,000.00; 3 × 3,000.00 = 9,000.00 before the cap; owed min(9,000.00, 6,000.00)
		assertThat(statement.levels()).extracting(LevelCredit::credit)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("3000.00"), new BigDecimal("3000.00"), new BigDecimal("3000.00"));
		assertThat(statement.totalBeforeCap()).isEqualByComparingTo("9000.00");
		assertThat(statement.cap()).isEqualByComparingTo("6000.00");
		assertThat(statement.total()).isEqualByComparingTo("6000.00");
		assertThat(statement.capReached()).isTrue();
	}

	@Test
	void everyLevelBelowItsMinimumReachesTheCapExactly() {
		// 2,400.00 + 1,800.00 + 1,800.00 = 6,000.00 = the cap: reached, not passed
		CreditStatement statement = ServiceCredits.statement(CONTRACT, MARCH,
				measures("sla-compliance", "70", "mttr-hours", "30", "csat-average", "2"));

		assertThat(statement.totalBeforeCap()).isEqualByComparingTo("6000.00");
		assertThat(statement.total()).isEqualByComparingTo("6000.00");
		assertThat(statement.capReached()).isTrue();
	}

	@Test
	void creditsRoundedHalfUpToTheCentCanPassTheCapByACentAndTheCapHoldsThem() {
		// F = 100.10, A = 10 %: pool 10.010, cap 10.01; two levels of 50 % below their minimum:
		// each 10.010 × 50 % = 5.005 → 5.01 (half up); 5.01 + 5.01 = 10.02 > 10.01 → owed 10.01
		CreditContract small = CreditContract.of("EUR", new BigDecimal("100.10"), BigDecimal.TEN,
				List.of(level("a", Direction.HIGHER_IS_BETTER, "95", "90", "50"),
						level("b", Direction.HIGHER_IS_BETTER, "95", "90", "50")),
				List.of());

		CreditStatement statement = ServiceCredits.statement(small, MARCH, measures("a", "1", "b", "1"));

		assertThat(statement.levels()).extracting(LevelCredit::credit)
			.containsExactly(new BigDecimal("5.01"), new BigDecimal("5.01"));
		assertThat(statement.totalBeforeCap()).isEqualTo(new BigDecimal("10.02"));
		assertThat(statement.cap()).isEqualTo(new BigDecimal("10.01"));
		assertThat(statement.total()).isEqualTo(new BigDecimal("10.01"));
		assertThat(statement.capReached()).isTrue();
	}

	@Test
	void aCurrencyWithoutCentsIsRoundedToTheUnit() {
		// F = 1,000,005 JPY, A = 10 %: pool 100,000.5 → cap 100,001 (half up, no minor unit);
		// one level of 100 % between: 100,000.5 × 0.5 = 50,000.25 → 50,000
		CreditContract yen = CreditContract.of("JPY", new BigDecimal("1000005"), BigDecimal.TEN,
				List.of(level("a", Direction.HIGHER_IS_BETTER, "95", "90", "100")), List.of());

		CreditStatement statement = ServiceCredits.statement(yen, MARCH, measures("a", "92"));

		assertThat(statement.cap()).isEqualTo(new BigDecimal("100001"));
		assertThat(statement.total()).isEqualTo(new BigDecimal("50000"));
	}

	@Test
	void customBandsGradeTheWayFromTheTargetToTheMinimumAndPastIt() {
		// (f) four bands: met (0), minor up to halfway to the minimum (25 %), major up to the minimum (50 %), critical
		CreditContract graded = CONTRACT.withBands(List.of(new Band("target-met", BigDecimal.ZERO, BigDecimal.ZERO),
				new Band("minor", new BigDecimal("0.5"), new BigDecimal("0.25")),
				new Band("major", BigDecimal.ONE, new BigDecimal("0.5")),
				new Band("critical", null, BigDecimal.ONE)));

		CreditStatement statement = ServiceCredits.statement(graded, MARCH,
				measures("sla-compliance", "92.5", "mttr-hours", "7", "csat-average", "3.9"));

		// compliance: minor reaches 95 + 0.5 × (90 − 95) = 92.5; 92.5 is on it → minor, 6,000 × 40 % × 0.25 = 600.00
		assertThat(line(statement, "sla-compliance").band().name()).isEqualTo("minor");
		assertThat(line(statement, "sla-compliance").credit()).isEqualByComparingTo("600.00");
		// repair: minor reaches 4 + 0.5 × (8 − 4) = 6 h, major 8 h; 7 h → major, 6,000 × 30 % × 0.5 = 900.00
		assertThat(line(statement, "mttr-hours").band().name()).isEqualTo("major");
		assertThat(line(statement, "mttr-hours").credit()).isEqualByComparingTo("900.00");
		// CSAT 3.9 < 4.0 → critical, 6,000 × 30 % × 1 = 1,800.00
		assertThat(line(statement, "csat-average").band().name()).isEqualTo("critical");
		assertThat(line(statement, "csat-average").credit()).isEqualByComparingTo("1800.00");
		// 600 + 900 + 1,800 = 3,300.00
		assertThat(statement.total()).isEqualByComparingTo("3300.00");

		// compliance 93 (between 92.5 and 95) → minor 600.00; 91 (between 90 and 92.5) → major, 6,000 × 40 % × 0.5
		CreditStatement other = ServiceCredits.statement(graded, MARCH,
				measures("sla-compliance", "91", "mttr-hours", "5", "csat-average", "4.6"));
		assertThat(line(other, "sla-compliance").credit()).isEqualByComparingTo("1200.00");
		// repair 5 h ≤ 6 h → minor, 6,000 × 30 % × 0.25 = 450.00
		assertThat(line(other, "mttr-hours").credit()).isEqualByComparingTo("450.00");
		assertThat(other.total()).isEqualByComparingTo("1650.00");
	}

	@Test
	void aLevelWithoutAMeasureEarnsNoCreditAndSaysSo() {
		// (g) no CSAT answered in March: its line has no measure, no band and 0.00;
		// compliance 89 → 2,400.00, repair 5 h → 900.00; 3,300.00
		CreditStatement statement = ServiceCredits.statement(CONTRACT, MARCH,
				measures("sla-compliance", "89", "mttr-hours", "5"));

		LevelCredit csat = line(statement, "csat-average");
		assertThat(csat.measured()).isFalse();
		assertThat(csat.measure()).isNull();
		assertThat(csat.band()).isNull();
		assertThat(csat.credit()).isEqualByComparingTo("0");
		assertThat(line(statement, "sla-compliance").measured()).isTrue();
		assertThat(statement.total()).isEqualByComparingTo("3300.00");
	}

	@Test
	void aReportedKpiPromotedToCriticalEarnsCredits() {
		// reopen rate promoted (lower is better, target 5 %, minimum 10 %), the pool shared 40/20/20/20
		CreditContract promoted = CONTRACT.promote(level("reopen-rate", Direction.LOWER_IS_BETTER, "5", "10", "20"))
			.withLevels(List.of(COMPLIANCE, level("mttr-hours", Direction.LOWER_IS_BETTER, "4", "8", "20"),
					level("csat-average", Direction.HIGHER_IS_BETTER, "4.5", "4.0", "20"),
					level("reopen-rate", Direction.LOWER_IS_BETTER, "5", "10", "20")));
		assertThat(promoted.reported()).containsExactly("throughput");
		assertThat(ServiceCredits.problems(CONTRACT.promote(REPAIR))).extracting(FieldProblem::field)
			.containsExactly("levels[3].kpi", "levels");

		CreditStatement statement = ServiceCredits.statement(promoted, MARCH,
				measures("sla-compliance", "96", "mttr-hours", "3", "csat-average", "4.7", "reopen-rate", "12"));

		// reopen 12 % > minimum 10 % → 6,000 × 20 % × 1 = 1,200.00
		assertThat(line(statement, "reopen-rate").credit()).isEqualByComparingTo("1200.00");
		assertThat(statement.total()).isEqualByComparingTo("1200.00");
		assertThat(statement.reported()).extracting(r -> r.kpi()).containsExactly("throughput");
	}

	@Test
	void anInvalidContractNamesEveryBadField() {
		// (h) everything wrong at once
		CreditContract bad = new CreditContract("EURO", new BigDecimal("-1"), new BigDecimal("120"),
				new BigDecimal("100"),
				Arrays.asList(level("sla-compliance", Direction.HIGHER_IS_BETTER, "90", "95", "40"),
						level("mttr-hours", Direction.LOWER_IS_BETTER, "8", "4", "30"),
						level("sla-compliance", Direction.HIGHER_IS_BETTER, "95", "90", "0"),
						new ServiceLevel(" ", null, null, null, null), null),
				Arrays.asList("mttr-hours", "csat", "csat", ""),
				Arrays.asList(new Band("target-met", BigDecimal.ZERO, new BigDecimal("0.1")),
						new Band("minor", new BigDecimal("1"), new BigDecimal("1.5")),
						new Band("minor", new BigDecimal("0.5"), new BigDecimal("0.05")),
						new Band("", null, null), new Band("worst", new BigDecimal("3"), BigDecimal.ONE)));

		assertThat(ServiceCredits.problems(bad)).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactlyInAnyOrder(
					tuple("currency", "unknown-currency"),
					tuple("monthlyFee", "negative"),
					tuple("atRiskShare", "out-of-range"),
					tuple("levels[0].minimum", "minimum-above-target"),
					tuple("levels[1].minimum", "minimum-below-target"),
					tuple("levels[2].kpi", "duplicate"),
					tuple("levels[2].allocation", "out-of-range"),
					tuple("levels[3].kpi", "required"),
					tuple("levels[3].direction", "required"),
					tuple("levels[3].target", "required"),
					tuple("levels[3].minimum", "required"),
					tuple("levels[3].allocation", "required"),
					tuple("levels[4]", "required"),
					tuple("reported[0]", "also-critical"),
					tuple("reported[2]", "duplicate"),
					tuple("reported[3]", "required"),
					tuple("bands[0].factor", "target-met-credited"),
					tuple("bands[1].factor", "out-of-range"),
					tuple("bands[2].name", "duplicate"),
					tuple("bands[2].upTo", "not-ascending"),
					tuple("bands[2].factor", "factor-decreasing"),
					tuple("bands[3].name", "required"),
					tuple("bands[3].upTo", "required"),
					tuple("bands[3].factor", "required"),
					tuple("bands[4].upTo", "last-band-bounded"));
		assertThatThrownBy(() -> ServiceCredits.statement(bad, MARCH, Map.of())).isInstanceOf(InvalidContract.class)
			.satisfies(e -> assertThat(((InvalidContract) e).problems()).hasSize(25));
	}

	@Test
	void allocationsThatDoNotAddUpToThePoolAreRefused() {
		// 40 + 30 + 20 = 90 %, not 100 %
		CreditContract short10 = CONTRACT.withLevels(List.of(COMPLIANCE, REPAIR,
				level("csat-average", Direction.HIGHER_IS_BETTER, "4.5", "4.0", "20")));
		assertThat(ServiceCredits.problems(short10)).extracting(FieldProblem::field, FieldProblem::code,
				FieldProblem::message)
			.containsExactly(tuple("levels", "allocation-sum", "the allocations add up to 90 %, they must add up to 100 %"));

		// 100 % against a pool declared at 150 %; a pool past 500 % is named alone
		assertThat(ServiceCredits.problems(CONTRACT.withAllocationTotal(new BigDecimal("150"))))
			.extracting(FieldProblem::field).containsExactly("levels");
		assertThat(ServiceCredits.problems(CONTRACT.withAllocationTotal(new BigDecimal("600"))))
			.extracting(FieldProblem::field).containsExactly("allocationTotal");
	}

	@Test
	void missingMoneyFieldsAndTooFewBandsAreNamed() {
		CreditContract empty = new CreditContract(null, null, null, null, List.of(), List.of(),
				List.of(new Band("all", null, BigDecimal.ONE)));

		assertThat(ServiceCredits.problems(empty)).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactlyInAnyOrder(tuple("currency", "required"), tuple("monthlyFee", "required"),
					tuple("atRiskShare", "required"), tuple("allocationTotal", "required"), tuple("bands", "too-few"),
					tuple("bands[0].factor", "target-met-credited"));
	}

	@Test
	void theDefaultContractIsValidAndAZeroShareOrFeeIsAllowed() {
		assertThat(ServiceCredits.problems(CONTRACT)).isEmpty();
		CreditContract nothingAtRisk = CreditContract.of("EUR", new BigDecimal("50000"), BigDecimal.ZERO,
				List.of(COMPLIANCE, REPAIR, CSAT), List.of());

		CreditStatement statement = ServiceCredits.statement(nothingAtRisk, MARCH,
				measures("sla-compliance", "10", "mttr-hours", "99", "csat-average", "1"));

		// 50,000 × 0 % = 0.00: every level below its minimum, still nothing owed, and the cap not "reached"
		assertThat(statement.total()).isEqualByComparingTo("0");
		assertThat(statement.capReached()).isFalse();
	}
}
