package org.pilotage.estimation.reference;

import java.math.BigDecimal;

/**
 * The figure an estimate uses for a role, seniority and location, converted to EUR at the dated rate. When the
 * location has no figure for that role and seniority, it is {@code derived} from {@code basis} (the nearest
 * stored figure of the same kind and location) times {@code ratio}, and {@code explanation} says so in words.
 */
public record ResolvedFigure(FigureKind kind, String role, String seniority, String location, BigDecimal amountEur,
		Figure basis, boolean derived, BigDecimal ratio, String explanation) {

	/** A figure nobody published, or one derived from such a figure. */
	public boolean assumption() {
		return basis.assumption();
	}
}
