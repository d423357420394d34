package org.pilotage.talent;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.Caller;
import org.pilotage.identity.Membership;
import org.pilotage.identity.Role;

/**
 * Who may read and change which people. A provider's members and the auditors attached to it read its
 * people; its managers change them; a freelancer changes its own profile; a platform administrator does
 * everything. Provider managers also read every active, listed freelancer (the pool they staff from).
 * Client users read no one here.
 */
final class Access {

	private static final Set<Role> READERS = Set.of(Role.PROVIDER_MANAGER, Role.PROVIDER_AGENT, Role.FREELANCER,
			Role.AUDITOR);

	private static final Set<Role> EDITORS = Set.of(Role.PROVIDER_MANAGER, Role.FREELANCER);

	private Access() {
	}

	/** Organizations whose people the caller reads, or {@code null} for all (platform administrator). */
	static @Nullable Set<UUID> readableOrganizations(Caller caller) {
		return caller.isPlatformAdmin() ? null : organizationsWith(caller, READERS);
	}

	/** Provider organizations the caller manages: the pool it searches and staffs from. */
	static Set<UUID> managedOrganizations(Caller caller) {
		return organizationsWith(caller, Set.of(Role.PROVIDER_MANAGER));
	}

	static boolean reads(Caller caller, Person person) {
		Set<UUID> readable = readableOrganizations(caller);
		return readable == null || readable.contains(person.organizationId())
				|| (person.freelance() && person.listed() && person.active() && !managedOrganizations(caller).isEmpty());
	}

	static boolean edits(Caller caller, UUID organizationId) {
		return caller.isPlatformAdmin() || EDITORS.stream().anyMatch(role -> caller.hasRole(organizationId, role));
	}

	static boolean searches(Caller caller) {
		return caller.isPlatformAdmin() || !managedOrganizations(caller).isEmpty();
	}

	private static Set<UUID> organizationsWith(Caller caller, Set<Role> roles) {
		return caller.memberships().stream()
			.filter(membership -> membership.organizationId() != null && roles.contains(membership.role()))
			.map(Membership::organizationId)
			.collect(Collectors.toUnmodifiableSet());
	}
}
