package org.pilotage.governance;

import java.math.BigDecimal;

/**
 * A figure past its threshold: which figure ({@code code}), how serious, its value and the threshold it passed. The
 * message key {@code governance.risk.warning.<code>} takes the value and the threshold as arguments.
 */
public record RiskWarning(String code, Level level, BigDecimal value, int threshold) {

	/** A key person holds more than its share of the resolved items. */
	public static final String KEY_PERSON_ITEMS = "key-person-items";

	/** A key person logged more than its share of the time. */
	public static final String KEY_PERSON_TIME = "key-person-time";

	/** Too few resolved items are linked to an article or a runbook. */
	public static final String KNOWLEDGE_COVERAGE = "knowledge-coverage";

	/** The exit plan scores too few points. */
	public static final String EXIT_READINESS = "exit-readiness";

	/** A client spends too much of its money with one provider. */
	public static final String VENDOR_CONCENTRATION = "vendor-concentration";

	public enum Level {
		WARNING, CRITICAL
	}

	public String messageKey() {
		return "governance.risk.warning." + code;
	}
}
