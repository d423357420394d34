package org.pilotage.identity;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
 * Organizations, users and memberships over the API, scoped to the caller by the services: a resource the
 * caller may not see answers 404, an action it may not take 403.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Administration", description = "Organizations, users and memberships")
class AdministrationApi {

	record MembershipRequest(@Nullable UUID userId, @Nullable Role role) {
	}

	record UserChange(@Nullable String displayName, @Nullable String locale, @Nullable Boolean enabled) {
	}

	record UserDetail(UUID id, String email, String displayName, @Nullable String locale, boolean enabled,
			List<Membership> memberships) {
	}

	private final CurrentCaller callers;
	private final OrganizationManagement organizations;
	private final UserManagement users;

	AdministrationApi(CurrentCaller callers, OrganizationManagement organizations, UserManagement users) {
		this.callers = callers;
		this.organizations = organizations;
		this.users = users;
	}

	@GetMapping("/organizations")
	@Operation(summary = "Organizations the caller may see, a page at a time")
	PageResult<Organization> organizations(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return organizations.list(callers.require(), Paging.of(page, size));
	}

	@PostMapping("/organizations")
	@Operation(summary = "Create an organization (platform administrators); accepts Idempotency-Key")
	ResponseEntity<Organization> createOrganization(@RequestBody OrganizationManagement.OrganizationData data) {
		Organization created = organizations.create(callers.require(), data);
		return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.id()))
			.eTag(ETags.of(created.version()))
			.body(created);
	}

	@GetMapping("/organizations/{id}")
	@Operation(summary = "One organization, with its version as ETag")
	ResponseEntity<Organization> organization(@PathVariable UUID id) {
		Organization organization = organizations.get(callers.require(), id);
		return ResponseEntity.ok().eTag(ETags.of(organization.version())).body(organization);
	}

	@PutMapping("/organizations/{id}")
	@Operation(summary = "Change an organization's name, country and time zone; requires If-Match")
	ResponseEntity<Organization> updateOrganization(@PathVariable UUID id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody OrganizationManagement.OrganizationData data) {
		Organization updated = organizations.update(callers.require(), id, ETags.requireVersion(ifMatch), data);
		return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
	}

	@GetMapping("/organizations/{id}/members")
	@Operation(summary = "The organization's members and their roles")
	List<UserManagement.MemberView> members(@PathVariable UUID id) {
		return users.members(callers.require(), id);
	}

	@PostMapping("/organizations/{id}/members")
	@Operation(summary = "Grant a role in the organization to a user")
	ResponseEntity<Membership> grant(@PathVariable UUID id, @RequestBody MembershipRequest request) {
		if (request.userId() == null) {
			throw org.pilotage.shared.Problem.invalid("userId", "required", "is required");
		}
		Membership membership = users.grant(callers.require(), id, request.userId(), request.role());
		return ResponseEntity.created(URI.create("/api/v1/memberships/" + membership.id())).body(membership);
	}

	@PostMapping("/platform-roles")
	@Operation(summary = "Grant a platform-wide role (PLATFORM_ADMIN, AUDITOR) to a user")
	ResponseEntity<Membership> grantPlatformRole(@RequestBody MembershipRequest request) {
		if (request.userId() == null) {
			throw org.pilotage.shared.Problem.invalid("userId", "required", "is required");
		}
		Membership membership = users.grant(callers.require(), null, request.userId(), request.role());
		return ResponseEntity.created(URI.create("/api/v1/memberships/" + membership.id())).body(membership);
	}

	@DeleteMapping("/memberships/{id}")
	@Operation(summary = "Revoke a membership")
	ResponseEntity<Void> revoke(@PathVariable UUID id) {
		users.revoke(callers.require(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/users")
	@Operation(summary = "Users the caller may see, a page at a time")
	PageResult<UserView> users(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return users.list(callers.require(), Paging.of(page, size));
	}

	@PostMapping("/users")
	@Operation(summary = "Create a user, optionally with a first membership; accepts Idempotency-Key")
	ResponseEntity<UserView> createUser(@RequestBody UserManagement.NewUser request) {
		UserView created = users.create(callers.require(), request);
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.id()))
			.eTag(ETags.of(created.version()))
			.body(created);
	}

	@GetMapping("/users/{id}")
	@Operation(summary = "One user with the memberships the caller may see")
	ResponseEntity<UserDetail> user(@PathVariable UUID id) {
		Caller caller = callers.require();
		UserView user = users.get(caller, id);
		return ResponseEntity.ok()
			.eTag(ETags.of(user.version()))
			.body(new UserDetail(user.id(), user.email(), user.displayName(), user.locale(), user.enabled(),
					users.membershipsOf(caller, id)));
	}

	@PutMapping("/users/{id}")
	@Operation(summary = "Change a user's name, language or enabled flag; requires If-Match")
	ResponseEntity<UserView> updateUser(@PathVariable UUID id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody UserChange change) {
		UserView updated = users.update(callers.require(), id, ETags.requireVersion(ifMatch), change.displayName(),
				change.locale(), change.enabled());
		return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
	}
}
