package org.pilotage.estimation.reference;

import java.util.List;

import org.pilotage.shared.Problem;
import org.springframework.http.HttpStatus;

/** Rows that cannot be written, every one of them listed; nothing was written. Answers 400. */
public class InvalidReferenceData extends Problem {

	private final List<Issue> issues;

	InvalidReferenceData(List<Issue> issues) {
		super(HttpStatus.BAD_REQUEST, "invalid-input", "The reference data has invalid values: nothing was written",
				issues.stream().map(Issue::fieldError).toList());
		this.issues = List.copyOf(issues);
	}

	public List<Issue> issues() {
		return issues;
	}
}
