package org.pilotage.estimation.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DrawingRandomNumbersTest {

	/* The first outputs of SplitMix64 seeded with 0, as published with the reference implementation. */
	@Test
	void theGeneratorIsSplitMix64AndWillStayIt() {
		SplitMix64 random = new SplitMix64(0);

		assertThat(random.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
		assertThat(random.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
		assertThat(random.nextLong()).isEqualTo(0x06C45D188009454FL);
	}

	@Test
	void uniformDrawsStayFromZeroToBelowOne() {
		SplitMix64 random = new SplitMix64(7);
		for (int i = 0; i < 100_000; i++) {
			assertThat(random.nextDouble()).isGreaterThanOrEqualTo(0).isLessThan(1);
		}
	}

	@Test
	void eachSampleHasItsOwnStream() {
		assertThat(SplitMix64.seedOfSample(42, 0)).isNotEqualTo(SplitMix64.seedOfSample(42, 1));
		assertThat(SplitMix64.seedOfSample(42, 0)).isNotEqualTo(SplitMix64.seedOfSample(43, 0));
		assertThat(SplitMix64.seedOfSample(42, 5)).isEqualTo(SplitMix64.seedOfSample(42, 5));
	}

	/* Triangle 0.85, 1, 1.15: the mode sits at u = 0.5, the ends at u = 0 and u → 1. */
	@Test
	void theTriangularInverseRunsFromMinimumThroughModeToMaximum() {
		assertThat(Triangular.inverse(0.85, 1, 1.15, 0)).isEqualTo(0.85);
		assertThat(Triangular.inverse(0.85, 1, 1.15, 0.5)).isCloseTo(1, within(1e-12));
		assertThat(Triangular.inverse(0.85, 1, 1.15, Math.nextDown(1.0))).isCloseTo(1.15, within(1e-7));
		/* Left of the mode: 0.85 + sqrt(0.125 × 0.3 × 0.15) = 0.85 + 0.075 = 0.925. */
		assertThat(Triangular.inverse(0.85, 1, 1.15, 0.125)).isCloseTo(0.925, within(1e-12));
	}

	/* Skewed triangle 1.1, 1.2, 1.35: the mode is reached at u = 0.1 / 0.25 = 0.4. */
	@Test
	void aSkewedTriangleReachesItsModeWhereItsLeftSideEnds() {
		assertThat(Triangular.inverse(1.1, 1.2, 1.35, 0.4)).isCloseTo(1.2, within(1e-12));
	}

	@Test
	void drawsStayWithinTheTriangleAndAverageItsCentroid() {
		SplitMix64 random = new SplitMix64(1);
		double sum = 0;
		int draws = 200_000;
		for (int i = 0; i < draws; i++) {
			double value = Triangular.inverse(1.1, 1.2, 1.35, random.nextDouble());
			assertThat(value).isBetween(1.1, 1.35);
			sum += value;
		}
		assertThat(sum / draws).isCloseTo((1.1 + 1.2 + 1.35) / 3, within(1e-3));
	}

	@Test
	void aTriangleWithoutWidthIsItsMode() {
		assertThat(Triangular.inverse(1, 1, 1, 0.3)).isEqualTo(1);
		assertThat(Triangular.inverse(3, 3, 3, 0.99)).isEqualTo(3);
	}

	/* Nearest rank over 1..10: P10 is the 1st value, P50 the 5th, P90 the 9th. */
	@Test
	void percentilesAreNearestRanks() {
		double[] values = { 10, 3, 7, 1, 9, 2, 8, 4, 6, 5 };

		Percentiles percentiles = MonteCarlo.percentiles(values);

		assertThat(percentiles).isEqualTo(new Percentiles(1, 5, 9));
	}

	/* Over 3 values ranks are ceil(0.3) = 1, ceil(1.5) = 2, ceil(2.7) = 3; over 1 value all are it. */
	@Test
	void percentilesOfFewSamplesRoundTheirRankUp() {
		assertThat(MonteCarlo.percentiles(new double[] { 30, 10, 20 })).isEqualTo(new Percentiles(10, 20, 30));
		assertThat(MonteCarlo.percentiles(new double[] { 4 })).isEqualTo(new Percentiles(4, 4, 4));
		assertThat(MonteCarlo.nearestRank(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 }, 10)).isEqualTo(2);
	}

	@Test
	void samplesThatDeliverNothingRankAboveEveryPrice() {
		double[] values = { Double.POSITIVE_INFINITY, 500, 400, Double.POSITIVE_INFINITY };

		assertThat(MonteCarlo.percentiles(values)).isEqualTo(new Percentiles(400, 500, Double.POSITIVE_INFINITY));
		assertThat(MonteCarlo.perDeliveredDay(0, 0)).isEqualTo(Double.POSITIVE_INFINITY);
	}
}
