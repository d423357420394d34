package org.pilotage.talent;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.AuditableEvent;

/** A person's availability periods were replaced; the summary lists the old and new periods. */
public record AvailabilityChanged(@Nullable UUID actorId, String actorLabel, UUID organizationId, UUID personId,
		String summary) implements AuditableEvent {

	@Override
	public String action() {
		return "person.availability-changed";
	}

	@Override
	public String targetType() {
		return "person";
	}

	@Override
	public String targetId() {
		return personId.toString();
	}
}
