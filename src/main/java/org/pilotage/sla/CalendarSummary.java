package org.pilotage.sla;

import java.util.UUID;

/** What a policy form needs to offer a calendar: its id, name and zone. */
public record CalendarSummary(UUID id, UUID organizationId, String name, String zone) {
}
