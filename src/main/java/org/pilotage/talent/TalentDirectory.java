package org.pilotage.talent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unscoped lookups of people for other modules, deactivated people included (a past staffing still names
 * them). The calling module decides what its caller may see of a card.
 */
@Service
@Transactional(readOnly = true)
public class TalentDirectory {

	private final People people;

	TalentDirectory(People people) {
		this.people = people;
	}

	public Optional<PersonCard> person(UUID id) {
		return people.findById(id).map(Person::card);
	}

	/** The cards of the known ids, by display name then id; unknown ids are left out. */
	public List<PersonCard> people(Collection<UUID> ids) {
		return people.findAllById(Set.copyOf(ids)).stream().map(Person::card).toList();
	}

	/**
	 * Everyone a provider organization may staff: its own active people and every active, listed freelancer, by
	 * display name.
	 */
	public List<PersonCard> poolOf(UUID providerOrganizationId) {
		return people.pool(List.of(providerOrganizationId))
			.stream()
			.map(Person::card)
			.sorted(java.util.Comparator.comparing(PersonCard::displayName).thenComparing(PersonCard::id))
			.toList();
	}

	/**
	 * Whether a provider organization may staff the person: one of its own active people, or an active, listed
	 * freelancer (the agency's pool, as talent search sees it).
	 */
	public boolean inPoolOf(UUID providerOrganizationId, UUID personId) {
		return people.findById(personId)
			.filter(Person::active)
			.filter(p -> p.organizationId().equals(providerOrganizationId) || (p.freelance() && p.listed()))
			.isPresent();
	}

	/** The person a user is linked to, if any (a freelancer's own profile, an employee's login). */
	public Optional<PersonCard> personOfUser(UUID userId) {
		return people.findByUser(userId).map(Person::card);
	}
}
