package org.pilotage.estimation.reference;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
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

	/**
	 * The annual gross salary in EUR of a role and seniority in a location: the stored SALARY figure, or one derived
	 * from the nearest stored SALARY figure of that location (see {@link #dayRate}).
	 * @throws IllegalArgumentException for an unknown role, seniority or location code
	 * @throws IllegalStateException when the location has no SALARY figure at all, or its currency no rate
	 */
	public ResolvedFigure salary(String role, String seniority, String location) {
		return resolve(FigureKind.SALARY, role, seniority, location).orElseThrow(
				() -> new IllegalStateException("no SALARY figure for location " + location));
	}

	/**
	 * The freelance day rate in EUR of a role and seniority in a location, or empty when the location has no
	 * DAY_RATE figure at all (the cost model then falls back on the day cost plus the agency margin).
	 * <p>A stored figure of that role, seniority and location is used as it is. Otherwise the nearest stored
	 * figure of the same kind and location is scaled by the ratio of role ratios times the ratio of seniority
	 * ratios: first a figure of the same seniority (another role), then of the same role (another seniority),
	 * then any; within each, the closest role ratio, the closest seniority ratio, then role and seniority codes
	 * in alphabetical order.
	 * @throws IllegalArgumentException for an unknown role, seniority or location code
	 * @throws IllegalStateException when the chosen figure's currency has no rate
	 */
	public Optional<ResolvedFigure> dayRate(String role, String seniority, String location) {
		return resolve(FigureKind.DAY_RATE, role, seniority, location);
	}

	private Optional<ResolvedFigure> resolve(FigureKind kind, String roleCode, String seniorityCode,
			String locationCode) {
		Role target = role(roleCode).orElseThrow(() -> new IllegalArgumentException("unknown role " + roleCode));
		Seniority level = seniority(seniorityCode)
			.orElseThrow(() -> new IllegalArgumentException("unknown seniority " + seniorityCode));
		location(locationCode).orElseThrow(() -> new IllegalArgumentException("unknown location " + locationCode));
		Comparator<Figure> nearest = Comparator
			.comparingInt((Figure f) -> tier(f, roleCode, seniorityCode))
			.thenComparing(f -> ratioOf(role(f.role()).map(Role::ratio)).subtract(target.ratio()).abs())
			.thenComparing(f -> ratioOf(seniority(f.seniority()).map(Seniority::ratio)).subtract(level.ratio()).abs())
			.thenComparing(Figure::role)
			.thenComparing(Figure::seniority);
		return figures.stream()
			.filter(f -> f.kind() == kind && f.location().equals(locationCode))
			.filter(f -> role(f.role()).isPresent() && seniority(f.seniority()).isPresent())
			.min(nearest)
			.map(basis -> resolved(kind, target, level, locationCode, basis));
	}

	private ResolvedFigure resolved(FigureKind kind, Role target, Seniority level, String locationCode, Figure basis) {
		CurrencyRate rate = rate(basis.currency()).orElseThrow(
				() -> new IllegalStateException("no rate for currency " + basis.currency()));
		boolean exact = basis.role().equals(target.code()) && basis.seniority().equals(level.code());
		BigDecimal ratio = BigDecimal.ONE;
		if (!exact) {
			BigDecimal roleRatio = target.ratio().divide(role(basis.role()).orElseThrow().ratio(), MathContext.DECIMAL64);
			BigDecimal seniorityRatio = level.ratio()
				.divide(seniority(basis.seniority()).orElseThrow().ratio(), MathContext.DECIMAL64);
			ratio = roleRatio.multiply(seniorityRatio).setScale(4, RoundingMode.HALF_EVEN);
			ratio = ratio.stripTrailingZeros().scale() < 0 ? ratio.setScale(0) : ratio.stripTrailingZeros();
		}
		BigDecimal amountEur = basis.amount().multiply(rate.eurPerUnit()).multiply(ratio)
			.setScale(2, RoundingMode.HALF_EVEN);
		String stored = basis.role() + " " + basis.seniority() + " (" + locationCode + ", " + basis.sourceKey() + ")";
		String explanation = exact ? "stored figure " + stored
				: "derived from " + stored + " × " + ratio.toPlainString();
		return new ResolvedFigure(kind, target.code(), level.code(), locationCode, amountEur, basis, !exact, ratio,
				explanation);
	}

	/** 0 for the figure asked for, 1 for another role of the same seniority, 2 for another seniority, 3 for both. */
	private static int tier(Figure figure, String role, String seniority) {
		boolean sameRole = figure.role().equals(role);
		boolean sameSeniority = figure.seniority().equals(seniority);
		return sameRole && sameSeniority ? 0 : sameSeniority ? 1 : sameRole ? 2 : 3;
	}

	private static BigDecimal ratioOf(Optional<BigDecimal> ratio) {
		return ratio.orElse(BigDecimal.ONE);
	}
}
