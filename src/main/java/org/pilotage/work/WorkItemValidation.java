package org.pilotage.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.EngagementKind;
import org.pilotage.shared.Dates;
import org.pilotage.shared.Problem;
import org.springframework.http.HttpStatus;

/** Every bad field of a work-item request at once, so one 400 lists them all. */
final class WorkItemValidation {

	private WorkItemValidation() {
	}

	record Valid(WorkItemType type, @Nullable TicketType ticketType, String title, @Nullable String description,
			@Nullable String category, Level impact, Level urgency, @Nullable LocalDate dueDate,
			@Nullable String acceptanceCriteria) {
	}

	/** Checks a create ({@code fixedType} null) or a replacement of an item of {@code fixedType}. */
	static Valid check(WorkItemRequest request, @Nullable WorkItemType fixedType, EngagementKind kind) {
		return fields(request, fixedType, kind);
	}

	/** The field errors alone, for a page that also had fields it could not read. */
	static List<Problem.FieldError> errors(WorkItemRequest request, @Nullable WorkItemType fixedType,
			EngagementKind kind) {
		try {
			fields(request, fixedType, kind);
			return List.of();
		}
		catch (Problem problem) {
			return problem.fieldErrors();
		}
	}

	private static Valid fields(WorkItemRequest request, @Nullable WorkItemType fixedType,
			EngagementKind kind) {
		List<Problem.FieldError> errors = new ArrayList<>();
		WorkItemType type = enumOf(WorkItemType.class, "type", request.type(), fixedType == null, errors);
		if (fixedType != null) {
			if (type != null && type != fixedType) {
				errors.add(new Problem.FieldError("type", "fixed", "cannot change once the item exists"));
			}
			type = fixedType;
		}
		if (type != null && type != WorkItemType.TICKET && !kind.hasMission()) {
			errors.add(new Problem.FieldError("type", "not-for-kind",
					"tasks and deliverables belong to missions (SUBCONTRACTING or HYBRID engagements)"));
		}
		TicketType ticketType = enumOf(TicketType.class, "ticketType", request.ticketType(),
				type == WorkItemType.TICKET, errors);
		if (type != null && type != WorkItemType.TICKET && ticketType != null) {
			errors.add(new Problem.FieldError("ticketType", "tickets-only", "is for tickets only"));
		}
		String title = text("title", request.title(), WorkItems.TITLE_MAX, true, errors);
		String description = text("description", request.description(), WorkItems.TEXT_MAX, false, errors);
		String category = text("category", request.category(), WorkItems.CATEGORY_MAX, false, errors);
		Level impact = enumOf(Level.class, "impact", request.impact(), false, errors);
		Level urgency = enumOf(Level.class, "urgency", request.urgency(), false, errors);
		String criteria = text("acceptanceCriteria", request.acceptanceCriteria(), WorkItems.CRITERIA_MAX, false,
				errors);
		if (criteria != null && type != null && type != WorkItemType.DELIVERABLE) {
			errors.add(new Problem.FieldError("acceptanceCriteria", "deliverables-only", "is for deliverables only"));
		}
		if (request.dueDate() != null && !Dates.within(request.dueDate())) {
			errors.add(Dates.outOfRange("dueDate"));
		}
		throwIfAny(errors, "The work item has invalid fields");
		return new Valid(Objects.requireNonNull(type), type == WorkItemType.TICKET ? ticketType : null,
				Objects.requireNonNull(title), description, category, impact == null ? Level.MEDIUM : impact,
				urgency == null ? Level.MEDIUM : urgency, request.dueDate(), criteria);
	}

	/** The names of the fields that differ, for the timeline (the values stay in the item). */
	static List<String> changes(WorkItem before, WorkItem after) {
		List<String> changed = new ArrayList<>();
		compare(changed, "ticketType", before.ticketType(), after.ticketType());
		compare(changed, "title", before.title(), after.title());
		compare(changed, "description", before.description(), after.description());
		compare(changed, "category", before.category(), after.category());
		compare(changed, "impact", before.impact(), after.impact());
		compare(changed, "urgency", before.urgency(), after.urgency());
		compare(changed, "dueDate", before.dueDate(), after.dueDate());
		compare(changed, "acceptanceCriteria", before.acceptanceCriteria(), after.acceptanceCriteria());
		return changed;
	}

	private static void compare(List<String> changed, String field, @Nullable Object before, @Nullable Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
	}

	/** All nine cells, each once, each a known level and priority. */
	static List<WorkViews.MatrixCell> matrix(WorkRequests.Matrix request) {
		List<Problem.FieldError> errors = new ArrayList<>();
		Map<Level, Map<Level, Priority>> cells = new EnumMap<>(Level.class);
		List<WorkRequests.Cell> given = request.cells() == null ? List.of() : request.cells();
		for (int i = 0; i < given.size(); i++) {
			WorkRequests.Cell cell = given.get(i);
			String at = "cells[" + i + "].";
			Level impact = enumOf(Level.class, at + "impact", cell.impact(), true, errors);
			Level urgency = enumOf(Level.class, at + "urgency", cell.urgency(), true, errors);
			Priority priority = enumOf(Priority.class, at + "priority", cell.priority(), true, errors);
			if (impact != null && urgency != null && priority != null
					&& cells.computeIfAbsent(impact, k -> new EnumMap<>(Level.class)).put(urgency, priority) != null) {
				errors.add(new Problem.FieldError(at + "urgency", "duplicate", "this impact and urgency come twice"));
			}
		}
		List<WorkViews.MatrixCell> result = new ArrayList<>();
		for (Level impact : Level.values()) {
			for (Level urgency : Level.values()) {
				Priority priority = cells.getOrDefault(impact, Map.of()).get(urgency);
				if (priority == null) {
					errors.add(new Problem.FieldError("cells", "incomplete",
							"misses impact " + impact + " with urgency " + urgency + " (all nine cells are needed)"));
				}
				else {
					result.add(new WorkViews.MatrixCell(impact, urgency, priority));
				}
			}
		}
		throwIfAny(errors, "The priority matrix has invalid fields");
		return result;
	}

	static void throwIfAny(List<Problem.FieldError> errors, String detail) {
		if (!errors.isEmpty()) {
			throw new Problem(HttpStatus.BAD_REQUEST, "invalid-input", detail, errors);
		}
	}

	static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, String field, @Nullable String value,
			boolean required, List<Problem.FieldError> errors) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.add(new Problem.FieldError(field, "required", "is required: one of " + names(type)));
			}
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			errors.add(new Problem.FieldError(field, "unknown", "must be one of " + names(type)));
			return null;
		}
	}

	static @Nullable String text(String field, @Nullable String value, int max, boolean required,
			List<Problem.FieldError> errors) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			if (required) {
				errors.add(new Problem.FieldError(field, "required", "is required"));
			}
			return null;
		}
		if (text.length() > max) {
			errors.add(new Problem.FieldError(field, "too-long", "must have at most " + max + " characters"));
		}
		return text;
	}

	private static <E extends Enum<E>> String names(Class<E> type) {
		return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
	}
}
