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

	/** The person a user is linked to, if any (a freelancer's own profile, an employee's login). */
	public Optional<PersonCard> personOfUser(UUID userId) {
		return people.findByUser(userId).map(Person::card);
	}
}
