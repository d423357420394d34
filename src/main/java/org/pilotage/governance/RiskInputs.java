package org.pilotage.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an engagement's dependency risk is computed from, over one window of days: the items resolved in it counted by
 * the person each was assigned to when it was last resolved, the minutes each person logged in it, how many of those
 * items are linked to a knowledge article or runbook, and the facts of the exit plan (absent when the reader may not
 * see the plan).
 *
 * @param resolved the items now resolved or closed whose last resolution falls in the window, counted
 * @param minutesByPerson the minutes logged on the engagement's items on the window's days, by person
 */
public record RiskInputs(ResolvedItems resolved, Map<UUID, Long> minutesByPerson, @Nullable ExitFacts exit) {

	public RiskInputs {
		minutesByPerson = Map.copyOf(minutesByPerson);
		if (minutesByPerson.values().stream().anyMatch(minutes -> minutes < 0)) {
			throw new IllegalArgumentException("logged minutes are not negative");
		}
	}

	/**
	 * The inputs from each resolved item: {@code resolutions} one per item, {@code linkedItems} the items linked to at
	 * least one article or runbook (items of any status: only the resolved ones count).
	 */
	public RiskInputs(List<Resolution> resolutions, Map<UUID, Long> minutesByPerson, Set<UUID> linkedItems,
			@Nullable ExitFacts exit) {
		this(ResolvedItems.of(resolutions, linkedItems), minutesByPerson, exit);
	}

	/**
	 * The resolved items of the window counted: by the person they were assigned to at their last resolution, those
	 * resolved with nobody assigned, and how many of all of them are linked to the knowledge base.
	 */
	public record ResolvedItems(Map<UUID, Integer> byPerson, int unassigned, int linked) {

		public ResolvedItems {
			byPerson = Map.copyOf(byPerson);
			if (unassigned < 0 || linked < 0 || byPerson.values().stream().anyMatch(items -> items <= 0)) {
				throw new IllegalArgumentException("counts of resolved items are positive or zero");
			}
			if (linked > byPerson.values().stream().mapToInt(Integer::intValue).sum() + unassigned) {
				throw new IllegalArgumentException("linked items are among the resolved ones");
			}
		}

		/** Every resolved item, assigned or not. */
		public int total() {
			return byPerson.values().stream().mapToInt(Integer::intValue).sum() + unassigned;
		}

		static ResolvedItems of(List<Resolution> resolutions, Set<UUID> linkedItems) {
			if (resolutions.stream().map(Resolution::item).distinct().count() != resolutions.size()) {
				throw new IllegalArgumentException("an item is resolved once in the figures: its last resolution");
			}
			Map<UUID, Integer> byPerson = new HashMap<>();
			int unassigned = 0;
			int linked = 0;
			for (Resolution resolution : resolutions) {
				if (resolution.person() == null) {
					unassigned++;
				}
				else {
					byPerson.merge(resolution.person(), 1, Integer::sum);
				}
				if (linkedItems.contains(resolution.item())) {
					linked++;
				}
			}
			return new ResolvedItems(byPerson, unassigned, linked);
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
