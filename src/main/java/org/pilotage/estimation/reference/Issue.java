package org.pilotage.estimation.reference;

import org.pilotage.shared.Problem;

/**
 * Why a row (or a whole dataset) cannot be written: its CSV line (0 for a form, a JSON body or the dataset as a
 * whole), the column, a stable code and a message in English. The pages translate the code.
 */
public record Issue(int line, String column, String code, String message) {

	/** The field of the problem+json answer: {@code line 3, column amount}, or the bare column. */
	public String field() {
		return line > 0 ? "line " + line + ", column " + column : column;
	}

	Problem.FieldError fieldError() {
		return new Problem.FieldError(field(), code, field() + ": " + message);
	}
}
