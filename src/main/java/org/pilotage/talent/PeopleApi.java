package org.pilotage.talent;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Paging;
import org.pilotage.shared.web.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * People, their availability and the skill vocabulary. Scoping is the services': a person the caller may not
 * read answers 404, a change it may not make 403.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "People", description = "Provider people and freelancers' profiles, availability, skills")
class PeopleApi {

	private final CurrentCaller callers;
	private final PeopleManagement people;
	private final Skills skills;

	PeopleApi(CurrentCaller callers, PeopleManagement people, Skills skills) {
		this.callers = callers;
		this.people = people;
		this.skills = skills;
	}

	@GetMapping("/people")
	@Operation(summary = "People of the organizations the caller reads, a page at a time",
			description = "Provider members and attached auditors read their organization's people, a freelancer "
					+ "its own profile, a platform administrator everyone; client users get an empty list.")
	PageResult<Person> list(@RequestParam(required = false) @Nullable UUID organizationId,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return people.list(callers.require(), organizationId, Paging.of(page, size));
	}

	@PostMapping("/people")
	@Operation(summary = "Add a person to a provider, or create a freelancer's own profile; accepts Idempotency-Key",
			description = "400 names every bad field; a freelancer organization has exactly one person (409).")
	ResponseEntity<Person> create(@RequestBody PersonRequest request) {
		Person created = people.create(callers.require(), request);
		return ResponseEntity.created(URI.create("/api/v1/people/" + created.id()))
			.eTag(ETags.of(created.version()))
			.body(created);
	}

	@GetMapping("/people/{id}")
	@Operation(summary = "One person, with its version as ETag")
	ResponseEntity<Person> get(@PathVariable UUID id) {
		Person person = people.get(callers.require(), id);
		return ResponseEntity.ok().eTag(ETags.of(person.version())).body(person);
	}

	@PutMapping("/people/{id}")
	@Operation(summary = "Replace a person's profile; requires If-Match (428 without, 412 when stale)")
	ResponseEntity<Person> update(@PathVariable UUID id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody PersonRequest request) {
		Person updated = people.update(callers.require(), id, ETags.requireVersion(ifMatch), request);
		return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
	}

	@DeleteMapping("/people/{id}")
	@Operation(summary = "Deactivate a person: out of searches and new staffing, the profile is kept")
	ResponseEntity<Void> deactivate(@PathVariable UUID id) {
		people.deactivate(callers.require(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/people/{id}/availability")
	@Operation(summary = "A person's availability periods and the allocations booked against them; ETag is the person's")
	ResponseEntity<AvailabilityView> availability(@PathVariable UUID id) {
		AvailabilityView view = people.availability(callers.require(), id);
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}

	@PutMapping("/people/{id}/availability")
	@Operation(summary = "Replace a person's availability periods; requires the person's ETag in If-Match",
			description = "Periods must not overlap, from ≤ to, 1–100 %. A cut below what is already allocated is 409.")
	ResponseEntity<AvailabilityView> replaceAvailability(@PathVariable UUID id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody AvailabilityRequest request) {
		AvailabilityView view = people.replaceAvailability(callers.require(), id, ETags.requireVersion(ifMatch),
				request);
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}

	@GetMapping("/skills")
	@Operation(summary = "The skill vocabulary: codes, English and French names, aliases")
	List<Skills.Skill> skills() {
		callers.require();
		return skills.all();
	}
}
