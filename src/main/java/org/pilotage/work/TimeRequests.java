package org.pilotage.work;

import org.jspecify.annotations.Nullable;

/** The bodies of the time endpoints; fields are checked by {@link TimeLog}, so every bad one is reported at once. */
public final class TimeRequests {

	private TimeRequests() {
	}

	/** {@code date} as 2026-11-27, {@code minutes} 1 to 1440, {@code note} up to 2000 characters. */
	public record Entry(@Nullable String date, @Nullable Integer minutes, @Nullable String note) {
	}

	/** A return's reason, required. */
	public record Return(@Nullable String reason) {
	}
}
