package org.pilotage.estimation.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pilotage.estimation.model.CostComponent.PROVIDER_MARGIN;
import static org.pilotage.estimation.model.CostComponent.PROVIDER_STAFF;
import static org.pilotage.estimation.model.CostComponent.SERVICE_MANAGEMENT;
import static org.pilotage.estimation.model.CostComponent.TRANSITION;
import static org.pilotage.estimation.model.DeliveryModel.BPO;
import static org.pilotage.estimation.model.Teams.estimate;
import static org.pilotage.estimation.model.Teams.france;
import static org.pilotage.estimation.model.Teams.morocco;
import static org.pilotage.estimation.model.Teams.row;
import static org.pilotage.estimation.model.Teams.scenario;
import static org.pilotage.estimation.model.Teams.seedParameters;

class HandingAFunctionToABpoTest {

	static final double CENT = 0.005;

	/*
	 * 4 in Casablanca, base 127,200 for D = 12 (see the dedicated team), margin 38,160,
	 * service management (127,200 + 38,160) × 0.1 = 16,536, run 181,896, that is 15,158 a month;
	 * transition τ = 1 month of it, 15,158, once: total 197,054. The provider carries ramp-up and turnover:
	 * 4 × 220 = 880 days.
	 */
	@Test
	void aBpoCostsItsRunWithServiceManagementPlusAMonthOfTransitionAndDeliversEveryDay() {
		ModelEstimate bpo = estimate(BPO, scenario(12, row(4, france(60_000), morocco(24_000), 300)),
				seedParameters());

		assertThat(bpo.breakdown()).containsOnlyKeys(PROVIDER_STAFF, PROVIDER_MARGIN, SERVICE_MANAGEMENT, TRANSITION);
		assertThat(bpo.breakdown().get(PROVIDER_STAFF)).isCloseTo(127_200, within(CENT));
		assertThat(bpo.breakdown().get(PROVIDER_MARGIN)).isCloseTo(38_160, within(CENT));
		assertThat(bpo.breakdown().get(SERVICE_MANAGEMENT)).isCloseTo(16_536, within(CENT));
		assertThat(bpo.breakdown().get(TRANSITION)).isCloseTo(15_158, within(CENT));
		assertThat(bpo.totalCost()).isCloseTo(197_054, within(CENT));
		assertThat(bpo.deliveredDays()).isCloseTo(880, within(1e-9));
		assertThat(bpo.timeToStartDays()).isEqualTo(45);
		assertThat(bpo.rows().get(0).coordinationFactor()).isEqualTo(1);
	}

	/* Transition in month 1 with the first month of run: 15,158 + 15,158 = 30,316; then 15,158 a month. */
	@Test
	void theTransitionIsPaidInTheFirstMonth() {
		ModelEstimate bpo = estimate(BPO, scenario(12, row(4, france(60_000), morocco(24_000), 300)),
				seedParameters());

		assertThat(bpo.cumulativeCostByMonth().get(0)).isCloseTo(30_316, within(CENT));
		assertThat(bpo.cumulativeCostByMonth().get(1)).isCloseTo(45_474, within(CENT));
		assertThat(bpo.cumulativeCostByMonth().get(11)).isEqualTo(bpo.totalCost());
	}
}
