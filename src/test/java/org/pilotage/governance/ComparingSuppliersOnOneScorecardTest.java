package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pilotage.governance.SupplierMeasures.Ratio;
import org.pilotage.governance.SupplierMeasures.Risk;
import org.pilotage.governance.SupplierMeasures.Tally;
import org.pilotage.governance.SupplierScore.Part;

/**
 * Supplier scores worked out by hand, with the default weights (SLA 35, first time right 12.5, reopen rate 12.5,
 * satisfaction 20, on time 10, risk 10).
 *
 * <p>Atlas has two engagements. The first: 18 of 20 SLA cycles met, 3 of 4 deliverables right first time, 1 of 10
 * resolutions reopened, 9 answers adding up to 36 (a mean of 4), 2 of 4 deliverables on time; in force with one
 * warning and one critical warning. The second: 2 of 5 cycles met, 1 of 1 right first time, 1 of 10 reopened, 3
 * answers adding up to 8, 1 of 1 on time; in force without warning. Added up: SLA 20/25 = 80 (not the 65 the mean of
 * 90 % and 40 % would give), first time right 4/5 = 80, reopened 2/20 = 10 % so 90 points, satisfaction 44/12, (44 −
 * 12) × 25 ÷ 12 = 66.666… so 66.67 points, on time 3/5 = 60, risk penalties 35 + 0 over 2 engagements = 17.5 so
 * 82.50 points. Score: (35 × 80 + 12.5 × 80 + 12.5 × 90 + 20 × 66.67 + 10 × 60 + 10 × 82.5) ÷ 100 = 7,683.4 ÷ 100 =
 * 76.834, so 76.8.
 *
 * <p>Borealis has one engagement: 45 of 50 cycles met (90), 0 of 8 reopened (100 points), no deliverable and no
 * answer, in force with two critical warnings (penalty 50, 50 points). Three components have data, weighing 35 + 12.5
 * + 10 = 57.5: (35 × 90 + 12.5 × 100 + 10 × 50) ÷ 57.5 = 4,900 ÷ 57.5 = 85.217…, so 85.2, re-weighted to 60.87 %,
 * 21.74 % and 17.39 %.
 *
 * <p>Delta (only 4 of 5 deliverables on time) and Echo (only 8 of 10 cycles met) both score 80.0 and share second
 * place; Comet, with nothing measured and no engagement in force, has no score and comes last without a place.
 */
class ComparingSuppliersOnOneScorecardTest {

	static final UUID ATLAS = new UUID(7, 1);
	static final UUID BOREALIS = new UUID(7, 2);
	static final UUID COMET = new UUID(7, 3);
	static final UUID DELTA = new UUID(7, 4);
	static final UUID ECHO = new UUID(7, 5);

	static SupplierMeasures atlas() {
		Tally first = new Tally(Ratio.of(18, 20), Ratio.of(3, 4), Ratio.of(1, 10), Ratio.of(36, 9), Ratio.of(2, 4));
		Tally second = new Tally(Ratio.of(2, 5), Ratio.of(1, 1), Ratio.of(1, 10), Ratio.of(8, 3), Ratio.of(1, 1));
		return new SupplierMeasures(ATLAS, "Atlas", 2, List.of(first, second),
				List.of(new Risk(new UUID(8, 1), 1, 1), new Risk(new UUID(8, 2), 0, 0)));
	}

	static SupplierMeasures borealis() {
		return new SupplierMeasures(BOREALIS, "Borealis", 1,
				List.of(new Tally(Ratio.of(45, 50), Ratio.NONE, Ratio.of(0, 8), Ratio.NONE, Ratio.NONE)),
				List.of(new Risk(new UUID(8, 3), 0, 2)));
	}

	static SupplierMeasures only(UUID id, String name, Tally tally) {
		return new SupplierMeasures(id, name, 1, List.of(tally), List.of());
	}

	@Test
	void aSuppliersFiguresAddUpAcrossItsEngagementsBeforeTheyTurnIntoPoints() {
		SupplierScore atlas = SupplierScorecard.score(atlas(), ScorecardWeights.DEFAULTS);

		assertThat(atlas.components()).extracting(Part::component, p -> p.value().toPlainString(),
				p -> p.numerator().toPlainString(), p -> p.denominator().toPlainString(),
				p -> p.appliedWeight().toPlainString())
			.containsExactly(tuple(ScorecardComponent.SLA_COMPLIANCE, "80.00", "20", "25", "35.00"),
					tuple(ScorecardComponent.FIRST_TIME_RIGHT, "80.00", "4", "5", "12.50"),
					tuple(ScorecardComponent.REOPEN_RATE, "90.00", "2", "20", "12.50"),
					tuple(ScorecardComponent.CSAT, "66.67", "44", "12", "20.00"),
					tuple(ScorecardComponent.ON_TIME_DELIVERY, "60.00", "3", "5", "10.00"),
					tuple(ScorecardComponent.RISK, "82.50", "35", "2", "10.00"));
		assertThat(atlas.score()).isEqualByComparingTo("76.8");
		assertThat(atlas.score().scale()).isEqualTo(1);
		assertThat(atlas.reweighted()).isFalse();
		assertThat(atlas.rank()).isNull();
		assertThat(atlas.engagements()).isEqualTo(2);
	}

	@Test
	void aComponentWithoutDataLeavesItsWeightOutAndTheOthersAreReweighted() {
		SupplierScore borealis = SupplierScorecard.score(borealis(), ScorecardWeights.DEFAULTS);

		assertThat(borealis.score()).isEqualByComparingTo("85.2");
		assertThat(borealis.reweighted()).isTrue();
		assertThat(borealis.component(ScorecardComponent.SLA_COMPLIANCE).appliedWeight()).isEqualByComparingTo("60.87");
		assertThat(borealis.component(ScorecardComponent.REOPEN_RATE).value()).isEqualByComparingTo("100");
		assertThat(borealis.component(ScorecardComponent.REOPEN_RATE).appliedWeight()).isEqualByComparingTo("21.74");
		assertThat(borealis.component(ScorecardComponent.RISK).value()).isEqualByComparingTo("50");
		assertThat(borealis.component(ScorecardComponent.RISK).appliedWeight()).isEqualByComparingTo("17.39");
		for (ScorecardComponent none : List.of(ScorecardComponent.FIRST_TIME_RIGHT, ScorecardComponent.CSAT,
				ScorecardComponent.ON_TIME_DELIVERY)) {
			Part part = borealis.component(none);
			assertThat(part.value()).as(none.name()).isNull();
			assertThat(part.appliedWeight()).as(none.name()).isNull();
			assertThat(part.weight()).as(none.name()).isEqualByComparingTo(ScorecardWeights.DEFAULTS.of(none));
		}
	}

	@Test
	void providersAreRankedBestFirstEqualScoresSharingAPlaceAndTheUnscoredLast() {
		List<SupplierScore> ranked = SupplierScorecard.rank(List.of(atlas(), only(COMET, "Comet", Tally.NONE),
				only(ECHO, "Echo", new Tally(Ratio.of(8, 10), Ratio.NONE, Ratio.NONE, Ratio.NONE, Ratio.NONE)),
				borealis(), only(DELTA, "Delta", new Tally(Ratio.NONE, Ratio.NONE, Ratio.NONE, Ratio.NONE,
						Ratio.of(4, 5)))), ScorecardWeights.DEFAULTS);

		assertThat(ranked).extracting(SupplierScore::name, s -> s.score() == null ? null : s.score().toPlainString(),
				SupplierScore::rank)
			.containsExactly(tuple("Borealis", "85.2", 1), tuple("Delta", "80.0", 2), tuple("Echo", "80.0", 2),
					tuple("Atlas", "76.8", 4), tuple("Comet", null, null));
		SupplierScore comet = ranked.get(4);
		assertThat(comet.reweighted()).isFalse();
		assertThat(comet.components()).allSatisfy(part -> assertThat(part.value()).isNull());
		assertThat(comet.component(ScorecardComponent.RISK).denominator()).isEqualByComparingTo("0");
	}

	@Test
	void satisfactionRunsFromNoPointsForOneOutOfFiveToAllForFive() {
		assertThat(csatPoints(Ratio.of(4, 4))).isEqualByComparingTo("0");
		assertThat(csatPoints(Ratio.of(20, 4))).isEqualByComparingTo("100");
		assertThat(csatPoints(Ratio.of(12, 4))).isEqualByComparingTo("50");
		// a mean of 3.5 out of 5: 62.5 points
		assertThat(csatPoints(Ratio.of(7, 2))).isEqualByComparingTo("62.5");
	}

	@Test
	void anEngagementsRiskPenaltyIsTenPointsAWarningAndTwentyFiveACriticalOneAtMostAHundred() {
		assertThat(SupplierScorecard.penalty(new Risk(new UUID(8, 9), 0, 0))).isZero();
		assertThat(SupplierScorecard.penalty(new Risk(new UUID(8, 9), 2, 1))).isEqualTo(45);
		assertThat(SupplierScorecard.penalty(new Risk(new UUID(8, 9), 1, 4))).isEqualTo(100);
		SupplierScore riskOnly = SupplierScorecard.score(new SupplierMeasures(ATLAS, "Atlas", 3, List.of(),
				List.of(new Risk(new UUID(8, 1), 0, 4), new Risk(new UUID(8, 2), 1, 0), new Risk(new UUID(8, 3), 0, 0))),
				ScorecardWeights.DEFAULTS);
		// penalties 100 + 10 + 0 over three engagements: 36.666… points off, 63.33 points
		assertThat(riskOnly.component(ScorecardComponent.RISK).value()).isEqualByComparingTo("63.33");
		assertThat(riskOnly.score()).isEqualByComparingTo("63.3");
		assertThat(riskOnly.reweighted()).isTrue();
	}

	@Test
	void aComponentWeighingNothingIsNotAReweighting() {
		Map<ScorecardComponent, BigDecimal> weights = new EnumMap<>(ScorecardWeights.DEFAULTS.weights());
		weights.put(ScorecardComponent.CSAT, BigDecimal.ZERO);
		weights.put(ScorecardComponent.FIRST_TIME_RIGHT, BigDecimal.ZERO);
		weights.put(ScorecardComponent.ON_TIME_DELIVERY, BigDecimal.ZERO);

		SupplierScore borealis = SupplierScorecard.score(borealis(), new ScorecardWeights(weights));

		assertThat(borealis.score()).isEqualByComparingTo("85.2");
		assertThat(borealis.reweighted()).isFalse();
		assertThatThrownBy(() -> new ScorecardWeights(Map.of(ScorecardComponent.CSAT, BigDecimal.ONE)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	/**
	 * Seeded: splitting a supplier's figures across more engagements in any way changes nothing, and the score always
	 * lies between the lowest and the highest points of its components.
	 */
	@Test
	void theScoreDependsOnTheAddedUpFiguresOnlyAndLiesBetweenItsComponents() {
		Random random = new Random(6);
		for (int round = 0; round < 500; round++) {
			List<Tally> tallies = new ArrayList<>();
			Tally total = Tally.NONE;
			for (int n = 0, count = 1 + random.nextInt(4); n < count; n++) {
				Tally tally = new Tally(ratio(random, 1), ratio(random, 1), ratio(random, 1), ratio(random, 5),
						ratio(random, 1));
				tallies.add(tally);
				total = new Tally(total.slaCompliance().plus(tally.slaCompliance()),
						total.firstTimeRight().plus(tally.firstTimeRight()), total.reopenRate().plus(tally.reopenRate()),
						total.csat().plus(tally.csat()), total.onTimeDelivery().plus(tally.onTimeDelivery()));
			}
			List<Risk> risks = List.of(new Risk(new UUID(9, round), random.nextInt(3), random.nextInt(3)));
			SupplierScore split = SupplierScorecard.score(new SupplierMeasures(ATLAS, "Atlas", tallies.size(), tallies,
					risks), ScorecardWeights.DEFAULTS);
			SupplierScore whole = SupplierScorecard.score(new SupplierMeasures(ATLAS, "Atlas", 1, List.of(total), risks),
					ScorecardWeights.DEFAULTS);

			assertThat(split.score()).as("round " + round).isEqualByComparingTo(whole.score());
			List<BigDecimal> points = split.components().stream().map(Part::value).filter(v -> v != null).toList();
			BigDecimal lowest = points.stream().min(BigDecimal::compareTo).orElseThrow();
			BigDecimal highest = points.stream().max(BigDecimal::compareTo).orElseThrow();
			assertThat(split.score()).as("round " + round).isBetween(lowest.setScale(1, java.math.RoundingMode.DOWN),
					highest.setScale(1, java.math.RoundingMode.UP));
		}
	}

	/** Counts of up to 20 (a few of them empty), the numerator at most {@code most} times the denominator. */
	private static Ratio ratio(Random random, int most) {
		int denominator = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(20);
		int numerator = most == 1 ? random.nextInt(denominator + 1) : denominator + random.nextInt(4 * denominator + 1);
		return Ratio.of(numerator, denominator);
	}

	private static BigDecimal csatPoints(Ratio answers) {
		return SupplierScorecard.score(only(ATLAS, "Atlas", new Tally(Ratio.NONE, Ratio.NONE, Ratio.NONE, answers,
				Ratio.NONE)), ScorecardWeights.DEFAULTS).component(ScorecardComponent.CSAT).value();
	}
}
