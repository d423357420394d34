package org.pilotage.estimation.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pilotage.estimation.model.CostComponent.PROVIDER_MARGIN;
import static org.pilotage.estimation.model.CostComponent.PROVIDER_STAFF;
import static org.pilotage.estimation.model.CostComponent.REMOTE_COORDINATION;
import static org.pilotage.estimation.model.DeliveryModel.DEDICATED_TEAM;
import static org.pilotage.estimation.model.Teams.HO_CHI_MINH_DAY;
import static org.pilotage.estimation.model.Teams.estimate;
import static org.pilotage.estimation.model.Teams.france;
import static org.pilotage.estimation.model.Teams.morocco;
import static org.pilotage.estimation.model.Teams.row;
import static org.pilotage.estimation.model.Teams.scenario;
import static org.pilotage.estimation.model.Teams.seedParameters;

/*
 * 4 provider staff in Casablanca, S_L = 24,000, c_L = 0.2, o_L = 3,000, B_L = 220, D = 12:
 * loaded 24,000 × 1.2 + 3,000 = 31,800 a year, dayCost 144.545, base 4 × 144.545 × 220 × 1 = 127,200.
 */
class RunningADedicatedTeamTest {

	static final double CENT = 0.005;

	/*
	 * Paris 9-18 and Casablanca 9-18 share 9 hours in January, above the 4 required: k_eff = k = 1.2.
	 *   margin 127,200 × 0.3 = 38,160; coordination 127,200 × 1.3 × 0.2 = 33,072; total 198,432
	 *   (= 127,200 × 1.3 × 1.2). Delivered: the provider replaces its 4 × 0.13 leavers without vacancy,
	 *   4 × 220 − 4.52 × 9.1667 = 880 − 41.4333 = 838.5667 days.
	 */
	@Test
	void providerStaffCostTheirLoadedDayCostPlusMarginTimesTheCoordinationFactor() {
		ModelEstimate dedicated = estimate(DEDICATED_TEAM, scenario(12, fourCasablancaStaff()), seedParameters());

		assertThat(dedicated.breakdown()).containsOnlyKeys(PROVIDER_STAFF, PROVIDER_MARGIN, REMOTE_COORDINATION);
		assertThat(dedicated.breakdown().get(PROVIDER_STAFF)).isCloseTo(127_200, within(CENT));
		assertThat(dedicated.breakdown().get(PROVIDER_MARGIN)).isCloseTo(38_160, within(CENT));
		assertThat(dedicated.breakdown().get(REMOTE_COORDINATION)).isCloseTo(33_072, within(CENT));
		assertThat(dedicated.totalCost()).isCloseTo(198_432, within(CENT));
		assertThat(dedicated.deliveredDays()).isCloseTo(838.566667, within(1e-6));
		assertThat(dedicated.timeToStartDays()).isEqualTo(30);
		assertThat(dedicated.overlapHours()).isEqualTo(9);
		assertThat(dedicated.overlapBelowRequired()).isFalse();
		assertThat(dedicated.rows().get(0).coordinationFactor()).isCloseTo(1.2, within(1e-12));
	}

	/*
	 * The same staff working 8-17 in Ho Chi Minh (UTC+7) overlap Paris (UTC+1 in January) from 9 to 11 Paris
	 * time: 2 hours, 2 below the 4 required. k_eff = 1.2 + 0.05 × 2 = 1.3:
	 *   coordination 127,200 × 1.3 × 0.3 = 49,608; total 127,200 × 1.3 × 1.3 = 214,968.
	 */
	@Test
	void everyMissingHourOfOverlapAddsToTheCoordinationFactorAndIsFlagged() {
		Place hoChiMinh = new Place("VN", 24_000, 0.2, 3_000, 220, HO_CHI_MINH_DAY);

		ModelEstimate dedicated = estimate(DEDICATED_TEAM,
				scenario(12, fourCasablancaStaff(), row(4, france(60_000), hoChiMinh, 300)), seedParameters());

		RowResult vietnam = dedicated.rows().get(1);
		assertThat(vietnam.overlapHours()).isEqualTo(2);
		assertThat(vietnam.coordinationFactor()).isCloseTo(1.3, within(1e-12));
		assertThat(vietnam.totalCost()).isCloseTo(214_968, within(CENT));
		assertThat(dedicated.overlapHours()).isEqualTo(2);
		assertThat(dedicated.overlapBelowRequired()).isTrue();
		assertThat(dedicated.breakdown().get(REMOTE_COORDINATION)).isCloseTo(33_072 + 49_608, within(CENT));
	}

	private static TeamRow fourCasablancaStaff() {
		return row(4, france(60_000), morocco(24_000), 300);
	}
}
