package org.pilotage.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed-window counter per key (a client address, an account). It is per instance: with several
 * instances behind a load balancer each one allows the limit, which still bounds guessing to
 * {@code limit × instances} per window. Plain Java, so it is tested without Spring.
 */
public final class RateLimiter {

	private final int limit;
	private final Duration window;
	private final Clock clock;
	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	public RateLimiter(int limit, Duration window, Clock clock) {
		if (limit < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("limit and window must be positive");
		}
		this.limit = limit;
		this.window = window;
		this.clock = clock;
	}

	/** Counts one attempt for the key and answers whether it is within the limit. */
	public Decision acquire(String key) {
		long now = clock.millis();
		Window current = windows.compute(key, (k, w) -> w == null || now >= w.end() ? new Window(now + window.toMillis(), 1)
				: new Window(w.end(), w.count() + 1));
		if (windows.size() > 10_000) {
			evictExpired(now);
		}
		boolean allowed = current.count() <= limit;
		long retryAfterSeconds = allowed ? 0 : Math.max(1, (current.end() - now + 999) / 1000);
		return new Decision(allowed, retryAfterSeconds);
	}

	private void evictExpired(long now) {
		for (Iterator<Window> it = windows.values().iterator(); it.hasNext();) {
			if (now >= it.next().end()) {
				it.remove();
			}
		}
	}

	public record Decision(boolean allowed, long retryAfterSeconds) {
	}

	private record Window(long end, int count) {
	}
}
