package org.pilotage.sla;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A business calendar as the API and the other modules read it: its week in the shared format (every weekday with
 * its {@code ["HH:mm","HH:mm"]} pairs), its zone, the country (and region) whose public holidays close it, and a
 * version that is its ETag and counts every change, its own days included.
 */
public record CalendarView(UUID id, UUID organizationId, String name, String zone,
		@Schema(example = "{\"MONDAY\":[[\"09:00\",\"12:00\"],[\"13:00\",\"18:00\"]]}") Map<String, List<List<String>>> week,
		@Nullable String holidayCountry, @Nullable String holidayRegion, long version, Instant createdAt,
		Instant updatedAt) {
}
