package org.pilotage.estimation.reference;

import java.math.BigDecimal;

/** One model parameter as stored: key (see {@code Parameters.Keys}), value, unit, source or assumption. */
public record ParameterValue(String key, BigDecimal value, String unit, String sourceKey, boolean assumption,
		String note) {
}
