package org.pilotage.estimation.reference;

import java.util.List;

/**
 * One row of a dataset as canonical text, in the dataset's column order: numbers without trailing zeros, times as
 * {@code HH:mm}, booleans as {@code true}/{@code false}, an empty note as the empty string. {@code line} is where it
 * came from in a CSV file (the header is line 1), or 0 for a row built from a form or a JSON body.
 */
record Row(Dataset dataset, int line, List<String> values) {

	Row {
		values = List.copyOf(values);
		if (values.size() != dataset.columns().size()) {
			throw new IllegalArgumentException(dataset.id() + " rows have " + dataset.columns().size() + " values");
		}
	}

	String get(String column) {
		return values.get(dataset.index(column));
	}

	/** What identifies the row in its dataset, e.g. {@code SALARY|FULL_STACK|SENIOR|MA}. */
	String key() {
		return String.join("|", values.subList(0, dataset.keySize()));
	}

	boolean sameContent(Row other) {
		return values.equals(other.values);
	}

	Row at(int newLine) {
		return new Row(dataset, newLine, values);
	}
}
