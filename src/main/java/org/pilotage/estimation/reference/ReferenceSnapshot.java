package org.pilotage.estimation.reference;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole reference data as it stood at one version: what an estimate is computed from, and what it records
 * (by version number) so that it can be explained later even after the data changed.
 */
public record ReferenceSnapshot(int version, Instant publishedAt, List<Role> roles, List<Seniority> seniorities,
		List<Location> locations, List<CurrencyRate> rates, List<ParameterValue> parameters, List<Figure> figures,
		List<Source> sources) {

	public ReferenceSnapshot {
		roles = List.copyOf(roles);
		seniorities = List.copyOf(seniorities);
		locations = List.copyOf(locations);
		rates = List.copyOf(rates);
		parameters = List.copyOf(parameters);
		figures = List.copyOf(figures);
		sources = List.copyOf(sources);
	}

	public Optional<Role> role(String code) {
		return roles.stream().filter(r -> r.code().equals(code)).findFirst();
	}

	public Optional<Seniority> seniority(String code) {
		return seniorities.stream().filter(s -> s.code().equals(code)).findFirst();
	}

	public Optional<Location> location(String code) {
		return locations.stream().filter(l -> l.code().equals(code)).findFirst();
	}

	public Optional<CurrencyRate> rate(String currency) {
		return rates.stream().filter(r -> r.currency().equals(currency)).findFirst();
	}

	public Optional<Source> source(String key) {
		return sources.stream().filter(s -> s.key().equals(key)).findFirst();
	}

	/** Parameter values by key, as the cost model takes them. */
	public Map<String, Double> parameterValues() {
		Map<String, Double> values = new LinkedHashMap<>();
		parameters.forEach(p -> values.put(p.key(), p.value().doubleValue()));
		return values;
	}
}
