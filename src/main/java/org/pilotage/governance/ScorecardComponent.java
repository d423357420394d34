package org.pilotage.governance;

import java.util.Locale;

/**
 * What a supplier's score is made of, each measured on 0 to 100 where 100 is best: SLA compliance, the two halves of
 * quality (first time right, and the reopen rate turned round), client satisfaction, on-time delivery, and the
 * dependency risk of its engagements in force turned into points.
 */
public enum ScorecardComponent {

	SLA_COMPLIANCE, FIRST_TIME_RIGHT, REOPEN_RATE, CSAT, ON_TIME_DELIVERY, RISK;

	/** The stable code in the API and the bundle keys: {@code first-time-right}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public String nameKey() {
		return "governance.scorecard.component." + code();
	}

	/** The rule turning the component's figure into points, in words. */
	public String ruleKey() {
		return "governance.scorecard.rule." + code();
	}
}
