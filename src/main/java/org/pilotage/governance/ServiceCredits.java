package org.pilotage.governance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pilotage.governance.CreditContract.Band;
import org.pilotage.governance.CreditContract.ServiceLevel;
import org.pilotage.governance.CreditStatement.LevelCredit;
import org.pilotage.governance.CreditStatement.ReportedKpi;

/**
 * Monthly service-credit statements, plain Java: a pure function of a contract and the month's measures.
 *
 * <p>
 * Rounding happens in two places only, half up to the currency's minor unit (the cent for EUR): each level's credit
 * {@code F × A × w × factor}, computed exactly first; and the cap {@code F × A}. The total before the cap is the sum
 * of the rounded credits, so the statement adds up as printed, and the total owed is the smaller of that sum and the
 * cap. Measures are compared with the bounds exactly, never rounded.
 */
final class ServiceCredits {

	/** Past this, an over-allocated pool stops being a contract and becomes a typing error. */
	static final BigDecimal MAX_ALLOCATION_TOTAL = BigDecimal.valueOf(500);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ServiceCredits() {
	}

	/**
	 * The statement of a month.
	 *
	 * @param measures the month's measure per KPI code; a level whose KPI has none earns no credit
	 * @throws InvalidContract naming every bad field of the contract
	 */
	static CreditStatement statement(CreditContract contract, YearMonth month,
			Map<String, ? extends @Nullable BigDecimal> measures) {
		List<FieldProblem> problems = problems(contract);
		if (!problems.isEmpty()) {
			throw new InvalidContract(problems);
		}
		int digits = minorUnit(contract.currency());
		BigDecimal pool = pool(contract);
		BigDecimal cap = cap(contract);
		BigDecimal zero = BigDecimal.ZERO.setScale(digits);
		List<LevelCredit> lines = new ArrayList<>();
		BigDecimal sum = zero;
		for (ServiceLevel level : contract.levels()) {
			BigDecimal measure = measures.get(level.kpi());
			if (measure == null) {
				lines.add(new LevelCredit(level, null, null, zero));
				continue;
			}
			Band band = band(contract.bands(), level, measure);
			BigDecimal credit = pool.multiply(level.allocation())
				.movePointLeft(2)
				.multiply(band.factor())
				.setScale(digits, RoundingMode.HALF_UP);
			lines.add(new LevelCredit(level, measure, band, credit));
			sum = sum.add(credit);
		}
		BigDecimal total = sum.min(cap);
		boolean capReached = sum.signum() > 0 && sum.compareTo(cap) >= 0;
		List<ReportedKpi> reported = contract.reported()
			.stream()
			.map(kpi -> new ReportedKpi(kpi, measures.get(kpi)))
			.toList();
		return new CreditStatement(month, contract.currency(), contract.monthlyFee(), contract.atRiskShare(), cap,
				lines, sum, total, capReached, reported);
	}

	/** The monthly pool {@code F × A}, exact. */
	private static BigDecimal pool(CreditContract contract) {
		return contract.monthlyFee().multiply(contract.atRiskShare()).movePointLeft(2);
	}

	/** The cap on a month's credits: the pool rounded half up to the currency's minor unit. */
	static BigDecimal cap(CreditContract contract) {
		return pool(contract).setScale(minorUnit(contract.currency()), RoundingMode.HALF_UP);
	}

	/** The first band whose bound the measure meets; the last band is open-ended. */
	private static Band band(List<Band> bands, ServiceLevel level, BigDecimal measure) {
		for (Band band : bands) {
			if (band.upTo() == null || level.atLeastAsGood(measure, band.bound(level))) {
				return band;
			}
		}
		throw new IllegalStateException("a valid contract ends with an open band");
	}

	/** Digits of the currency's minor unit: 2 for EUR, 0 for JPY; 2 for a currency that has none defined. */
	static int minorUnit(String currency) {
		int digits = Currency.getInstance(currency).getDefaultFractionDigits();
		return digits < 0 ? 2 : digits;
	}

	/**
	 * Every bad field of a contract, named as in JSON ({@code levels[1].minimum}, {@code bands[0].factor}); empty
	 * when the contract is valid.
	 */
	static List<FieldProblem> problems(CreditContract contract) {
		Checks checks = new Checks();
		checks.money(contract);
		checks.levels(contract);
		checks.reported(contract);
		checks.bands(contract.bands());
		return List.copyOf(checks.problems);
	}

	/** A bad field: {@code code} is stable, the message says what is expected. */
	record FieldProblem(String field, String code, String message) {
	}

	/** A contract that cannot give a statement, with every bad field. */
	static final class InvalidContract extends RuntimeException {

		private final List<FieldProblem> problems;

		InvalidContract(List<FieldProblem> problems) {
			super("The service-credit contract has invalid fields: "
					+ problems.stream().map(FieldProblem::field).toList());
			this.problems = List.copyOf(problems);
		}

		List<FieldProblem> problems() {
			return problems;
		}
	}

	/** The checks, collecting instead of stopping at the first bad field. */
	private static final class Checks {

		private final List<FieldProblem> problems = new ArrayList<>();

		private void problem(String field, String code, String message) {
			problems.add(new FieldProblem(field, code, message));
		}

		private boolean present(@Nullable Object value, String field, String what) {
			if (value == null || value instanceof String text && text.isBlank()) {
				problem(field, "required", what + " is required");
				return false;
			}
			return true;
		}

		private void money(CreditContract contract) {
			if (present(contract.currency(), "currency", "the currency")) {
				try {
					Currency.getInstance(contract.currency());
				}
				catch (IllegalArgumentException unknown) {
					problem("currency", "unknown-currency",
							"unknown currency '" + contract.currency() + "': use an ISO 4217 code such as EUR");
				}
			}
			if (present(contract.monthlyFee(), "monthlyFee", "the monthly fee") && contract.monthlyFee().signum() < 0) {
				problem("monthlyFee", "negative", "the monthly fee cannot be negative");
			}
			BigDecimal share = contract.atRiskShare();
			if (present(share, "atRiskShare", "the at-risk share")
					&& (share.signum() < 0 || share.compareTo(HUNDRED) > 0)) {
				problem("atRiskShare", "out-of-range", "the at-risk share is a percentage between 0 and 100");
			}
			BigDecimal total = contract.allocationTotal();
			if (present(total, "allocationTotal", "the allocation total") && !allowedTotal(total)) {
				problem("allocationTotal", "out-of-range", "the allocations add up to between 100 % and 500 %");
			}
		}

		private void levels(CreditContract contract) {
			Set<String> codes = new HashSet<>();
			BigDecimal sum = BigDecimal.ZERO;
			boolean summable = true;
			for (int i = 0; i < contract.levels().size(); i++) {
				String field = "levels[" + i + "]";
				ServiceLevel level = contract.levels().get(i);
				if (!present(level, field, "a service level")) {
					summable = false;
					continue;
				}
				if (present(level.kpi(), field + ".kpi", "the KPI") && !codes.add(level.kpi())) {
					problem(field + ".kpi", "duplicate", "the KPI " + level.kpi() + " has another level already");
				}
				boolean direction = present(level.direction(), field + ".direction",
						"the direction (HIGHER_IS_BETTER or LOWER_IS_BETTER)");
				boolean target = present(level.target(), field + ".target", "the target");
				boolean minimum = present(level.minimum(), field + ".minimum", "the minimum");
				if (direction && target && minimum) {
					sides(level, field);
				}
				if (present(level.allocation(), field + ".allocation", "the allocation")) {
					if (level.allocation().signum() <= 0 || level.allocation().compareTo(HUNDRED) > 0) {
						problem(field + ".allocation", "out-of-range",
								"the allocation is a percentage of the pool, above 0 and at most 100");
					}
					sum = sum.add(level.allocation());
				}
				else {
					summable = false;
				}
			}
			BigDecimal expected = contract.allocationTotal();
			if (summable && expected != null && allowedTotal(expected) && !contract.levels().isEmpty()
					&& sum.compareTo(expected) != 0) {
				problem("levels", "allocation-sum", "the allocations add up to " + sum.stripTrailingZeros().toPlainString()
						+ " %, they must add up to " + expected.stripTrailingZeros().toPlainString() + " %");
			}
		}

		private static boolean allowedTotal(BigDecimal total) {
			return total.compareTo(HUNDRED) >= 0 && total.compareTo(MAX_ALLOCATION_TOTAL) <= 0;
		}

		/** The minimum is the worst acceptable measure: below the target, or above it when lower is better. */
		private void sides(ServiceLevel level, String field) {
			int order = level.minimum().compareTo(level.target());
			if (level.direction() == CreditContract.Direction.HIGHER_IS_BETTER && order > 0) {
				problem(field + ".minimum", "minimum-above-target",
						"higher is better: the minimum cannot be above the target");
			}
			else if (level.direction() == CreditContract.Direction.LOWER_IS_BETTER && order < 0) {
				problem(field + ".minimum", "minimum-below-target",
						"lower is better: the minimum (the worst acceptable) cannot be below the target");
			}
		}

		private void reported(CreditContract contract) {
			Set<String> critical = new HashSet<>();
			contract.levels().stream().filter(level -> level != null && level.kpi() != null)
				.forEach(level -> critical.add(level.kpi()));
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < contract.reported().size(); i++) {
				String field = "reported[" + i + "]";
				String code = contract.reported().get(i);
				if (!present(code, field, "the KPI")) {
					continue;
				}
				if (critical.contains(code)) {
					problem(field, "also-critical", "the KPI " + code + " is a critical level already");
				}
				else if (!seen.add(code)) {
					problem(field, "duplicate", "the KPI " + code + " is reported twice");
				}
			}
		}

		private void bands(List<Band> bands) {
			if (bands.size() < 2) {
				problem("bands", "too-few", "at least two bands: one that meets the target, and the open last one");
			}
			Set<String> names = new HashSet<>();
			@Nullable BigDecimal previousUpTo = null;
			@Nullable BigDecimal previousFactor = null;
			for (int i = 0; i < bands.size(); i++) {
				String field = "bands[" + i + "]";
				Band band = bands.get(i);
				if (!present(band, field, "a band")) {
					continue;
				}
				if (present(band.name(), field + ".name", "the band's name") && !names.add(band.name())) {
					problem(field + ".name", "duplicate", "another band is named " + band.name());
				}
				BigDecimal upTo = band.upTo();
				if (i == bands.size() - 1) {
					if (upTo != null) {
						problem(field + ".upTo", "last-band-bounded", "the last band holds every worse measure: no upTo");
					}
				}
				else if (present(upTo, field + ".upTo", "how far the band reaches")) {
					if (upTo.signum() < 0) {
						problem(field + ".upTo", "out-of-range", "a band reaches 0 (the target) or further");
					}
					else if (previousUpTo != null && upTo.compareTo(previousUpTo) <= 0) {
						problem(field + ".upTo", "not-ascending", "each band reaches further than the one before");
					}
					previousUpTo = upTo;
				}
				BigDecimal factor = band.factor();
				if (present(factor, field + ".factor", "the band's factor")) {
					if (factor.signum() < 0 || factor.compareTo(BigDecimal.ONE) > 0) {
						problem(field + ".factor", "out-of-range", "a factor is between 0 and 1");
					}
					else if (i == 0 && factor.signum() != 0) {
						problem(field + ".factor", "target-met-credited",
								"the first band holds the measures that meet the target: its factor is 0");
					}
					else if (previousFactor != null && factor.compareTo(previousFactor) < 0) {
						problem(field + ".factor", "factor-decreasing",
								"a worse band credits at least as much as the one before");
					}
					previousFactor = factor;
				}
			}
		}
	}
}
