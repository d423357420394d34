package org.pilotage.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test sets, so what the application stamps with "now" (an item's creation, a comment, a resolution, a
 * survey) happens at the instant a hand-built history says. Import {@link Configuration} to make it the
 * application's clock; the application context is then one of its own.
 */
public final class SettableClock extends Clock {

	private final AtomicReference<Instant> now;

	public SettableClock(Instant start) {
		this.now = new AtomicReference<>(start);
	}

	public void set(Instant instant) {
		now.set(instant);
	}

	public void advance(Duration duration) {
		now.updateAndGet(instant -> instant.plus(duration));
	}

	@Override
	public Instant instant() {
		return now.get();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	/** Makes a settable clock, starting on Monday 1 June 2026 at 06:00 UTC, the application's clock. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		public static final Instant START = Instant.parse("2026-06-01T06:00:00Z");

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock(START);
		}
	}
}
