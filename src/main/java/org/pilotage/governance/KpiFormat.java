package org.pilotage.governance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A KPI value as a reader reads it, in the reader's language: a percentage with its sign, a duration in days, hours
 * and minutes, a score out of five, a count, minutes as hours, money with its currency; a dash where the KPI has
 * nothing to say.
 */
final class KpiFormat {

	private final MessageSource messages;
	private final Locale locale;

	KpiFormat(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	String value(Kpi kpi, @Nullable BigDecimal value) {
		if (value == null) {
			return "—";
		}
		return switch (kpi.unit()) {
			case PERCENT -> decimal(value, 2) + " %";
			case SECONDS -> duration(value.setScale(0, RoundingMode.HALF_UP).longValue());
			case SCORE -> decimal(value, 2) + " / 5";
			case MINUTES -> duration(value.longValue() * 60);
			case COUNT, MONEY -> decimal(value, value.scale() > 0 ? 2 : 0);
		};
	}

	/** The change from the previous period, signed, in the KPI's unit; null when either side has no value. */
	@Nullable
	String change(Kpi kpi, @Nullable BigDecimal now, @Nullable BigDecimal before) {
		if (now == null || before == null) {
			return null;
		}
		BigDecimal delta = now.subtract(before);
		String sign = delta.signum() > 0 ? "+" : delta.signum() < 0 ? "−" : "±";
		BigDecimal size = delta.abs();
		return sign + switch (kpi.unit()) {
			case PERCENT -> decimal(size, 2) + " pt";
			case SECONDS -> duration(size.setScale(0, RoundingMode.HALF_UP).longValue());
			case MINUTES -> duration(size.longValue() * 60);
			default -> decimal(size, size.scale() > 0 ? 2 : 0);
		};
	}

	/** Whether the change is for the better ("better"), the worse ("worse") or neither ("same"). */
	static String trend(Kpi kpi, @Nullable BigDecimal now, @Nullable BigDecimal before) {
		if (now == null || before == null || now.compareTo(before) == 0) {
			return "same";
		}
		boolean up = now.compareTo(before) > 0;
		return up == (kpi.direction() == Kpi.Direction.HIGHER_IS_BETTER) ? "better" : "worse";
	}

	String duration(long seconds) {
		long days = seconds / 86_400;
		long hours = seconds % 86_400 / 3_600;
		long minutes = seconds % 3_600 / 60;
		if (days > 0) {
			return messages.getMessage("governance.dashboard.duration.days", new Object[] { days, hours }, locale);
		}
		if (hours > 0) {
			return messages.getMessage("governance.dashboard.duration.hours", new Object[] { hours, minutes }, locale);
		}
		return messages.getMessage("governance.dashboard.duration.minutes", new Object[] { minutes }, locale);
	}

	private String decimal(BigDecimal value, int digits) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		return format.format(value);
	}
}
