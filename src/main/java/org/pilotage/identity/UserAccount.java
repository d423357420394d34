package org.pilotage.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A stored user, with its credential state. Never leaves the identity module as is. */
record UserAccount(UUID id, String email, String displayName, String passwordHash, @Nullable String locale,
		boolean enabled, int failedLogins, @Nullable Instant lockedUntil, Instant createdAt, Instant updatedAt,
		long version) {

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	UserView view() {
		return new UserView(id, email, displayName, locale, enabled, version);
	}
}
