package org.pilotage.talent;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.AuditableEvent;

/** An organization's party profile (zone, business hours, languages, contacts) was changed. */
public record PartyProfileChanged(@Nullable UUID actorId, String actorLabel, UUID organizationId, String summary)
		implements AuditableEvent {

	@Override
	public String action() {
		return "party-profile.updated";
	}

	@Override
	public String targetType() {
		return "organization";
	}

	@Override
	public String targetId() {
		return organizationId.toString();
	}
}
