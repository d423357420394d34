package org.pilotage.notification;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

	private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

	@Test
	void waitsDoubleAfterEachFailureFromTheInitialWait() {
		assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(backoff.after(3)).isEqualTo(Duration.ofMinutes(2));
		assertThat(backoff.after(7)).isEqualTo(Duration.ofMinutes(32));
	}

	@Test
	void neverWaitsLongerThanTheCapEvenAfterManyFailures() {
		assertThat(backoff.after(8)).isEqualTo(Duration.ofHours(1));
		assertThat(backoff.after(1_000)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void refusesACapBelowTheInitialWait() {
		assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
