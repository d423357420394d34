package org.pilotage.talent;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.web.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Organizations' party profiles: business hours, languages, contacts. */
@RestController
@RequestMapping("/api/v1/organizations/{id}/profile")
@Tag(name = "Party profiles", description = "An organization's business hours, languages and contacts")
class PartyProfilesApi {

	private final CurrentCaller callers;
	private final PartyProfileManagement profiles;

	PartyProfilesApi(CurrentCaller callers, PartyProfileManagement profiles) {
		this.callers = callers;
		this.profiles = profiles;
	}

	@GetMapping
	@Operation(summary = "The organization's party profile (the default one, version 0, until first saved)")
	ResponseEntity<PartyProfile> get(@PathVariable UUID id) {
		PartyProfile profile = profiles.get(callers.require(), id);
		return ResponseEntity.ok().eTag(ETags.of(profile.version())).body(profile);
	}

	@PutMapping
	@Operation(summary = "Replace the party profile (the organization's administrators); requires If-Match")
	ResponseEntity<PartyProfile> update(@PathVariable UUID id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody PartyProfileRequest request) {
		PartyProfile profile = profiles.update(callers.require(), id, ETags.requireVersion(ifMatch), request);
		return ResponseEntity.ok().eTag(ETags.of(profile.version())).body(profile);
	}
}
