package org.pilotage.talent;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** An organization's party profile as sent to replace it. */
record PartyProfileRequest(@Schema(example = "Europe/Paris") @Nullable String zone,
		@Schema(example = "09:00") @Nullable String workStart, @Schema(example = "18:00") @Nullable String workEnd,
		@Schema(example = "[\"fr\",\"en\"]") @Nullable List<String> languages,
		@Nullable List<ContactRequest> contacts) {

	record ContactRequest(@Nullable String name, @Nullable String role, @Nullable String email,
			@Nullable String phone) {
	}
}
