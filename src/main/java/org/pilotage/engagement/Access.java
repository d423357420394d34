package org.pilotage.engagement;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.pilotage.identity.Caller;
import org.pilotage.identity.Role;

/**
 * Who sees which view of an engagement, and who may change it. Plain rules over the caller's memberships, so
 * the list query, the single reads and the writes all decide alike.
 *
 * <ul>
 * <li>a platform administrator, a member of the provider organization (its manager, its agents, or the
 * freelancer whose own organization is the provider) and an auditor attached to the provider: the provider's
 * view, everything;</li>
 * <li>a member of the client organization and an auditor attached to the client: the client's view;</li>
 * <li>a freelancer staffed on the engagement: the freelancer's view;</li>
 * <li>anyone else: nothing, as if the engagement did not exist.</li>
 * </ul>
 * The parties' administrators (CLIENT_ADMIN of the client; PROVIDER_MANAGER, or FREELANCER for a freelancer's
 * own organization, of the provider) change terms, exit plan, documents and status; auditors and the platform
 * administrator only read.
 */
final class Access {

	private Access() {
	}

	/**
	 * The view the caller gets of an engagement between {@code client} and {@code provider}, if any.
	 * {@code staffedOn} holds the engagements the caller works on as a staffed freelancer.
	 */
	static Optional<Audience> audience(Caller caller, UUID engagementId, UUID client, UUID provider,
			Set<UUID> staffedOn) {
		if (caller.isPlatformAdmin() || caller.isMemberOf(provider)) {
			return Optional.of(Audience.PROVIDER);
		}
		if (caller.isMemberOf(client)) {
			return Optional.of(Audience.CLIENT);
		}
		if (staffedOn.contains(engagementId)) {
			return Optional.of(Audience.FREELANCER);
		}
		return Optional.empty();
	}

	/** Whether the caller acts for one of the parties as its administrator. */
	static boolean mayChange(Caller caller, UUID client, UUID provider) {
		return caller.hasRole(client, Role.CLIENT_ADMIN) || caller.hasRole(provider, Role.PROVIDER_MANAGER)
				|| caller.hasRole(provider, Role.FREELANCER);
	}

	/** Whether the caller staffs the provider's engagements: its managers, or the freelancer that is the provider. */
	static boolean mayStaff(Caller caller, UUID provider) {
		return caller.hasRole(provider, Role.PROVIDER_MANAGER) || caller.hasRole(provider, Role.FREELANCER);
	}

	/** Whether the caller administers any organization that can be a party, and so may start an engagement. */
	static boolean mayCreateAny(Caller caller) {
		return caller.memberships().stream().anyMatch(m -> m.organizationId() != null
				&& (m.role() == Role.CLIENT_ADMIN || m.role() == Role.PROVIDER_MANAGER || m.role() == Role.FREELANCER));
	}
}
