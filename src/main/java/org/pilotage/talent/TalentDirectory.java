package org.pilotage.talent;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
	private final Calendars calendars;

	TalentDirectory(People people, Calendars calendars) {
		this.people = people;
		this.calendars = calendars;
	}

	/**
	 * Month by month from {@code first}, how available, how allocated and how free each person is on its
	 * tightest day: what a staffing planner shows.
	 */
	public Map<UUID, List<MonthLoad>> monthlyLoad(Collection<UUID> ids, YearMonth first, int months) {
		LocalDate from = first.atDay(1);
		LocalDate to = first.plusMonths(months - 1L).atEndOfMonth();
		Map<UUID, List<Period>> availability = calendars.availability(ids, from, to);
		Map<UUID, List<Period>> allocations = calendars.allocations(ids, from, to);
		Map<UUID, List<MonthLoad>> loads = new LinkedHashMap<>();
		for (UUID id : ids) {
			FreeTime time = new FreeTime(availability.getOrDefault(id, List.of()), allocations.getOrDefault(id, List.of()));
			List<MonthLoad> perMonth = new ArrayList<>();
			for (int i = 0; i < months; i++) {
				YearMonth month = first.plusMonths(i);
				int available = 100;
				int allocated = 0;
				int free = 100;
				for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
					available = Math.min(available, time.availableOn(day));
					allocated = Math.max(allocated, time.allocatedOn(day));
					free = Math.min(free, time.freeOn(day));
				}
				perMonth.add(new MonthLoad(month, available, allocated, free));
			}
			loads.put(id, List.copyOf(perMonth));
		}
		return loads;
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
