package org.pilotage.work;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Paging;
import org.pilotage.shared.Problem;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The filters, sort and page of a work list, read from its query parameters (the API, the pages, the CSV export and
 * the saved filters read the same ones). Several values of a parameter are given comma-separated or repeated; an
 * empty value means no filter. Dates are ISO days, both ends inclusive, in UTC: {@code createdTo=2026-03-31} takes
 * everything created before 2026-04-01T00:00Z. {@code text} is the older name of {@code q}. Every bad parameter is
 * reported in one 400.
 *
 * @param engagements only these engagements (the cross-engagement list); empty means every one the caller sees
 * @param q the text searched in titles, descriptions and the comments the reader may see; null for none
 * @param sort the order; null for the default one (the best matches first when searching, else the most recently
 *        changed first)
 */
record WorkFilter(Set<UUID> engagements, Set<WorkItemType> types, Set<WorkStatus> statuses, Set<Priority> priorities,
		@Nullable UUID assignee, @Nullable LocalDate createdFrom, @Nullable LocalDate createdTo,
		@Nullable LocalDate updatedFrom, @Nullable LocalDate updatedTo, @Nullable LocalDate dueFrom,
		@Nullable LocalDate dueTo, @Nullable String q, @Nullable Sort sort) {

	static final int Q_MAX = 200;

	/** The parameters a list reads; anything else is left to the page (e.g. the CSRF token). */
	static final List<String> PARAMETERS = List.of("engagement", "type", "status", "priority", "assignee",
			"createdFrom", "createdTo", "updatedFrom", "updatedTo", "dueFrom", "dueTo", "q", "text", "sort", "page",
			"size");

	static final WorkFilter NONE = new WorkFilter(Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, null, null,
			null, null, null, null);

	WorkFilter {
		engagements = Set.copyOf(engagements);
		types = Set.copyOf(types);
		statuses = Set.copyOf(statuses);
		priorities = Set.copyOf(priorities);
	}

	/** The orders of a list; the SQL adds a stable tie-break. */
	enum Field {
		updatedAt, createdAt, priority, dueDate, number, status, title
	}

	record Sort(Field field, boolean ascending) {

		@Override
		public String toString() {
			return field + "," + (ascending ? "asc" : "desc");
		}
	}

	/** A filter with its page, as read from a request. */
	record Request(WorkFilter filter, Paging paging) {
	}

	/**
	 * Reads every parameter. @param crossList whether {@code engagement} is allowed (the cross-engagement list)
	 * @throws Problem 400 listing every bad parameter
	 */
	static Request parse(MultiValueMap<String, String> params, boolean crossList) {
		List<Problem.FieldError> errors = new ArrayList<>();
		Set<UUID> engagements = new LinkedHashSet<>();
		for (String value : values(params, "engagement")) {
			if (!crossList) {
				errors.add(new Problem.FieldError("engagement", "cross-list-only",
						"filters the cross-engagement list /api/v1/work-items only"));
				break;
			}
			UUID id = uuid("engagement", value, errors);
			if (id != null) {
				engagements.add(id);
			}
		}
		Set<WorkItemType> types = enums(WorkItemType.class, "type", params, errors);
		Set<WorkStatus> statuses = enums(WorkStatus.class, "status", params, errors);
		Set<Priority> priorities = enums(Priority.class, "priority", params, errors);
		String assigneeText = single(params, "assignee", errors);
		UUID assignee = assigneeText == null ? null : uuid("assignee", assigneeText, errors);
		LocalDate createdFrom = date(params, "createdFrom", errors);
		LocalDate createdTo = date(params, "createdTo", errors);
		LocalDate updatedFrom = date(params, "updatedFrom", errors);
		LocalDate updatedTo = date(params, "updatedTo", errors);
		LocalDate dueFrom = date(params, "dueFrom", errors);
		LocalDate dueTo = date(params, "dueTo", errors);
		order("created", createdFrom, createdTo, errors);
		order("updated", updatedFrom, updatedTo, errors);
		order("due", dueFrom, dueTo, errors);
		String q = single(params, "q", errors);
		String text = single(params, "text", errors);
		if (q != null && text != null && !q.equals(text)) {
			errors.add(new Problem.FieldError("text", "conflict", "is the older name of q: give one of them"));
		}
		q = q == null ? text : q;
		if (q != null && q.length() > Q_MAX) {
			errors.add(new Problem.FieldError("q", "too-long", "must be at most " + Q_MAX + " characters"));
		}
		Sort sort = sort(single(params, "sort", errors), errors);
		Integer page = integer(params, "page", errors);
		Integer size = integer(params, "size", errors);
		if (page != null && page < 0) {
			errors.add(new Problem.FieldError("page", "range", "must be 0 or more"));
		}
		if (size != null && (size < 1 || size > Paging.MAX_SIZE)) {
			errors.add(new Problem.FieldError("size", "range", "must be between 1 and " + Paging.MAX_SIZE));
		}
		WorkItemValidation.throwIfAny(errors, "The filters are invalid");
		return new Request(new WorkFilter(engagements, types, statuses, priorities, assignee, createdFrom, createdTo,
				updatedFrom, updatedTo, dueFrom, dueTo, q, sort), Paging.of(page, size));
	}

	/** The same filter with another order (a page's column header). */
	WorkFilter sortedBy(@Nullable Sort order) {
		return new WorkFilter(engagements, types, statuses, priorities, assignee, createdFrom, createdTo, updatedFrom,
				updatedTo, dueFrom, dueTo, q, order);
	}

	/** The same filter on one status only (a board's column). */
	WorkFilter withStatus(WorkStatus status) {
		return new WorkFilter(engagements, types, Set.of(status), priorities, assignee, createdFrom, createdTo,
				updatedFrom, updatedTo, dueFrom, dueTo, q, sort);
	}

	/** The filter as query parameters, in a fixed order, without page and size: what a link or a saved filter holds. */
	String query() {
		List<String> parts = new ArrayList<>();
		engagements.stream().map(UUID::toString).sorted().forEach(id -> parts.add("engagement=" + id));
		add(parts, "type", joined(types));
		add(parts, "status", joined(statuses));
		add(parts, "priority", joined(priorities));
		add(parts, "assignee", assignee);
		add(parts, "createdFrom", createdFrom);
		add(parts, "createdTo", createdTo);
		add(parts, "updatedFrom", updatedFrom);
		add(parts, "updatedTo", updatedTo);
		add(parts, "dueFrom", dueFrom);
		add(parts, "dueTo", dueTo);
		add(parts, "q", q);
		add(parts, "sort", sort);
		return String.join("&", parts);
	}

	/** Reads a stored query string back into parameters. */
	static MultiValueMap<String, String> parameters(String query) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = decode(eq < 0 ? pair : pair.substring(0, eq));
			params.add(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
		}
		return params;
	}

	private static String decode(String text) {
		try {
			return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return text;
		}
	}

	private static <E extends Enum<E>> String joined(Set<E> values) {
		return values.stream().sorted().map(Enum::name).reduce((a, b) -> a + "," + b).orElse("");
	}

	private static void add(List<String> parts, String name, @Nullable Object value) {
		if (value != null && !value.toString().isEmpty()) {
			parts.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
		}
	}

	private static List<String> values(MultiValueMap<String, String> params, String name) {
		List<String> values = new ArrayList<>();
		for (String value : params.getOrDefault(name, List.of())) {
			for (String part : value.split(",")) {
				if (!part.isBlank()) {
					values.add(part.strip());
				}
			}
		}
		return values;
	}

	private static @Nullable String single(MultiValueMap<String, String> params, String name,
			List<Problem.FieldError> errors) {
		List<String> given = params.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
		if (given.size() > 1) {
			errors.add(new Problem.FieldError(name, "repeated", "takes one value"));
		}
		return given.isEmpty() ? null : given.get(0).strip();
	}

	private static <E extends Enum<E>> Set<E> enums(Class<E> type, String name, MultiValueMap<String, String> params,
			List<Problem.FieldError> errors) {
		Set<E> set = EnumSet.noneOf(type);
		for (String value : values(params, name)) {
			E parsed = WorkItemValidation.enumOf(type, name, value, false, errors);
			if (parsed != null) {
				set.add(parsed);
			}
		}
		return set;
	}

	private static @Nullable UUID uuid(String name, String value, List<Problem.FieldError> errors) {
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException notAnId) {
			errors.add(new Problem.FieldError(name, "uuid", "must be an id"));
			return null;
		}
	}

	private static @Nullable LocalDate date(MultiValueMap<String, String> params, String name,
			List<Problem.FieldError> errors) {
		return parsed(params, name, LocalDate::parse, new Problem.FieldError(name, "date", "must be a date (YYYY-MM-DD)"),
				errors);
	}

	/** A single value read by {@code parser}; {@code unreadable} is reported when the parser refuses it. */
	private static <T> @Nullable T parsed(MultiValueMap<String, String> params, String name,
			java.util.function.Function<String, T> parser, Problem.FieldError unreadable,
			List<Problem.FieldError> errors) {
		String value = single(params, name, errors);
		if (value == null) {
			return null;
		}
		try {
			return parser.apply(value);
		}
		catch (DateTimeParseException | IllegalArgumentException refused) {
			errors.add(unreadable);
			return null;
		}
	}

	private static void order(String prefix, @Nullable LocalDate from, @Nullable LocalDate to,
			List<Problem.FieldError> errors) {
		if (from != null && to != null && from.isAfter(to)) {
			errors.add(new Problem.FieldError(prefix + "To", "before-from", "must not be before " + prefix + "From"));
		}
	}

	private static @Nullable Integer integer(MultiValueMap<String, String> params, String name,
			List<Problem.FieldError> errors) {
		return parsed(params, name, Integer::valueOf, new Problem.FieldError(name, "number", "must be a whole number"),
				errors);
	}

	private static @Nullable Sort sort(@Nullable String value, List<Problem.FieldError> errors) {
		if (value == null) {
			return null;
		}
		String[] parts = value.split(",", -1);
		Field field = null;
		for (Field f : Field.values()) {
			if (f.name().equals(parts[0].strip())) {
				field = f;
			}
		}
		String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "";
		if (field == null || parts.length > 2 || !List.of("", "asc", "desc").contains(direction)) {
			errors.add(new Problem.FieldError("sort", "unknown",
					"must be one of " + List.of(Field.values()) + ", optionally followed by ,asc or ,desc"));
			return null;
		}
		// without a direction: dates and priority from the most urgent / recent, the rest alphabetically
		boolean ascending = direction.isEmpty()
				? field == Field.priority || field == Field.number || field == Field.title || field == Field.status
						|| field == Field.dueDate
				: direction.equals("asc");
		return new Sort(field, ascending);
	}
}
