package org.pilotage.talent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.talent.matching.Explanation;
import org.pilotage.talent.matching.Match;
import org.pilotage.talent.matching.Seniority;

/**
 * One ranked candidate: the score out of 100, explained per criterion, with the day rate in its own currency
 * and in EUR, and the minimum daily overlap with the client's hours over the window.
 */
record CandidateView(int rank, UUID personId, UUID organizationId, boolean freelance, String displayName,
		Seniority seniority, BigDecimal dayRate, String currency, @Nullable BigDecimal dayRateEur,
		@Nullable BigDecimal overlapHours, boolean eligible, BigDecimal score, List<Explanation> explanations) {

	static CandidateView of(int rank, Match match, Person person) {
		BigDecimal eur = match.dayRateEur() == null ? null : match.dayRateEur().setScale(2, RoundingMode.HALF_UP);
		BigDecimal overlap = match.overlapHours() == null ? null
				: BigDecimal.valueOf(match.overlapHours()).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return new CandidateView(rank, person.id(), person.organizationId(), person.freelance(), person.displayName(),
				person.seniority(), person.dayRate(), person.currency(), eur, overlap, match.eligible(), match.score(),
				match.explanations());
	}
}
