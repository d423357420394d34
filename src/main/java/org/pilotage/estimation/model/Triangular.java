package org.pilotage.estimation.model;

/** The triangular distribution by its inverse distribution function, so that one uniform draw gives one value. */
final class Triangular {

	private Triangular() {
	}

	/**
	 * The value of the triangle from {@code min} through {@code mode} to {@code max} at cumulative probability
	 * {@code u}. A triangle without width is its mode.
	 */
	static double inverse(double min, double mode, double max, double u) {
		double width = max - min;
		if (!(width > 0)) {
			return mode;
		}
		double left = mode - min;
		if (u * width < left) {
			return min + Math.sqrt(u * width * left);
		}
		return max - Math.sqrt((1 - u) * width * (max - mode));
	}
}
