package org.pilotage.estimation.reference;

import java.math.BigDecimal;
import java.time.LocalDate;

/** How many EUR one unit of {@code currency} is worth on {@code asOf} (EUR itself is 1). */
public record CurrencyRate(String currency, BigDecimal eurPerUnit, LocalDate asOf, String sourceKey,
		boolean assumption) {
}
