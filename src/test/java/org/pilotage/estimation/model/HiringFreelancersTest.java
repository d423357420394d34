package org.pilotage.estimation.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pilotage.estimation.model.CostComponent.AGENCY_MARGIN;
import static org.pilotage.estimation.model.CostComponent.FREELANCE_RATES;
import static org.pilotage.estimation.model.CostComponent.PLATFORM_FEES;
import static org.pilotage.estimation.model.DeliveryModel.FREELANCE;
import static org.pilotage.estimation.model.DeliveryModel.SUBCONTRACTING;
import static org.pilotage.estimation.model.Teams.estimate;
import static org.pilotage.estimation.model.Teams.france;
import static org.pilotage.estimation.model.Teams.morocco;
import static org.pilotage.estimation.model.Teams.row;
import static org.pilotage.estimation.model.Teams.scenario;
import static org.pilotage.estimation.model.Teams.seedParameters;

/*
 * The same row for both: 3 freelancers in Casablanca at d = 500 EUR a day, B_L = 220, D = 6 so y = 0.5,
 * t_f = 0.25, ramp-up 1 month at 50 %: rates 3 × 500 × 220 × 0.5 = 165,000; full days 3 × 220 × 0.5 = 330;
 * ramp-up per start 1 × 220/12 × 0.5 = 9.1667; starts 3 + 3 × 0.25 × 0.5 = 3.375, losing 30.9375 days.
 */
class HiringFreelancersTest {

	static final double CENT = 0.005;

	/*
	 * Direct: fees 0.1 × 165,000 = 16,500, total 181,500. The client re-sources each of the 0.375 leavers itself,
	 * the seat empty 14 calendar days = 10 working days: 330 − 30.9375 − 3.75 = 295.3125 days, 614.60 a day.
	 */
	@Test
	void aDirectFreelancerCostsTheRatesPlusThePlatformFeeAndHisReplacementLeavesTheSeatEmpty() {
		ModelEstimate freelance = estimate(FREELANCE, scenario(6, threeCasablancaFreelancers()), seedParameters());

		assertThat(freelance.breakdown()).containsOnlyKeys(FREELANCE_RATES, PLATFORM_FEES);
		assertThat(freelance.breakdown().get(FREELANCE_RATES)).isCloseTo(165_000, within(CENT));
		assertThat(freelance.breakdown().get(PLATFORM_FEES)).isCloseTo(16_500, within(CENT));
		assertThat(freelance.totalCost()).isCloseTo(181_500, within(CENT));
		assertThat(freelance.deliveredDays()).isCloseTo(295.3125, within(1e-9));
		assertThat(freelance.costPerDeliveredDay()).isCloseTo(614.6032, within(1e-4));
		assertThat(freelance.timeToStartDays()).isEqualTo(14);
		assertThat(freelance.cumulativeCostByMonth().get(0)).isCloseTo(30_250, within(CENT));
	}

	/*
	 * Through an agency: margin 0.3 × 165,000 = 49,500, total 214,500; the agency replaces leavers without a
	 * vacancy or a fee: 330 − 30.9375 = 299.0625 days, 717.24 a day.
	 */
	@Test
	void anAgencyAddsItsMarginButReplacesLeaversWithoutAVacancy() {
		ModelEstimate agency = estimate(SUBCONTRACTING, scenario(6, threeCasablancaFreelancers()), seedParameters());

		assertThat(agency.breakdown()).containsOnlyKeys(FREELANCE_RATES, AGENCY_MARGIN);
		assertThat(agency.breakdown().get(FREELANCE_RATES)).isCloseTo(165_000, within(CENT));
		assertThat(agency.breakdown().get(AGENCY_MARGIN)).isCloseTo(49_500, within(CENT));
		assertThat(agency.totalCost()).isCloseTo(214_500, within(CENT));
		assertThat(agency.deliveredDays()).isCloseTo(299.0625, within(1e-9));
		assertThat(agency.costPerDeliveredDay()).isCloseTo(717.2414, within(1e-4));
		assertThat(agency.timeToStartDays()).isEqualTo(21);
	}

	/*
	 * One freelancer for one month, ramp-up 1 month at 50 %: 220/12 = 18.3333 full days, minus
	 * (1 + 0.25/12) × 9.1667 = 9.3576 of ramp-up and 0.25/12 × 10 = 0.2083 of vacancy: 8.7674 days.
	 */
	@Test
	void aOneMonthFreelancerSpendsHalfHisMonthGettingUpToSpeed() {
		ModelEstimate freelance = estimate(FREELANCE, scenario(1, row(1, france(60_000), morocco(24_000), 500)),
				seedParameters());

		assertThat(freelance.deliveredDays()).isCloseTo(8.767361, within(1e-6));
	}

	private static TeamRow threeCasablancaFreelancers() {
		return row(3, france(60_000), morocco(24_000), 500);
	}
}
