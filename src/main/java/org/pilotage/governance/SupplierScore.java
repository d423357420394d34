package org.pilotage.governance;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A supplier's score over a period: 0 to 100, rounded half up to one decimal, from its components each with its
 * weight; null when no component has data. When some components have no data, {@code reweighted} says so and each
 * component with data carries the share of the score it ended up weighing ({@code appliedWeight}).
 *
 * @param rank the supplier's place among the ones compared (1 for the best, equal scores sharing a place), null when
 *     it was scored alone or has no score
 */
public record SupplierScore(UUID provider, String name, int engagements, @Nullable BigDecimal score,
		@Nullable Integer rank, boolean reweighted, List<Part> components) {

	public SupplierScore {
		components = List.copyOf(components);
	}

	public SupplierScore ranked(@Nullable Integer place) {
		return new SupplierScore(provider, name, engagements, score, place, reweighted, components);
	}

	public Part component(ScorecardComponent component) {
		return components.stream()
			.filter(part -> part.component() == component)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no component " + component));
	}

	/**
	 * One component: its weight as set, the percent of the score it weighs once components without data are left
	 * out (null when it has none), its value on 0 to 100 rounded half up to two decimals (null: no data), and the
	 * figures it comes from (for the risk, penalty points over engagements in force).
	 */
	public record Part(ScorecardComponent component, BigDecimal weight, @Nullable BigDecimal appliedWeight,
			@Nullable BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
	}
}
