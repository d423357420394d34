package org.pilotage.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A user's role, in an organization or (for platform-wide roles) on the whole platform. */
public record Membership(UUID id, UUID userId, @Nullable UUID organizationId, Role role) {
}
