package org.pilotage.estimation.model;

/**
 * Steele, Lea and Flood's SplitMix64, written out here because the algorithms behind {@code java.util.Random} and
 * {@code SplittableRandom} are not promised to stay the same from one JDK to the next, and an estimate must be
 * reproducible from its seed for as long as it is kept.
 */
final class SplitMix64 {

	private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

	private long state;

	SplitMix64(long seed) {
		this.state = seed;
	}

	/** The generator of Monte Carlo sample {@code index}: each sample has its own stream, whatever came before it. */
	static long seedOfSample(long seed, long index) {
		return mix64(seed ^ mix64(index));
	}

	/** Restarts the stream, so that one generator serves every sample without allocating. */
	void reseed(long seed) {
		this.state = seed;
	}

	long nextLong() {
		state += GOLDEN_GAMMA;
		return mix64(state);
	}

	/** Uniform over the 2^53 doubles from 0 inclusive to 1 exclusive. */
	double nextDouble() {
		return (nextLong() >>> 11) * 0x1.0p-53;
	}

	static long mix64(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
