package org.pilotage.governance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.pilotage.governance.CreditContract.Band;

/**
 * A statement's lines as the pages show them (the credits page, a weekly report): each figure with its KPI's unit, in
 * the words of {@link CreditLabels}. Apart from the labels, which stay free of the KPI catalogue.
 */
final class CreditLines {

	private CreditLines() {
	}

	/** A critical level's line of a statement. */
	record Line(String kpi, String measure, String band, boolean measured, String factor, String credit) {
	}

	/** The statement's lines, one per critical level. */
	static List<Line> of(CreditStatement statement, CreditLabels labels) {
		List<Line> lines = new ArrayList<>();
		for (CreditStatement.LevelCredit line : statement.levels()) {
			Band band = line.band();
			lines.add(new Line(line.level().kpi(), measure(line.level().kpi(), line.measure(), labels),
					labels.band(band), line.measured(), band == null ? "—" : labels.number(band.factor()),
					labels.money(line.credit(), statement.currency())));
		}
		return lines;
	}

	/** A figure of a KPI with its unit, a time in seconds in hours too (14,400 s is 4 h); a dash without one. */
	static String measure(String kpi, @Nullable BigDecimal value, CreditLabels labels) {
		if (value == null) {
			return "—";
		}
		Kpi known = CreditContracts.kpi(kpi).orElse(null);
		if (known == null) {
			return labels.number(value);
		}
		String text = labels.number(value) + " " + unit(kpi, labels);
		if (known.unit() == Kpi.Unit.SECONDS) {
			text += " (" + labels.number(value.divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP)) + " h)";
		}
		return text;
	}

	/** The unit a KPI is measured in ("%", "s"), from the KPI bundle. */
	static String unit(String kpi, CreditLabels labels) {
		return CreditContracts.kpi(kpi)
			.map(known -> labels.message("governance.kpi.unit." + known.unit().name().toLowerCase(Locale.ROOT)))
			.orElse("");
	}
}
