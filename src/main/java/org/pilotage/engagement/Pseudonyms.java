package org.pilotage.engagement;

/**
 * Pseudonyms of staffed people: a letter per person and engagement, given in staffing order and never reused, so
 * that "Developer B" stays the same person in every answer, page and later report of the engagement.
 */
final class Pseudonyms {

	static final String PREFIX = "Developer ";

	private Pseudonyms() {
	}

	static String of(int letter) {
		return PREFIX + letters(letter);
	}

	/** 0 → A, 25 → Z, 26 → AA, 27 → AB, like spreadsheet columns. */
	static String letters(int index) {
		if (index < 0) {
			throw new IllegalArgumentException("letter index must not be negative: " + index);
		}
		StringBuilder letters = new StringBuilder();
		int n = index + 1;
		while (n > 0) {
			int rest = (n - 1) % 26;
			letters.insert(0, (char) ('A' + rest));
			n = (n - 1) / 26;
		}
		return letters.toString();
	}
}
