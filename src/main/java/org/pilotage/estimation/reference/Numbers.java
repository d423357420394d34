package org.pilotage.estimation.reference;

import java.math.BigDecimal;

/** One canonical form for stored numbers, so that 0.20, 0.2 and 2E-1 compare and print alike. */
final class Numbers {

	private Numbers() {
	}

	static BigDecimal normalize(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}
}
