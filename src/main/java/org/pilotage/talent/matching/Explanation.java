package org.pilotage.talent.matching;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a match's explanation: a criterion, whether the candidate meets it, what was found, and the
 * points it earned. Hard criteria earn no points; they only decide eligibility.
 */
public record Explanation(String criterion, boolean matched, String value, BigDecimal points) {

	public Explanation {
		Objects.requireNonNull(criterion, "criterion");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(points, "points");
	}

	static Explanation hard(String criterion, boolean matched, String value) {
		return new Explanation(criterion, matched, value, BigDecimal.ZERO);
	}
}
