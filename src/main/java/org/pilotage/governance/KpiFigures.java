package org.pilotage.governance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.pilotage.governance.KpiFigure.Breakdown;

/** Every figure {@link Kpis#compute} gives for a period, in catalogue order then breakdown order. */
public record KpiFigures(Period period, List<KpiFigure> figures) {

	public KpiFigures {
		figures = List.copyOf(figures);
	}

	/** The KPI's figure for a breakdown; every breakdown the KPI has is present, with or without a value. */
	public KpiFigure figure(Kpi kpi, Breakdown breakdown) {
		return find(kpi, breakdown).orElseThrow(() -> new IllegalArgumentException(kpi + " has no " + breakdown));
	}

	/** The KPI's headline figure: all metrics, priorities and ages together. */
	public KpiFigure figure(Kpi kpi) {
		return figure(kpi, Breakdown.ALL);
	}

	public @Nullable BigDecimal value(Kpi kpi, Breakdown breakdown) {
		return figure(kpi, breakdown).value();
	}

	public @Nullable BigDecimal value(Kpi kpi) {
		return figure(kpi).value();
	}

	public List<KpiFigure> of(Kpi kpi) {
		return figures.stream().filter(f -> f.kpi() == kpi).toList();
	}

	private Optional<KpiFigure> find(Kpi kpi, Breakdown breakdown) {
		return figures.stream().filter(f -> f.kpi() == kpi && f.breakdown().equals(breakdown)).findFirst();
	}
}
