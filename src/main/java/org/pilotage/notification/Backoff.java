package org.pilotage.notification;

import java.time.Duration;

/**
 * When to try an e-mail again: {@code initial} after the first failure, doubling after each further one, never
 * more than {@code max} apart (30 s, 1 min, 2 min, … 1 h by default).
 */
record Backoff(Duration initial, Duration max) {

	Backoff {
		if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
			throw new IllegalArgumentException("back-off needs 0 < initial <= max");
		}
	}

	/** The wait after the {@code failures}-th failed attempt (1 for the first). */
	Duration after(int failures) {
		Duration wait = initial;
		for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(max) < 0 ? wait : max;
	}
}
