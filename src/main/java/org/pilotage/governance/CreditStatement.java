package org.pilotage.governance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pilotage.governance.CreditContract.Band;
import org.pilotage.governance.CreditContract.ServiceLevel;

/**
 * A month's service credits under a contract: each critical level with its measure, band and credit, the total
 * before and after the cap, and the KPIs reported without credit. Amounts are in the contract's currency, rounded
 * to its minor unit; see {@link ServiceCredits} for where.
 *
 * @param cap {@code F × A}, rounded half up to the minor unit
 * @param totalBeforeCap the sum of the levels' (rounded) credits
 * @param total the credit owed for the month: the smaller of the total before the cap and the cap
 * @param capReached whether there is some credit and the cap stopped it, or met it exactly
 */
record CreditStatement(YearMonth month, String currency, BigDecimal monthlyFee, BigDecimal atRiskShare,
		BigDecimal cap, List<LevelCredit> levels, BigDecimal totalBeforeCap, BigDecimal total, boolean capReached,
		List<ReportedKpi> reported) {

	CreditStatement {
		levels = List.copyOf(levels);
		reported = List.copyOf(reported);
	}

	/** The line of a critical level. {@code band} is null, and the credit zero, when the month has no measure. */
	record LevelCredit(ServiceLevel level, @Nullable BigDecimal measure, @Nullable Band band, BigDecimal credit) {

		/** Whether the month has a measure for this level; without one there is no credit, and the statement says so. */
		boolean measured() {
			return measure != null;
		}
	}

	/** A KPI shown for information, with its measure if the month has one. */
	record ReportedKpi(String kpi, @Nullable BigDecimal measure) {
	}
}
