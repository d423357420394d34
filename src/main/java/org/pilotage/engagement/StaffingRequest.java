package org.pilotage.engagement;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person to staff, or a new role, allocation or period for a staffing: every field is checked and all bad
 * fields are reported at once. The person is fixed once staffed (release and staff someone else instead).
 */
public record StaffingRequest(@Nullable UUID personId, @Nullable String role, @Nullable Integer allocationPercent,
		@Nullable LocalDate from, @Nullable LocalDate to) {
}
