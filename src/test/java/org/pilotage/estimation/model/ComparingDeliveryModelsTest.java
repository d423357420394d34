package org.pilotage.estimation.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.pilotage.estimation.model.Teams.france;
import static org.pilotage.estimation.model.Teams.morocco;
import static org.pilotage.estimation.model.Teams.row;
import static org.pilotage.estimation.model.Teams.scenario;
import static org.pilotage.estimation.model.Teams.seedParameters;
import static org.pilotage.estimation.model.Teams.with;

class ComparingDeliveryModelsTest {

	final Estimate estimate = Estimator.estimate(
			scenario(12, row(2, france(60_000), morocco(24_000), 400), row(4, france(38_000), morocco(14_000), 250)),
			seedParameters());

	@Test
	void everyModelIsAnsweredInTheOrderTheyAreShown() {
		assertThat(estimate.models()).extracting(ModelEstimate::model).containsExactly(DeliveryModel.values());
	}

	@Test
	void savingsAreWhatInHouseCostsMinusWhatTheModelCosts() {
		double inHouse = estimate.model(DeliveryModel.IN_HOUSE).totalCost();

		for (ModelEstimate model : estimate.models()) {
			assertThat(model.savingsVersusInHouse()).as(model.model().name())
				.isCloseTo(inHouse - model.totalCost(), within(1e-9));
		}
	}

	@Test
	void eachBreakdownListsItsComponentsInOrderAndAddsUpToTheTotal() {
		for (ModelEstimate model : estimate.models()) {
			List<CostComponent> components = List.copyOf(model.breakdown().keySet());
			assertThat(components).as(model.model().name()).isSorted();
			double sum = model.breakdown().values().stream().mapToDouble(Double::doubleValue).sum();
			assertThat(sum).as(model.model().name()).isCloseTo(model.totalCost(), within(1e-6));
		}
	}

	@Test
	void aModelsTotalIsTheSumOfItsRowsAndItsMonthlyCostATwelfthOfAYear() {
		for (ModelEstimate model : estimate.models()) {
			double rows = model.rows().stream().mapToDouble(RowResult::totalCost).sum();
			assertThat(rows).as(model.model().name()).isCloseTo(model.totalCost(), within(1e-6));
			assertThat(model.monthlyCost()).isCloseTo(model.totalCost() / 12, within(1e-9));
			assertThat(model.rows()).extracting(RowResult::count).containsExactly(2, 4);
		}
	}

	@Test
	void cumulativeCostGrowsMonthByMonthToTheTotal() {
		for (ModelEstimate model : estimate.models()) {
			assertThat(model.cumulativeCostByMonth()).as(model.model().name()).hasSize(12).isSorted();
			assertThat(model.cumulativeCostByMonth().get(11)).isEqualTo(model.totalCost());
		}
	}

	@Test
	void parametersTheFormulasCannotUseAreRejectedByName() {
		Scenario scenario = scenario(12, row(1, france(60_000), morocco(24_000), 400));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> Estimator.estimate(scenario,
					with(seedParameters(), Parameters.Keys.EMPLOYEE_TURNOVER, -0.1)))
			.withMessageContaining(Parameters.Keys.EMPLOYEE_TURNOVER);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Estimator.estimate(scenario,
					with(seedParameters(), Parameters.Keys.COORDINATION_FACTOR, 1.5)))
			.withMessageContaining(Parameters.Keys.COORDINATION_FACTOR);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Estimator.estimate(scenario,
					with(seedParameters(), Parameters.Keys.CONTRACTOR_RAMP_UP_PRODUCTIVITY, 1.2)))
			.withMessageContaining(Parameters.Keys.CONTRACTOR_RAMP_UP_PRODUCTIVITY);
	}
}
