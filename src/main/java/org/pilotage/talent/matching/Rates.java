package org.pilotage.talent.matching;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Currency conversion supplied by the caller: how many euros one unit of a currency is worth. The kernel
 * never fetches rates itself.
 */
@FunctionalInterface
public interface Rates {

	/** Euros per unit of {@code currency} (ISO 4217 code), or {@code null} when the currency is unknown. */
	@Nullable BigDecimal eurPerUnit(String currency);

	static Rates of(Map<String, BigDecimal> eurPerUnit) {
		Map<String, BigDecimal> copy = Map.copyOf(eurPerUnit);
		return currency -> "EUR".equalsIgnoreCase(currency) ? BigDecimal.ONE
				: copy.get(currency.toUpperCase(Locale.ROOT));
	}
}
