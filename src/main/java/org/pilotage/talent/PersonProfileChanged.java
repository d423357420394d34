package org.pilotage.talent;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.AuditableEvent;

/**
 * A person's profile was created, changed or deactivated ({@code change}: {@code created}, {@code updated},
 * {@code deactivated}). The summary names no rate.
 */
public record PersonProfileChanged(@Nullable UUID actorId, String actorLabel, UUID organizationId, UUID personId,
		String change, String summary) implements AuditableEvent {

	@Override
	public String action() {
		return "person." + change;
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
