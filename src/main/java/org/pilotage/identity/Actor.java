package org.pilotage.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Who performs a change: a user, or the platform itself for start-up tasks. */
public record Actor(@Nullable UUID id, String label) {

	public static final Actor SYSTEM = new Actor(null, "system");

	public static Actor of(Caller caller) {
		return new Actor(caller.userId(), caller.email());
	}
}
