package org.pilotage.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The one clock every module reads: the system's, except on a thread replaying a past history at the instants it
 * happened (the demo data's weeks of service), where "now" is the instant being replayed. Nothing else replays, so
 * requests and background threads always read the system's time.
 */
public final class PlatformClock extends Clock {

	private final Clock system;
	private final ThreadLocal<@Nullable Instant> replayed = new ThreadLocal<>();

	public PlatformClock(Clock system) {
		this.system = system;
	}

	/** Runs {@code step} on this thread with "now" at {@code instant}; what it returns. */
	public <T> T at(Instant instant, Supplier<T> step) {
		Instant before = replayed.get();
		replayed.set(instant);
		try {
			return step.get();
		}
		finally {
			if (before == null) {
				replayed.remove();
			}
			else {
				replayed.set(before);
			}
		}
	}

	@Override
	public Instant instant() {
		Instant instant = replayed.get();
		return instant != null ? instant : system.instant();
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}
}
