package org.pilotage.engagement;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What another module needs to scope its own data by an engagement the caller may see: the parties, the kind and
 * status, the caller's audience, and the people who ever worked on it with their pseudonym. Given by
 * {@link Engagements#access}, which answers 404 exactly like for an unknown engagement when the caller may not see
 * it.
 *
 * @param people every person who has (or had) a pseudonym on the engagement, by person id
 */
public record EngagementAccess(UUID engagementId, String title, EngagementKind kind, EngagementStatus status,
		UUID clientOrgId, UUID providerOrgId, Audience audience, Map<UUID, StaffedPerson> people) {

	public EngagementAccess {
		people = Map.copyOf(people);
	}

	/**
	 * A person of the engagement: its pseudonym ("Developer A"), whether the client may only know it by that
	 * pseudonym, and whether it is staffed now (a released person keeps its pseudonym but is no longer staffed).
	 */
	public record StaffedPerson(UUID personId, String pseudonym, boolean hiddenFromClient, boolean staffed) {
	}

	/** The person, if it is staffed on the engagement now. */
	public Optional<StaffedPerson> staffed(UUID personId) {
		return Optional.ofNullable(people.get(personId)).filter(StaffedPerson::staffed);
	}
}
