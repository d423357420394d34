package org.pilotage.identity;

import java.time.Instant;
import java.util.UUID;

/** A client company, a provider agency or a freelancer's own one-person organization. */
public record Organization(UUID id, OrganizationKind kind, String name, String country, String timeZone,
		Instant createdAt, Instant updatedAt, long version) {
}
