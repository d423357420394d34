package org.pilotage.talent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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

	/** The currencies a rate can be stated in, EUR first. */
	List<String> codes() {
		List<String> codes = new ArrayList<>(List.of("EUR"));
		reference.current().rates().stream().map(CurrencyRate::currency).filter(code -> !code.equals("EUR"))
			.sorted().forEach(codes::add);
		return codes;
	}

	boolean knows(String currency) {
		return current().eurPerUnit(currency) != null;
	}
}
