package org.pilotage.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Paging;
import org.pilotage.shared.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and memberships. A platform admin manages everyone; an organization's admin creates users in its
 * organization and grants or revokes that organization's roles; other members only see the people of
 * their organizations.
 */
@Service
@Transactional
public class UserManagement {

	public record NewUser(@Nullable String email, @Nullable String displayName, @Nullable String password,
			@Nullable String locale, @Nullable UUID organizationId, @Nullable Role role) {
	}

	public record MemberView(UUID membershipId, UUID userId, String email, String displayName,
			@Nullable UUID organizationId, Role role) {
	}

	private final Users users;
	private final Memberships memberships;
	private final Organizations organizations;
	private final PasswordEncoder passwords;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	UserManagement(Users users, Memberships memberships, Organizations organizations, PasswordEncoder passwords,
			ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.memberships = memberships;
		this.organizations = organizations;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageResult<UserView> list(Caller caller, Paging paging) {
		Set<UUID> scope = caller.isPlatformAdmin() ? null : caller.organizationIds();
		return PageResult.of(users.page(scope, paging), paging, users.count(scope)).map(UserAccount::view);
	}

	@Transactional(readOnly = true)
	public UserView get(Caller caller, UUID id) {
		if (!caller.userId().equals(id) && !users.isVisible(id, caller.isPlatformAdmin() ? null : caller.organizationIds())) {
			throw Problem.notFound("User");
		}
		return users.findById(id).map(UserAccount::view).orElseThrow(() -> Problem.notFound("User"));
	}

	@Transactional(readOnly = true)
	public List<Membership> membershipsOf(Caller caller, UUID userId) {
		get(caller, userId);
		List<Membership> all = memberships.ofUser(userId);
		if (caller.isPlatformAdmin() || caller.userId().equals(userId)) {
			return all;
		}
		return all.stream().filter(m -> m.organizationId() != null && caller.isMemberOf(m.organizationId())).toList();
	}

	@Transactional(readOnly = true)
	public List<MemberView> members(Caller caller, UUID organizationId) {
		requireVisibleOrganization(caller, organizationId);
		return memberships.ofOrganization(organizationId).stream().map(this::view).toList();
	}

	public UserView create(Caller caller, NewUser request) {
		if (!caller.isPlatformAdmin()) {
			if (request.organizationId() == null || !caller.administers(request.organizationId())) {
				throw Problem.forbidden("Only a platform administrator or the organization's administrator creates users");
			}
			if (request.role() == null) {
				throw Problem.invalid("role", "required", "is required");
			}
		}
		return create(Actor.of(caller), request);
	}

	UserView create(Actor actor, NewUser request) {
		String email = Validation.email(request.email());
		String name = Validation.name("displayName", request.displayName(), 200);
		String password = Validation.password("password", request.password());
		String locale = Validation.locale(request.locale());
		if (request.role() != null) {
			checkRoleFits(request.organizationId(), request.role());
		}
		else if (request.organizationId() != null) {
			throw Problem.invalid("role", "required", "is required with an organization");
		}
		if (users.findByEmail(email).isPresent()) {
			throw Problem.conflict("duplicate-email", "A user with this e-mail already exists");
		}
		Instant now = clock.instant();
		UserAccount user = new UserAccount(UUID.randomUUID(), email, name, passwords.encode(password), locale, true, 0,
				null, now, now, 0);
		users.insert(user);
		events.publishEvent(new IdentityEvents.UserCreated(actor, user.id(), email, request.organizationId()));
		if (request.role() != null) {
			insertMembership(actor, user.id(), request.organizationId(), request.role());
		}
		return users.findById(user.id()).orElseThrow().view();
	}

	public Membership grant(Caller caller, @Nullable UUID organizationId, UUID userId, @Nullable Role role) {
		if (role == null) {
			throw Problem.invalid("role", "required", "is required");
		}
		if (organizationId == null || role.isPlatformWide()) {
			if (!caller.isPlatformAdmin()) {
				throw Problem.forbidden("Only a platform administrator grants platform-wide roles");
			}
		}
		else {
			requireVisibleOrganization(caller, organizationId);
			if (!caller.administers(organizationId)) {
				throw Problem.forbidden("Only the organization's administrators grant its roles");
			}
		}
		get(caller, userId);
		return grant(Actor.of(caller), organizationId, userId, role);
	}

	/** Grants a role to the user with this e-mail, if the caller may see that user. */
	public Membership grantByEmail(Caller caller, @Nullable UUID organizationId, @Nullable String email,
			@Nullable Role role) {
		UserAccount user = users.findByEmail(Validation.email(email))
			.filter(u -> caller.isPlatformAdmin()
					|| users.isVisible(u.id(), caller.organizationIds()))
			.orElseThrow(() -> Problem.invalid("email", "unknown-user", "is not a user you can see"));
		return grant(caller, organizationId, user.id(), role);
	}

	Membership grant(Actor actor, @Nullable UUID organizationId, UUID userId, Role role) {
		checkRoleFits(organizationId, role);
		boolean exists = organizationId == null ? memberships.existsPlatformWide(userId, role)
				: memberships.exists(userId, organizationId, role);
		if (exists) {
			throw Problem.conflict("duplicate-membership", "The user already has this role here");
		}
		return insertMembership(actor, userId, organizationId, role);
	}

	public void revoke(Caller caller, UUID membershipId) {
		Membership membership = memberships.findById(membershipId).orElseThrow(() -> Problem.notFound("Membership"));
		if (membership.organizationId() == null) {
			if (!caller.isPlatformAdmin()) {
				throw Problem.notFound("Membership");
			}
		}
		else {
			// The same answer as for an unknown id, so that another organization's membership ids cannot be probed.
			if (!caller.isPlatformAdmin() && !caller.isMemberOf(membership.organizationId())) {
				throw Problem.notFound("Membership");
			}
			if (!caller.administers(membership.organizationId())) {
				throw Problem.forbidden("Only the organization's administrators revoke its roles");
			}
		}
		if (membership.role() == Role.PLATFORM_ADMIN && memberships.countByRole(Role.PLATFORM_ADMIN) <= 1) {
			throw Problem.conflict("last-platform-admin", "The last platform administrator cannot be removed");
		}
		memberships.delete(membershipId);
		events.publishEvent(new IdentityEvents.MembershipRevoked(Actor.of(caller), membershipId, membership.userId(),
				membership.organizationId(), membership.role()));
	}

	public void changePassword(Caller caller, @Nullable String current, @Nullable String replacement) {
		UserAccount user = users.findById(caller.userId()).orElseThrow(() -> Problem.notFound("User"));
		if (current == null || !passwords.matches(current, user.passwordHash())) {
			throw Problem.invalid("currentPassword", "current-password", "is not your current password");
		}
		users.changePassword(user.id(), passwords.encode(Validation.password("newPassword", replacement)), clock.instant());
		events.publishEvent(new IdentityEvents.PasswordChanged(Actor.of(caller), user.id()));
	}

	/** Updates a user's name, language and enabled flag; {@code expectedVersion} guards lost updates. */
	public UserView update(Caller caller, UUID userId, long expectedVersion, @Nullable String displayName,
			@Nullable String locale, @Nullable Boolean enabled) {
		UserView current = get(caller, userId);
		boolean self = caller.userId().equals(userId);
		if (!self && !caller.isPlatformAdmin()) {
			throw Problem.forbidden("Only the user or a platform administrator changes a user");
		}
		if (current.version() != expectedVersion) {
			throw Problem.staleVersion();
		}
		boolean nextEnabled = enabled == null ? current.enabled() : enabled;
		if (self && !nextEnabled) {
			throw Problem.invalid("enabled", "self-disable", "you cannot disable yourself");
		}
		String name = Validation.name("displayName", displayName, 200);
		String nextLocale = Validation.locale(locale);
		if (!users.update(userId, expectedVersion, name, nextLocale, nextEnabled, clock.instant())) {
			throw Problem.staleVersion();
		}
		events.publishEvent(new IdentityEvents.UserUpdated(Actor.of(caller), userId,
				"name=" + current.displayName() + ", locale=" + current.locale() + ", enabled=" + current.enabled(),
				"name=" + name + ", locale=" + nextLocale + ", enabled=" + nextEnabled));
		return users.findById(userId).orElseThrow().view();
	}

	private Membership insertMembership(Actor actor, UUID userId, @Nullable UUID organizationId, Role role) {
		Membership membership = new Membership(UUID.randomUUID(), userId, organizationId, role);
		memberships.insert(membership, clock.instant());
		events.publishEvent(new IdentityEvents.MembershipGranted(actor, membership.id(), userId, organizationId, role));
		return membership;
	}

	private void checkRoleFits(@Nullable UUID organizationId, Role role) {
		if (role.isPlatformWide()) {
			if (organizationId != null && !role.attachable()) {
				throw Problem.invalid("role", "role-platform-wide", role + " is platform-wide and takes no organization");
			}
			if (organizationId == null) {
				return;
			}
		}
		else if (organizationId == null) {
			throw Problem.invalid("organizationId", "required", "is required for " + role);
		}
		Organization organization = organizations.findById(organizationId)
			.orElseThrow(() -> Problem.invalid("organizationId", "unknown-organization", "is not a known organization"));
		if (!role.fits(organization.kind())) {
			throw Problem.invalid("role", "role-mismatch", role + " does not fit a " + organization.kind() + " organization");
		}
	}

	private void requireVisibleOrganization(Caller caller, UUID organizationId) {
		if (!caller.isPlatformAdmin() && !caller.isMemberOf(organizationId)) {
			throw Problem.notFound("Organization");
		}
	}

	private MemberView view(Membership membership) {
		UserAccount user = users.findById(membership.userId()).orElseThrow();
		return new MemberView(membership.id(), user.id(), user.email(), user.displayName(), membership.organizationId(),
				membership.role());
	}
}
