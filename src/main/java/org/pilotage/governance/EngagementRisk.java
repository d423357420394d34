package org.pilotage.governance;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An engagement's dependency and control risk over a window: how much of the work rests on one person, how much of
 * it is written down in the knowledge base, how ready the client is to leave, and the warnings of the figures past
 * their thresholds. Shares are percents rounded half up to two decimals; a share of nothing has no value.
 *
 * @param exit null when the exit plan was not among the inputs
 */
public record EngagementRisk(KeyPerson keyPerson, KnowledgeCoverage knowledge, @Nullable ExitReadiness exit,
		List<RiskWarning> warnings) {

	public EngagementRisk {
		warnings = List.copyOf(warnings);
	}

	/**
	 * Key-person concentration: the resolved items (and how many had nobody assigned), each person's work, the top
	 * person by resolved items and by logged time with their shares, and the smallest number of people who resolved
	 * half of the items (null when nothing was resolved, or when the assigned items do not reach half).
	 *
	 * @param people everyone who resolved an item or logged time, the most items first, then the most minutes
	 */
	public record KeyPerson(int resolvedItems, int unassignedItems, long loggedMinutes, List<PersonWork> people,
			@Nullable UUID topByItems, @Nullable BigDecimal topItemsShare, @Nullable UUID topByTime,
			@Nullable BigDecimal topTimeShare, @Nullable Integer peopleForHalf) {

		public KeyPerson {
			people = List.copyOf(people);
		}
	}

	/** One person's resolved items and logged minutes, and their shares of all the resolved items and minutes. */
	public record PersonWork(UUID person, int items, @Nullable BigDecimal itemsShare, long minutes,
			@Nullable BigDecimal timeShare) {
	}

	/** Knowledge coverage: the resolved items, those linked to at least one article or runbook, and their share. */
	public record KnowledgeCoverage(int resolvedItems, int linkedItems, @Nullable BigDecimal percent) {
	}

	/**
	 * Exit readiness: 25 points for each fact of the exit plan (a plan on file, a data-return format, a rehearsal less
	 * than a year old, a successor named), 0 to 100.
	 */
	public record ExitReadiness(int score, boolean planOnFile, boolean dataReturnFormat, boolean recentRehearsal,
			boolean successorNamed) {
	}
}
