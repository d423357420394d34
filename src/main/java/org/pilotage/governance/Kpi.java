package org.pilotage.governance;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The catalogue of the KPIs: what each measures, in which unit, and which way is better. The written definitions
 * are in the {@code i18n/governance} bundles under {@link #nameKey()} and {@link #definitionKey()}, and in
 * {@code docs/governance/KPIS.md}; {@link Kpis} computes them.
 *
 * <p>A ratio or a mean has a numerator and a denominator in the units given here, so figures can be added up across
 * engagements or compared week to week without averaging averages; a count has neither.
 */
public enum Kpi {

	SLA_COMPLIANCE(Unit.PERCENT, Unit.COUNT, Unit.COUNT, Direction.HIGHER_IS_BETTER),
	OLA_COMPLIANCE(Unit.PERCENT, Unit.COUNT, Unit.COUNT, Direction.HIGHER_IS_BETTER),
	MTTA_BUSINESS(Unit.SECONDS, Unit.SECONDS, Unit.COUNT, Direction.LOWER_IS_BETTER),
	MTTA_CALENDAR(Unit.SECONDS, Unit.SECONDS, Unit.COUNT, Direction.LOWER_IS_BETTER),
	MTTR_BUSINESS(Unit.SECONDS, Unit.SECONDS, Unit.COUNT, Direction.LOWER_IS_BETTER),
	MTTR_CALENDAR(Unit.SECONDS, Unit.SECONDS, Unit.COUNT, Direction.LOWER_IS_BETTER),
	BACKLOG(Unit.COUNT, null, null, Direction.LOWER_IS_BETTER),
	BACKLOG_AGE(Unit.COUNT, null, null, Direction.LOWER_IS_BETTER),
	REOPEN_RATE(Unit.PERCENT, Unit.COUNT, Unit.COUNT, Direction.LOWER_IS_BETTER),
	FIRST_TIME_RIGHT(Unit.PERCENT, Unit.COUNT, Unit.COUNT, Direction.HIGHER_IS_BETTER),
	ON_TIME_DELIVERY(Unit.PERCENT, Unit.COUNT, Unit.COUNT, Direction.HIGHER_IS_BETTER),
	CSAT(Unit.SCORE, Unit.SCORE, Unit.COUNT, Direction.HIGHER_IS_BETTER),
	CSAT_RESPONSE_RATE(Unit.PERCENT, Unit.COUNT, Unit.COUNT, Direction.HIGHER_IS_BETTER),
	THROUGHPUT(Unit.COUNT, null, null, Direction.HIGHER_IS_BETTER),
	LOGGED_TIME_VS_BUDGET(Unit.PERCENT, Unit.MINUTES, Unit.MINUTES, Direction.LOWER_IS_BETTER),
	COST_VS_BUDGET(Unit.PERCENT, Unit.MONEY, Unit.MONEY, Direction.LOWER_IS_BETTER);

	/** What a value, a numerator or a denominator counts. MONEY is in the budget's currency. */
	public enum Unit {
		PERCENT, SECONDS, COUNT, SCORE, MINUTES, MONEY
	}

	public enum Direction {
		HIGHER_IS_BETTER, LOWER_IS_BETTER
	}

	private final Unit unit;
	private final @Nullable Unit numerator;
	private final @Nullable Unit denominator;
	private final Direction direction;

	Kpi(Unit unit, @Nullable Unit numerator, @Nullable Unit denominator, Direction direction) {
		this.unit = unit;
		this.numerator = numerator;
		this.denominator = denominator;
		this.direction = direction;
	}

	/** The stable code of the KPI in URLs, documents and bundle keys: {@code sla-compliance}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public Unit unit() {
		return unit;
	}

	/** The unit of the numerator, null for a count. */
	public @Nullable Unit numeratorUnit() {
		return numerator;
	}

	/** The unit of the denominator, null for a count. */
	public @Nullable Unit denominatorUnit() {
		return denominator;
	}

	public Direction direction() {
		return direction;
	}

	/** Whether the value is numerator over denominator (a ratio or a mean) rather than a count. */
	public boolean isRatio() {
		return denominator != null;
	}

	public String nameKey() {
		return "governance.kpi." + code() + ".name";
	}

	public String definitionKey() {
		return "governance.kpi." + code() + ".definition";
	}
}
