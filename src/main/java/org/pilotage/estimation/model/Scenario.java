package org.pilotage.estimation.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What is estimated: a team over {@code durationMonths} starting on {@code startDate} (the date on which the
 * time-zone overlap is measured, DST included), the client's working hours, the overlap the client requires,
 * and the Monte Carlo sample count and seed.
 */
public record Scenario(List<TeamRow> team, int durationMonths, LocalDate startDate, WorkingHours clientHours,
		double requiredOverlapHours, int samples, long seed) {

	public Scenario {
		team = List.copyOf(team);
		if (team.isEmpty() || durationMonths < 1 || samples < 1 || requiredOverlapHours < 0) {
			throw new IllegalArgumentException("a scenario needs a team, a duration and samples");
		}
	}
}
