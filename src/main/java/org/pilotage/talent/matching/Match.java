package org.pilotage.talent.matching;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A candidate's result for a need: eligible or not, the score out of 100 (zero when not eligible), the day
 * rate in euros and minimum daily overlap the score was computed from, and every criterion explained.
 */
public record Match(Candidate candidate, boolean eligible, BigDecimal score, @Nullable BigDecimal dayRateEur,
		@Nullable Double overlapHours, List<Explanation> explanations) {

	public Match {
		explanations = List.copyOf(explanations);
	}

	/** The hard criteria the candidate fails, in the order they were checked. */
	public List<Explanation> failures() {
		return explanations.stream().filter(explanation -> !explanation.matched())
			.filter(explanation -> Matcher.HARD.contains(explanation.criterion()))
			.toList();
	}
}
