package org.pilotage.estimation.reference;

import java.math.BigDecimal;

/**
 * A stored figure: the annual gross salary ({@link FigureKind#SALARY}) or the day rate
 * ({@link FigureKind#DAY_RATE}) of a role and seniority in a location, in the location's currency or another
 * one, for a year, from a source with a confidence. {@code assumption} marks a figure nobody published (for
 * example Madagascar's, from a vendor's ratio against France); {@code note} says how it was read from the source
 * (net to gross, monthly to yearly, …).
 */
public record Figure(FigureKind kind, String role, String seniority, String location, BigDecimal amount,
		String currency, int year, String sourceKey, Confidence confidence, boolean assumption, String note) {
}
