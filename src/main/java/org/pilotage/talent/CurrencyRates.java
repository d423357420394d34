package org.pilotage.talent;

import java.math.BigDecimal;
import java.util.Locale;

import org.pilotage.estimation.reference.CurrencyRate;
import org.pilotage.estimation.reference.ReferenceData;
import org.pilotage.estimation.reference.ReferenceSnapshot;
import org.pilotage.talent.matching.Rates;
import org.springframework.stereotype.Component;

/**
 * Currency conversion for the talent pool, from the estimator's published reference data: the same dated
 * rates everywhere in Pilotage, and one place where an administrator changes them.
 */
@Component
class CurrencyRates {

	private final ReferenceData reference;

	CurrencyRates(ReferenceData reference) {
		this.reference = reference;
	}

	/** The matcher's rates, fixed for one search. */
	Rates current() {
		ReferenceSnapshot snapshot = reference.current();
		return currency -> "EUR".equalsIgnoreCase(currency) ? BigDecimal.ONE
				: snapshot.rate(currency.toUpperCase(Locale.ROOT)).map(CurrencyRate::eurPerUnit).orElse(null);
	}

	boolean knows(String currency) {
		return current().eurPerUnit(currency) != null;
	}
}
