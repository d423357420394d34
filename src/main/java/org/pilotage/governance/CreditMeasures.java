package org.pilotage.governance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * What a statement measures: an engagement's KPI values over a month, and the zone its months are counted in.
 */
interface CreditMeasures {

	/**
	 * The headline value of each KPI of the catalogue for the engagement over the month (in its zone), by KPI code;
	 * a KPI without a value that month (a ratio over nothing) is absent.
	 */
	Map<String, BigDecimal> measures(UUID engagementId, YearMonth month);

	/** The zone the engagement's months start and end in. */
	ZoneId zoneOf(UUID engagementId);
}
