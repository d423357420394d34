package org.pilotage.identity;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.web.Problems;
import org.pilotage.shared.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller and its personal API tokens. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "The caller, its organizations and roles, and personal API tokens")
class IdentityApi {

	record OrganizationRole(@Nullable UUID organizationId, @Nullable String organizationName,
			@Nullable OrganizationKind kind, Role role) {
	}

	record Me(UUID id, String email, String displayName, @Nullable String locale, List<OrganizationRole> memberships,
			List<Organization> organizations) {
	}

	record PasswordTokenRequest(@Nullable String email, @Nullable String password, @Nullable String name) {
	}

	record TokenRequest(@Nullable String name) {
	}

	private final CurrentCaller callers;
	private final OrganizationManagement organizations;
	private final UserManagement users;
	private final ApiTokenService tokens;
	private final RateLimiter tokenRequests;

	IdentityApi(CurrentCaller callers, OrganizationManagement organizations, UserManagement users,
			ApiTokenService tokens, java.time.Clock clock,
			@Value("${pilotage.security.token-requests-per-minute}") int tokenRequestsPerMinute) {
		this.callers = callers;
		this.organizations = organizations;
		this.users = users;
		this.tokens = tokens;
		this.tokenRequests = new RateLimiter(tokenRequestsPerMinute, java.time.Duration.ofMinutes(1), clock);
	}

	@GetMapping("/me")
	@Operation(summary = "The caller, its organizations and its roles")
	Me me() {
		Caller caller = callers.require();
		UserView user = users.get(caller, caller.userId());
		List<Organization> mine = organizations.mine(caller);
		List<OrganizationRole> roles = caller.memberships().stream().map(m -> {
			Organization org = mine.stream().filter(o -> o.id().equals(m.organizationId())).findFirst().orElse(null);
			return new OrganizationRole(m.organizationId(), org == null ? null : org.name(),
					org == null ? null : org.kind(), m.role());
		}).toList();
		return new Me(user.id(), user.email(), user.displayName(), user.locale(), roles, mine);
	}

	@PostMapping("/tokens")
	@Operation(summary = "Exchange an e-mail and password for a personal API token (shown once, throttled)")
	ResponseEntity<?> tokenWithPassword(@RequestBody PasswordTokenRequest request,
			HttpServletRequest http) {
		var decision = tokenRequests.acquire(http.getRemoteAddr());
		if (!decision.allowed()) {
			return Problems.tooManyRequests(decision, "token requests");
		}
		var issued = tokens.issueWithPassword(request.email(), request.password(), request.name());
		return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + issued.id())).body(issued);
	}

	@GetMapping("/me/tokens")
	@Operation(summary = "The caller's tokens, without their secret")
	List<ApiTokenService.TokenView> myTokens() {
		return tokens.list(callers.require());
	}

	@PostMapping("/me/tokens")
	@Operation(summary = "Create a personal API token for the caller (shown once)")
	ResponseEntity<ApiTokenService.IssuedToken> createToken(@RequestBody TokenRequest request) {
		var issued = tokens.issue(callers.require(), request.name(), "api");
		return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + issued.id())).body(issued);
	}

	@DeleteMapping("/me/tokens/{id}")
	@Operation(summary = "Revoke one of the caller's tokens")
	ResponseEntity<Void> revokeToken(@PathVariable UUID id) {
		tokens.revoke(callers.require(), id);
		return ResponseEntity.noContent().build();
	}
}
