package org.pilotage.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What other modules and clients may know of a user. */
public record UserView(UUID id, String email, String displayName, @Nullable String locale, boolean enabled,
		long version) {
}
