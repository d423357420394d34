package org.pilotage.sla;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.AuditableEvent;

/**
 * A business calendar changed (created, its week, zone or holiday source edited, its days added, removed or
 * imported, or deleted): open clocks measured on it must be computed again. Published in the change's transaction,
 * so a listener after commit reads the new calendar; also a line of the audit trail.
 */
public record CalendarChanged(UUID calendarId, UUID organizationId, Instant at, @Nullable UUID actorId,
		String actorLabel, Change change, String summary) implements AuditableEvent {

	public enum Change {
		CREATED, UPDATED, DAYS_CHANGED, DELETED
	}

	@Override
	public String action() {
		return "sla-calendar." + change.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	@Override
	public String targetType() {
		return "sla-calendar";
	}

	@Override
	public String targetId() {
		return calendarId.toString();
	}
}
