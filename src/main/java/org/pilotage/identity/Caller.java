package org.pilotage.identity;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The authenticated user behind a request, with its memberships as read from the database for this
 * request. Services scope every read and write with it.
 */
public record Caller(UUID userId, String email, String displayName, List<Membership> memberships) {

	public Caller {
		memberships = List.copyOf(memberships);
	}

	/**
	 * The platform acting on its own, with a platform administrator's reach: for demo data and for a module that
	 * reads an engagement's own facts to decide something (who is mentioned), never for answering a request.
	 */
	public static Caller platform() {
		return new Caller(new UUID(0, 0), "system", "system",
				List.of(new Membership(new UUID(0, 0), new UUID(0, 0), null, Role.PLATFORM_ADMIN)));
	}

	public boolean isPlatformAdmin() {
		return memberships.stream().anyMatch(m -> m.role() == Role.PLATFORM_ADMIN);
	}

	public boolean isAuditor() {
		return memberships.stream().anyMatch(m -> m.role() == Role.AUDITOR);
	}

	/** Attached as AUDITOR to the organization: may read its engagements and work, never change them. */
	public boolean audits(UUID organizationId) {
		return hasRole(organizationId, Role.AUDITOR);
	}

	/** Organizations the caller belongs to in a role other than AUDITOR (those it acts for). */
	public Set<UUID> actingOrganizationIds() {
		return memberships.stream()
			.filter(m -> m.organizationId() != null && m.role() != Role.AUDITOR)
			.map(Membership::organizationId)
			.collect(Collectors.toUnmodifiableSet());
	}

	public Set<UUID> organizationIds() {
		return memberships.stream()
			.filter(m -> m.organizationId() != null)
			.map(Membership::organizationId)
			.collect(Collectors.toUnmodifiableSet());
	}

	public boolean isMemberOf(UUID organizationId) {
		return organizationIds().contains(organizationId);
	}

	public boolean hasRole(UUID organizationId, Role role) {
		return memberships.stream().anyMatch(m -> organizationId.equals(m.organizationId()) && m.role() == role);
	}

	/** May manage the organization's profile and members: a platform admin or the organization's admin. */
	public boolean administers(UUID organizationId) {
		return isPlatformAdmin() || memberships.stream()
			.anyMatch(m -> organizationId.equals(m.organizationId()) && m.role().administersOrganization());
	}

	public Set<Role> roles() {
		return memberships.stream().map(Membership::role).collect(Collectors.toUnmodifiableSet());
	}
}
