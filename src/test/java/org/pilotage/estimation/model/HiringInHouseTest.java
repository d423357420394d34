package org.pilotage.estimation.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pilotage.estimation.model.CostComponent.EMPLOYER_CHARGES;
import static org.pilotage.estimation.model.CostComponent.OVERHEAD;
import static org.pilotage.estimation.model.CostComponent.RECRUITMENT;
import static org.pilotage.estimation.model.CostComponent.SALARIES;
import static org.pilotage.estimation.model.DeliveryModel.IN_HOUSE;
import static org.pilotage.estimation.model.Teams.estimate;
import static org.pilotage.estimation.model.Teams.france;
import static org.pilotage.estimation.model.Teams.morocco;
import static org.pilotage.estimation.model.Teams.row;
import static org.pilotage.estimation.model.Teams.scenario;
import static org.pilotage.estimation.model.Teams.seedParameters;
import static org.pilotage.estimation.model.Teams.with;

class HiringInHouseTest {

	static final double CENT = 0.005;

	/*
	 * 2 seniors in Paris, S_C = 60,000, c = 0.42, o = 8,000, B_C = 218, D = 12 so y = 1, f = 0.2, t = 0.13:
	 *   salaries    2 × 60,000 × 1          = 120,000
	 *   charges     120,000 × 0.42          =  50,400
	 *   overhead    2 × 8,000 × 1           =  16,000
	 *   hires       2 + 2 × 0.13 × 1        =       2.26
	 *   recruitment 0.2 × 60,000 × 2.26     =  27,120
	 *   total                               = 213,520
	 *   reference   2 × (60,000 × 1.42 + 8,000) × 1 + 0.2 × 60,000 × 2.26 = 186,400 + 27,120 = 213,520
	 * Delivered: 2 × 218 = 436 days, ramp-up per hire min(3, 12) × 218/12 × 0.5 = 27.25,
	 *   436 − 2.26 × 27.25 − 2 × 0.13 × 56 × 5/7 = 436 − 61.585 − 10.4 = 364.015 days,
	 *   213,520 / 364.015 = 586.569 per delivered day.
	 */
	@Test
	void twoParisSeniorsForAYearCostSalariesChargesOverheadAndRecruitmentOfHiresAndReplacements() {
		ModelEstimate inHouse = estimate(IN_HOUSE, scenario(12, twoParisSeniors()), seedParameters());

		assertThat(inHouse.breakdown()).containsOnlyKeys(SALARIES, EMPLOYER_CHARGES, OVERHEAD, RECRUITMENT);
		assertThat(inHouse.breakdown().get(SALARIES)).isCloseTo(120_000, within(CENT));
		assertThat(inHouse.breakdown().get(EMPLOYER_CHARGES)).isCloseTo(50_400, within(CENT));
		assertThat(inHouse.breakdown().get(OVERHEAD)).isCloseTo(16_000, within(CENT));
		assertThat(inHouse.breakdown().get(RECRUITMENT)).isCloseTo(27_120, within(CENT));
		assertThat(inHouse.totalCost()).isCloseTo(213_520, within(CENT));
		assertThat(inHouse.monthlyCost()).isCloseTo(17_793.33, within(CENT));
		assertThat(inHouse.deliveredDays()).isCloseTo(364.015, within(1e-9));
		assertThat(inHouse.costPerDeliveredDay()).isCloseTo(586.5692, within(1e-4));
		assertThat(inHouse.timeToStartDays()).isEqualTo(56);
		assertThat(inHouse.savingsVersusInHouse()).isZero();
	}

	/*
	 * Recruitment of the two first hires, 0.2 × 60,000 × 2 = 24,000, is paid in month 1; the other
	 * 213,520 − 24,000 = 189,520 evenly, 15,793.33 a month: month 1 39,793.33, month 6 118,760, month 12 213,520.
	 */
	@Test
	void initialRecruitmentIsPaidInTheFirstMonthAndTheRestEvenly() {
		ModelEstimate inHouse = estimate(IN_HOUSE, scenario(12, twoParisSeniors()), seedParameters());

		assertThat(inHouse.cumulativeCostByMonth()).hasSize(12);
		assertThat(inHouse.cumulativeCostByMonth().get(0)).isCloseTo(39_793.33, within(CENT));
		assertThat(inHouse.cumulativeCostByMonth().get(5)).isCloseTo(118_760, within(CENT));
		assertThat(inHouse.cumulativeCostByMonth().get(11)).isEqualTo(inHouse.totalCost());
	}

	/*
	 * 1 employee for D = 2 months, y = 1/6: the 3-month ramp-up is cut to 2 months, 2 × 218/12 × 0.5 = 18.1667.
	 *   218/6 − (1 + 0.13/6) × 18.1667 − 0.13/6 × 40 = 36.3333 − 18.5603 − 0.8667 = 16.9064 days.
	 */
	@Test
	void rampUpLongerThanTheEngagementOnlyCostsTheEngagement() {
		ModelEstimate inHouse = estimate(IN_HOUSE, scenario(2, row(1, france(60_000), morocco(24_000), 300)),
				seedParameters());

		assertThat(inHouse.deliveredDays()).isCloseTo(16.90639, within(1e-5));
	}

	/*
	 * At productivity 0 over a one-month engagement, the ramp-up alone eats the month (218/12 = 18.17 days lost
	 * by each of 1.0108 hires) and the vacancy comes on top: nothing is delivered, and no day has a price.
	 */
	@Test
	void deliveredDaysNeverGoBelowZeroAndThenADayHasNoFinitePrice() {
		Parameters noProductivity = with(seedParameters(), Parameters.Keys.EMPLOYEE_RAMP_UP_PRODUCTIVITY, 0);

		ModelEstimate inHouse = estimate(IN_HOUSE, scenario(1, row(1, france(60_000), morocco(24_000), 300)),
				noProductivity);

		assertThat(inHouse.deliveredDays()).isZero();
		assertThat(inHouse.rows().get(0).deliveredDays()).isZero();
		assertThat(inHouse.costPerDeliveredDay()).isEqualTo(Double.POSITIVE_INFINITY);
		assertThat(inHouse.totalCost()).isPositive();
	}

	/*
	 * Two rows, D = 18 (y = 1.5): 2 at 60,000 and 3 at 38,000.
	 *   2 × (60,000 × 1.42 + 8,000) × 1.5 + 0.2 × 60,000 × (2 + 2 × 0.13 × 1.5) = 279,600 + 28,680 = 308,280
	 *   3 × (38,000 × 1.42 + 8,000) × 1.5 + 0.2 × 38,000 × (3 + 3 × 0.13 × 1.5) = 278,820 + 27,246 = 306,066
	 */
	@Test
	void aTeamCostsTheSumOfItsRows() {
		ModelEstimate inHouse = estimate(IN_HOUSE,
				scenario(18, twoParisSeniors(), row(3, france(38_000), morocco(12_000), 250)), seedParameters());

		assertThat(inHouse.rows()).extracting(RowResult::totalCost)
			.satisfiesExactly(first -> assertThat(first).isCloseTo(308_280, within(CENT)),
					second -> assertThat(second).isCloseTo(306_066, within(CENT)));
		assertThat(inHouse.totalCost()).isCloseTo(614_346, within(CENT));
	}

	@Test
	void anInHouseRowOverlapsTheClientForTheWholeClientDayWithoutCoordinationFactor() {
		ModelEstimate inHouse = estimate(IN_HOUSE, scenario(12, twoParisSeniors()), seedParameters());

		assertThat(inHouse.overlapHours()).isEqualTo(9);
		assertThat(inHouse.overlapBelowRequired()).isFalse();
		assertThat(inHouse.rows().get(0).overlapHours()).isEqualTo(9);
		assertThat(inHouse.rows().get(0).coordinationFactor()).isEqualTo(1);
	}

	private static TeamRow twoParisSeniors() {
		return row(2, france(60_000), morocco(24_000), 400);
	}
}
