package org.pilotage.estimation.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotage.estimation.model.Teams.WINTER_MONDAY;
import static org.pilotage.estimation.model.Teams.france;
import static org.pilotage.estimation.model.Teams.morocco;
import static org.pilotage.estimation.model.Teams.row;
import static org.pilotage.estimation.model.Teams.seedParameters;
import static org.pilotage.estimation.model.Teams.withoutSpread;

class MonteCarloRangeTest {

	static final List<TeamRow> TEAM = List.of(row(2, france(60_000), morocco(24_000), 400),
			row(5, france(45_000), morocco(16_000), 280));

	@Test
	void theSameScenarioAndSeedGiveTheSameEstimate() {
		Scenario scenario = scenario(2_000, 42);

		assertThat(Estimator.estimate(scenario, seedParameters()))
			.isEqualTo(Estimator.estimate(scenario, seedParameters()));
	}

	@Test
	void anotherSeedGivesAnotherRange() {
		Estimate first = Estimator.estimate(scenario(2_000, 42), seedParameters());
		Estimate second = Estimator.estimate(scenario(2_000, 43), seedParameters());

		assertThat(first.model(DeliveryModel.IN_HOUSE).totalCostRange())
			.isNotEqualTo(second.model(DeliveryModel.IN_HOUSE).totalCostRange());
		assertThat(first.model(DeliveryModel.IN_HOUSE).totalCost())
			.isEqualTo(second.model(DeliveryModel.IN_HOUSE).totalCost());
	}

	@Test
	void withoutSpreadEverySampleIsThePointEstimate() {
		Estimate estimate = Estimator.estimate(scenario(500, 42), withoutSpread(seedParameters()));

		for (ModelEstimate model : estimate.models()) {
			assertThat(model.totalCostRange()).as(model.model().name())
				.isEqualTo(new Percentiles(model.totalCost(), model.totalCost(), model.totalCost()));
			double perDay = model.costPerDeliveredDay();
			assertThat(model.costPerDeliveredDayRange()).as(model.model().name())
				.isEqualTo(new Percentiles(perDay, perDay, perDay));
		}
	}

	@Test
	void theRangeSurroundsThePointEstimateWhenFiguresAreUncertain() {
		Estimate estimate = Estimator.estimate(scenario(10_000, 42), seedParameters());

		for (ModelEstimate model : estimate.models()) {
			assertThat(model.totalCostRange().p10()).as(model.model().name()).isLessThan(model.totalCost());
			assertThat(model.totalCostRange().p90()).as(model.model().name()).isGreaterThan(model.totalCost());
			assertThat(model.costPerDeliveredDayRange().p10()).isLessThan(model.costPerDeliveredDayRange().p90());
		}
	}

	@Test
	void aLongerRunStartsWithTheSamplesOfAShorterOne() {
		CostModel.Row[] rows = { new CostModel.Row(TEAM.get(0), 9, 9, 4), new CostModel.Row(TEAM.get(1), 9, 9, 4) };

		MonteCarlo shorter = MonteCarlo.run(rows, 12, seedParameters(), 100, 42);
		MonteCarlo longer = MonteCarlo.run(rows, 12, seedParameters(), 300, 42);

		for (DeliveryModel model : DeliveryModel.values()) {
			double[] head = java.util.Arrays.copyOf(longer.totalCost[model.ordinal()], 100);
			assertThat(head).isEqualTo(shorter.totalCost[model.ordinal()]);
		}
	}

	private static Scenario scenario(int samples, long seed) {
		return new Scenario(TEAM, 12, WINTER_MONDAY, Teams.PARIS_DAY, 4, samples, seed);
	}
}
