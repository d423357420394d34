package org.pilotage.governance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Measures the tests set by hand for an engagement and a month, so that a statement read over HTTP can be compared
 * with one worked out in the test; every engagement counts its months in Paris. Registered, in place of the
 * measures from the stored events, only by {@link Configuration}, which the service-credit tests import.
 */
class KnownCreditMeasures implements CreditMeasures {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final Map<UUID, Map<YearMonth, Map<String, BigDecimal>>> known = new ConcurrentHashMap<>();

	/** The month's measures from now on: what the events of the month would give. */
	void set(UUID engagementId, YearMonth month, Map<String, BigDecimal> measures) {
		known.computeIfAbsent(engagementId, id -> new ConcurrentHashMap<>()).put(month, Map.copyOf(measures));
	}

	@Override
	public Map<String, BigDecimal> measures(UUID engagementId, YearMonth month) {
		return known.getOrDefault(engagementId, Map.of()).getOrDefault(month, Map.of());
	}

	@Override
	public ZoneId zoneOf(UUID engagementId) {
		return PARIS;
	}

	/** The test configuration that puts these measures first. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		@Primary
		KnownCreditMeasures knownCreditMeasures() {
			return new KnownCreditMeasures();
		}
	}
}
