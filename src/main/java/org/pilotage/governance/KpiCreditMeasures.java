package org.pilotage.governance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.pilotage.governance.KpiFigure.Breakdown;
import org.springframework.stereotype.Component;

/**
 * The measures of a statement from the KPI figures the application keeps from the stored events: each KPI's headline
 * figure (all metrics, priorities and ages together) over the month in the engagement's zone, so a statement's measure
 * is the figure the KPI views show for the same month.
 */
@Component
class KpiCreditMeasures implements CreditMeasures {

	private final GovernanceKpis kpis;

	KpiCreditMeasures(GovernanceKpis kpis) {
		this.kpis = kpis;
	}

	@Override
	public Map<String, BigDecimal> measures(UUID engagementId, YearMonth month) {
		KpiFigures figures = kpis.figures(engagementId, Period.month(month, kpis.zoneOf(engagementId)));
		Map<String, BigDecimal> measures = new HashMap<>();
		for (KpiFigure figure : figures.figures()) {
			// a KPI split only by age (the backlog's ages) has no headline figure, and no measure
			if (figure.breakdown().equals(Breakdown.ALL) && figure.value() != null) {
				measures.put(figure.kpi().code(), figure.value());
			}
		}
		return measures;
	}

	@Override
	public ZoneId zoneOf(UUID engagementId) {
		return kpis.zoneOf(engagementId);
	}
}
