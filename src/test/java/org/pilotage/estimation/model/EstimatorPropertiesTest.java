package org.pilotage.estimation.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What must hold for any team: checked over 200 scenarios drawn from fixed seeds, so that a failure names the seed
 * that reproduces it.
 */
class EstimatorPropertiesTest {

	static final String[] ZONES = { "Europe/Paris", "Europe/Lisbon", "Europe/Warsaw", "Europe/Bucharest",
			"Africa/Casablanca", "Africa/Tunis", "Indian/Antananarivo", "Indian/Mauritius", "Asia/Kolkata",
			"Asia/Ho_Chi_Minh", "America/New_York" };

	static IntStream seeds() {
		return IntStream.range(0, 200);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void percentilesAreInOrderForEveryModel(int seed) {
		Estimate estimate = Estimator.estimate(scenario(seed), parameters(seed));

		for (ModelEstimate model : estimate.models()) {
			assertThat(model.totalCostRange().p10()).isLessThanOrEqualTo(model.totalCostRange().p50());
			assertThat(model.totalCostRange().p50()).isLessThanOrEqualTo(model.totalCostRange().p90());
			assertThat(model.costPerDeliveredDayRange().p10())
				.isLessThanOrEqualTo(model.costPerDeliveredDayRange().p50());
			assertThat(model.costPerDeliveredDayRange().p50())
				.isLessThanOrEqualTo(model.costPerDeliveredDayRange().p90());
		}
	}

	/* Σ n × (S × (1 + c) + o) × D/12 + f × S × (n + n × t × D/12), written here independently of the model. */
	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void inHouseCostsWhatTheReferenceFormulaSays(int seed) {
		Scenario scenario = scenario(seed);
		Parameters p = parameters(seed);
		double years = scenario.durationMonths() / 12.0;
		double expected = 0;
		for (TeamRow row : scenario.team()) {
			Place client = row.client();
			double n = row.count();
			expected += n * (client.annualSalary() * (1 + client.employerCharges()) + client.annualOverhead()) * years
					+ p.recruitmentFee() * client.annualSalary() * (n + n * p.employeeTurnover() * years);
		}

		double actual = Estimator.estimate(scenario, p).model(DeliveryModel.IN_HOUSE).totalCost();

		assertThat(actual).isCloseTo(expected, within(expected * 1e-9));
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void everyBreakdownAddsUpToItsTotal(int seed) {
		for (ModelEstimate model : Estimator.estimate(scenario(seed), parameters(seed)).models()) {
			double sum = model.breakdown().values().stream().mapToDouble(Double::doubleValue).sum();
			assertThat(sum).as(model.model().name()).isCloseTo(model.totalCost(), within(model.totalCost() * 1e-12));
			assertThat(model.cumulativeCostByMonth().get(model.cumulativeCostByMonth().size() - 1))
				.isEqualTo(model.totalCost());
			assertThat(model.deliveredDays()).isGreaterThanOrEqualTo(0);
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void addingAPersonNeverLowersTheMedianCost(int seed) {
		Scenario scenario = scenario(seed);
		List<TeamRow> team = new ArrayList<>(scenario.team());
		int index = new Random(seed).nextInt(team.size());
		TeamRow row = team.get(index);
		team.set(index, new TeamRow(row.role(), row.seniority(), row.count() + 1, row.client(), row.provider(),
				row.freelanceDayRate()));

		assertNoMedianIsLower(scenario, withTeam(scenario, team, scenario.durationMonths()), parameters(seed));
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void addingAMonthNeverLowersTheMedianCost(int seed) {
		Scenario scenario = scenario(seed);

		assertNoMedianIsLower(scenario, withTeam(scenario, scenario.team(), scenario.durationMonths() + 1),
				parameters(seed));
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void addingARowNeverLowersTheMedianCost(int seed) {
		Scenario scenario = scenario(seed);
		List<TeamRow> team = new ArrayList<>(scenario.team());
		team.add(row(new Random(~seed)));

		assertNoMedianIsLower(scenario, withTeam(scenario, team, scenario.durationMonths()), parameters(seed));
	}

	/*
	 * A row that costs next to nothing moves no percentile by itself: only common random numbers (its draws come
	 * after everyone else's) keep every sample of the larger team at least as dear as the smaller one's.
	 */
	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void addingANearlyFreeRowNeverLowersTheMedianCost(int seed) {
		Scenario scenario = scenario(seed);
		List<TeamRow> team = new ArrayList<>(scenario.team());
		Place nearlyFree = new Place("XX", 1, 0, 0, 220, Teams.PARIS_DAY);
		team.add(new TeamRow("intern", "junior", 1, nearlyFree, nearlyFree, 0.01));

		assertNoMedianIsLower(scenario, withTeam(scenario, team, scenario.durationMonths()), parameters(seed));
	}

	private static void assertNoMedianIsLower(Scenario smaller, Scenario larger, Parameters parameters) {
		Estimate before = Estimator.estimate(smaller, parameters);
		Estimate after = Estimator.estimate(larger, parameters);
		for (DeliveryModel model : DeliveryModel.values()) {
			assertThat(after.model(model).totalCostRange().p50()).as(model.name())
				.isGreaterThanOrEqualTo(before.model(model).totalCostRange().p50());
			assertThat(after.model(model).totalCost()).as(model.name())
				.isGreaterThanOrEqualTo(before.model(model).totalCost());
		}
	}

	private static Scenario withTeam(Scenario scenario, List<TeamRow> team, int months) {
		return new Scenario(team, months, scenario.startDate(), scenario.clientHours(),
				scenario.requiredOverlapHours(), scenario.samples(), scenario.seed());
	}

	static Scenario scenario(int seed) {
		Random random = new Random(seed);
		List<TeamRow> team = new ArrayList<>();
		int rows = 1 + random.nextInt(6);
		for (int r = 0; r < rows; r++) {
			team.add(row(random));
		}
		LocalDate start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(730));
		return new Scenario(team, 1 + random.nextInt(48), start, Teams.PARIS_DAY, random.nextInt(9), 300,
				random.nextLong());
	}

	/* The seed parameters, each moved by up to ±50 % within what the model accepts. */
	static Parameters parameters(int seed) {
		Random random = new Random(31L * seed + 7);
		Parameters p = Teams.seedParameters();
		double k = 1 + random.nextDouble() * 0.5;
		return new Parameters(vary(p.recruitmentFee(), random), vary(p.timeToHireDays(), random),
				vary(p.employeeTurnover(), random), vary(p.freelanceChurn(), random),
				vary(p.employeeRampUpMonths(), random), random.nextDouble(), vary(p.contractorRampUpMonths(), random),
				random.nextDouble(), vary(p.platformFee(), random), vary(p.agencyMargin(), random),
				vary(p.providerMargin(), random), vary(p.bpoServiceShare(), random),
				vary(p.bpoTransitionMonths(), random), k, vary(p.coordinationPerMissingHour(), random),
				p.freelanceStartDays(), p.agencyStartDays(), p.providerStartDays(), p.bpoStartDays(),
				random.nextDouble() * 0.3, random.nextDouble(), random.nextDouble() * 2, random.nextDouble() * 0.5,
				1 + (k - 1) * random.nextDouble(), k + random.nextDouble() * 0.3);
	}

	private static double vary(double value, Random random) {
		return value * (0.5 + random.nextDouble());
	}

	static TeamRow row(Random random) {
		Place client = new Place("FR", 30_000 + random.nextInt(60_000), 0.25 + random.nextDouble() * 0.17,
				8_000, 218, Teams.PARIS_DAY);
		int from = 6 + random.nextInt(6);
		int length = 6 + random.nextInt(5);
		WorkingHours hours = new WorkingHours(ZoneId.of(ZONES[random.nextInt(ZONES.length)]), LocalTime.of(from, 0),
				LocalTime.of((from + length) % 24, 30 * random.nextInt(2)));
		Place provider = new Place("XX", 5_000 + random.nextInt(55_000), random.nextDouble() * 0.45,
				1_000 + random.nextInt(5_000), 200 + random.nextInt(30), hours);
		return new TeamRow("role", "seniority", 1 + random.nextInt(10), client, provider,
				100 + random.nextInt(700));
	}
}
