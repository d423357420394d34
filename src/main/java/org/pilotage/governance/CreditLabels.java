package org.pilotage.governance;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.pilotage.governance.CreditContract.Band;
import org.pilotage.governance.CreditContract.Direction;

/**
 * The words and figures of a statement in one language, from the bundle {@code i18n/governance-credits} through a
 * plain function, so the renderers need no Spring: {@code messages} answers a key's text, and may answer the key
 * itself or throw {@link MissingResourceException} when there is none. Texts without arguments are taken as they
 * are and texts with arguments go through {@link MessageFormat}, as Spring's message source does.
 */
final class CreditLabels {

	private static final String PREFIX = "governance.credit.";

	private final Function<String, String> messages;

	private final Locale locale;

	CreditLabels(Function<String, String> messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** The text of {@code governance.credit.<key>}. */
	String text(String key) {
		return messages.apply(PREFIX + key);
	}

	/** The text of any key of the message bundles (a KPI's unit). */
	String message(String key) {
		return messages.apply(key);
	}

	/** The text of {@code governance.credit.<key>} with its arguments. */
	String text(String key, Object... arguments) {
		return new MessageFormat(text(key), locale).format(arguments);
	}

	/** A default band's label from the bundle, a contract's own band by its name. */
	String band(@Nullable Band band) {
		if (band == null) {
			return text("noMeasure");
		}
		String key = PREFIX + "band." + band.name();
		try {
			String label = messages.apply(key);
			return label == null || label.equals(key) ? band.name() : label;
		}
		catch (MissingResourceException none) {
			return band.name();
		}
	}

	String direction(Direction direction) {
		return text("direction." + direction.name());
	}

	String yesNo(boolean value) {
		return text(value ? "yes" : "no");
	}

	/** The month in words: "March 2026", "mars 2026". */
	String month(YearMonth month) {
		return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
	}

	/**
	 * An amount with the currency's minor unit and the language's separators. French groups digits with a narrow
	 * no-break space that the PDF's standard fonts lack: it becomes a no-break space.
	 */
	String money(BigDecimal amount, String currency) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		int digits = ServiceCredits.minorUnit(currency);
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		return format.format(amount).replace('\u202f', '\u00a0') + "\u00a0" + currency;
	}

	/** A measure, a target or a share as written, with the language's decimal separator. */
	String number(@Nullable BigDecimal value) {
		if (value == null) {
			return "—";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
		return format.format(value).replace('\u202f', '\u00a0');
	}
}
