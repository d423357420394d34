package org.pilotage.talent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The message shown next to a field of a talent page: {@code talent.invalid.<code>} when the talent bundle has
 * one (it may quote the bad entry as {0}), else the platform's {@code invalid.<code>}, else the API's English
 * message. One message per field, the first.
 */
@Component
class FieldMessages {

	private final MessageSource messages;

	FieldMessages(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param where the input a field error belongs next to (e.g. {@code skills[2]} → {@code skills})
	 * @param entry the bad entry to quote, if the field names one
	 */
	Map<String, String> of(List<Problem.FieldError> errors, UnaryOperator<String> where,
			Function<String, @Nullable String> entry) {
		Map<String, String> byField = new LinkedHashMap<>();
		var locale = LocaleContextHolder.getLocale();
		for (Problem.FieldError error : errors) {
			String value = entry.apply(error.field());
			Object[] args = { value == null ? "" : value };
			// The platform's messages take no argument (their apostrophes are not MessageFormat-escaped).
			String generic = messages.getMessage("invalid." + error.code(), null, error.message(), locale);
			String specific = messages.getMessage("talent.invalid." + error.code(), args, null, locale);
			byField.putIfAbsent(where.apply(error.field()), specific == null ? generic : specific);
		}
		return byField;
	}

	Map<String, String> of(List<Problem.FieldError> errors) {
		return of(errors, UnaryOperator.identity(), field -> null);
	}

	/**
	 * The entry a list field's error points at ({@code skills[2]} → the third skill typed), to quote it in the
	 * message; {@code null} for other fields.
	 */
	static Function<String, @Nullable String> entries(Map<String, List<String>> lists) {
		return field -> {
			int open = field.indexOf('[');
			List<String> entries = open < 0 ? null : lists.get(field.substring(0, open));
			if (entries == null) {
				return null;
			}
			int index = Integer.parseInt(field.substring(open + 1, field.indexOf(']')));
			return index < entries.size() ? entries.get(index) : null;
		};
	}

	/** {@code skills[2]} → {@code skills}: list fields of a form are typed in one input. */
	static String listInput(String field) {
		int open = field.indexOf('[');
		return open < 0 || field.indexOf('.', open) >= 0 ? field : field.substring(0, open);
	}
}
