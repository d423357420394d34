package org.pilotage.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an engagement's dependency risk is computed from, over one window of days: the items resolved in it with the
 * person each was assigned to when it was last resolved, the minutes each person logged in it, the items linked to a
 * knowledge article or runbook, and the facts of the exit plan (absent when the reader may not see the plan).
 *
 * @param resolutions the items now resolved or closed whose last resolution falls in the window, one each
 * @param minutesByPerson the minutes logged on the engagement's items on the window's days, by person
 * @param linkedItems the items linked to at least one article or runbook (items of any status: only the resolved
 *     ones count)
 */
public record RiskInputs(List<Resolution> resolutions, Map<UUID, Long> minutesByPerson, Set<UUID> linkedItems,
		@Nullable ExitFacts exit) {

	public RiskInputs {
		resolutions = List.copyOf(resolutions);
		minutesByPerson = Map.copyOf(minutesByPerson);
		linkedItems = Set.copyOf(linkedItems);
		if (resolutions.stream().map(Resolution::item).distinct().count() != resolutions.size()) {
			throw new IllegalArgumentException("an item is resolved once in the figures: its last resolution");
		}
		if (minutesByPerson.values().stream().anyMatch(minutes -> minutes < 0)) {
			throw new IllegalArgumentException("logged minutes are not negative");
		}
	}

	/** A resolved item and the person it was assigned to at its last resolution (null: nobody). */
	public record Resolution(UUID item, @Nullable UUID person) {
	}

	/**
	 * The exit plan as the score reads it: a plan on file, a data-return format written down, the day of the last
	 * rehearsal, a successor named.
	 */
	public record ExitFacts(boolean planOnFile, boolean dataReturnFormat, @Nullable LocalDate lastRehearsal,
			boolean successorNamed) {
	}

	/**
	 * An engagement in force between a client and one of its providers, with what the client spends on it in its
	 * currency ({@link DependencyRisk#spend}).
	 */
	public record Contract(UUID engagement, UUID provider, String currency, BigDecimal spend) {

		public Contract {
			if (spend.signum() < 0) {
				throw new IllegalArgumentException("a spend is not negative: " + spend);
			}
		}
	}
}
