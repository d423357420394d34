package org.pilotage.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Dates;
import org.pilotage.shared.Problem;
import org.springframework.http.HttpStatus;

/** Checks an exit plan and names every bad field at once. */
final class ExitPlanValidation {

	static final int MAX_FORMAT = 200;
	static final int MAX_SUCCESSOR = 500;
	static final int MAX_TRANSITION_DAYS = 730;

	private ExitPlanValidation() {
	}

	/** @throws Problem 400 listing every bad field */
	static ExitPlan check(ExitPlan.Changes changes, LocalDate today, Instant now) {
		List<Problem.FieldError> errors = new ArrayList<>();
		if (changes.planOnFile() == null) {
			errors.add(new Problem.FieldError("planOnFile", "required", "is required: true or false"));
		}
		String format = text(errors, "dataReturnFormat", changes.dataReturnFormat(), MAX_FORMAT);
		String successor = text(errors, "successorOption", changes.successorOption(), MAX_SUCCESSOR);
		Integer transition = changes.transitionDays();
		if (transition != null && (transition < 0 || transition > MAX_TRANSITION_DAYS)) {
			errors.add(new Problem.FieldError("transitionDays", "out-of-range",
					"must be between 0 and " + MAX_TRANSITION_DAYS + " days"));
		}
		LocalDate rehearsal = changes.lastRehearsal();
		if (rehearsal != null && (rehearsal.isAfter(today) || rehearsal.isBefore(Dates.EARLIEST))) {
			errors.add(new Problem.FieldError("lastRehearsal", "out-of-range",
					"must be a past date (a rehearsal that took place), from 2000 on"));
		}
		if (!errors.isEmpty()) {
			throw new Problem(HttpStatus.BAD_REQUEST, "invalid-input", "The exit plan has invalid fields", errors);
		}
		return new ExitPlan(Boolean.TRUE.equals(changes.planOnFile()), format, transition, rehearsal, successor, now, 0);
	}

	private static @Nullable String text(List<Problem.FieldError> errors, String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			errors.add(new Problem.FieldError(field, "too-long", "must have at most " + max + " characters"));
			return null;
		}
		return stripped;
	}
}
