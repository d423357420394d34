package org.pilotage.talent;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.Actor;
import org.pilotage.identity.Caller;
import org.pilotage.identity.OrganizationKind;
import org.pilotage.identity.OrganizationManagement;
import org.pilotage.identity.Role;
import org.pilotage.identity.UserManagement;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Paging;
import org.pilotage.shared.Problem;
import org.pilotage.talent.matching.Seniority;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People of providers and freelancers' own profiles, scoped by {@link Access}: what the caller may not read
 * answers 404 like an unknown id, what it reads but may not change 403. Every change is checked in full
 * before anything is written and publishes its audited event in the same transaction.
 */
@Service
@Transactional
class PeopleManagement {

	static final int MAX_SKILLS = 50;
	static final int MAX_PERIODS = 200;

	/** A profile whose every field was checked. */
	record Profile(@Nullable UUID userId, String displayName, String email, Seniority seniority, BigDecimal dayRate,
			String currency, String zone, LocalTime workStart, LocalTime workEnd, List<String> languages,
			List<String> certifications, List<String> skills, List<String> tags) {
	}

	private final People people;
	private final Calendars calendars;
	private final Skills skills;
	private final CurrencyRates rates;
	private final OrganizationManagement organizations;
	private final UserManagement users;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PeopleManagement(People people, Calendars calendars, Skills skills, CurrencyRates rates,
			OrganizationManagement organizations, UserManagement users, ApplicationEventPublisher events,
			Clock clock) {
		this.people = people;
		this.calendars = calendars;
		this.skills = skills;
		this.rates = rates;
		this.organizations = organizations;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/** The people of the organizations the caller reads, optionally of one of them; empty for anyone else. */
	@Transactional(readOnly = true)
	PageResult<Person> list(Caller caller, @Nullable UUID organizationId, Paging paging) {
		Set<UUID> readable = Access.readableOrganizations(caller);
		Set<UUID> scope = readable;
		if (organizationId != null) {
			scope = readable == null || readable.contains(organizationId) ? Set.of(organizationId) : Set.of();
		}
		return PageResult.of(people.page(scope, paging), paging, people.count(scope));
	}

	@Transactional(readOnly = true)
	Person get(Caller caller, UUID id) {
		return people.findById(id).filter(person -> Access.reads(caller, person))
			.orElseThrow(() -> Problem.notFound("Person"));
	}

	@Transactional(readOnly = true)
	boolean edits(Caller caller, Person person) {
		return Access.edits(caller, person.organizationId());
	}

	/** The freelancer's own profile, if the caller is a freelancer and has one. */
	@Transactional(readOnly = true)
	java.util.Optional<Person> ownFreelanceProfile(Caller caller) {
		return freelancerOrganization(caller).flatMap(people::findFreelancer);
	}

	java.util.Optional<UUID> freelancerOrganization(Caller caller) {
		return caller.memberships().stream().filter(m -> m.role() == Role.FREELANCER && m.organizationId() != null)
			.map(m -> m.organizationId()).findFirst();
	}

	Person create(Caller caller, PersonRequest request) {
		UUID organizationId = organizationFor(caller, request.organizationId());
		boolean freelance = caller.isPlatformAdmin()
				? organizations.get(caller, organizationId).kind() == OrganizationKind.FREELANCER
				: caller.hasRole(organizationId, Role.FREELANCER);
		Profile profile = check(request, memberIds(caller, organizationId));
		return create(Actor.of(caller), organizationId, freelance, profile,
				request.listed() == null || request.listed());
	}

	/** Creates a person without a caller's checks: for the demo data, whose organizations are known. */
	Person create(Actor actor, UUID organizationId, boolean freelance, Profile profile, boolean listed) {
		if (freelance && people.findFreelancer(organizationId).isPresent()) {
			throw Problem.conflict("freelancer-has-profile",
					"A freelancer organization has exactly one person, and this one has its profile already");
		}
		refuseLinkedUser(profile.userId(), null);
		Instant now = clock.instant();
		Person person = new Person(UUID.randomUUID(), organizationId, freelance, profile.userId(),
				profile.displayName(), profile.email(), profile.seniority(), profile.dayRate(), profile.currency(),
				profile.zone(), profile.workStart(), profile.workEnd(), profile.languages(), profile.certifications(),
				profile.skills(), profile.tags(), listed, true, 0, now, now);
		people.insert(person);
		events.publishEvent(new PersonProfileChanged(actor.id(), actor.label(), organizationId, person.id(), "created",
				person.summary()));
		return person;
	}

	Person update(Caller caller, UUID id, long expectedVersion, PersonRequest request) {
		Person current = get(caller, id);
		requireEditor(caller, current);
		if (current.version() != expectedVersion) {
			throw Problem.staleVersion();
		}
		if (request.organizationId() != null && !request.organizationId().equals(current.organizationId())) {
			throw Problem.invalid("organizationId", "immutable", "cannot be changed");
		}
		Profile profile = check(request, memberIds(caller, current.organizationId()));
		refuseLinkedUser(profile.userId(), id);
		Person next = new Person(id, current.organizationId(), current.freelance(), profile.userId(),
				profile.displayName(), profile.email(), profile.seniority(), profile.dayRate(), profile.currency(),
				profile.zone(), profile.workStart(), profile.workEnd(), profile.languages(), profile.certifications(),
				profile.skills(), profile.tags(), request.listed() == null ? current.listed() : request.listed(),
				request.active() == null ? current.active() : request.active(), expectedVersion + 1,
				current.createdAt(), clock.instant());
		if (!people.update(next, expectedVersion)) {
			throw Problem.staleVersion();
		}
		events.publishEvent(new PersonProfileChanged(caller.userId(), caller.email(), current.organizationId(), id,
				"updated", "before: " + current.summary() + "; after: " + next.summary()));
		return people.findById(id).orElseThrow();
	}

	/** Takes the person out of searches and new staffing; the profile, its history and allocations stay. */
	void deactivate(Caller caller, UUID id) {
		Person current = get(caller, id);
		requireEditor(caller, current);
		if (!current.active()) {
			return;
		}
		Person next = new Person(id, current.organizationId(), current.freelance(), current.userId(),
				current.displayName(), current.email(), current.seniority(), current.dayRate(), current.currency(),
				current.zone(), current.workStart(), current.workEnd(), current.languages(), current.certifications(),
				current.skills(), current.tags(), current.listed(), false, current.version() + 1, current.createdAt(),
				clock.instant());
		if (!people.update(next, current.version())) {
			throw Problem.staleVersion();
		}
		events.publishEvent(new PersonProfileChanged(caller.userId(), caller.email(), current.organizationId(), id,
				"deactivated", "deactivated " + current.displayName()));
	}

	@Transactional(readOnly = true)
	AvailabilityView availability(Caller caller, UUID id) {
		return availabilityOf(get(caller, id));
	}

	AvailabilityView replaceAvailability(Caller caller, UUID id, long expectedVersion, AvailabilityRequest request) {
		Person current = get(caller, id);
		requireEditor(caller, current);
		if (current.version() != expectedVersion) {
			throw Problem.staleVersion();
		}
		List<Period> periods = checkPeriods(request);
		return replaceAvailability(Actor.of(caller), current, periods);
	}

	/**
	 * Replaces the periods under the person's row lock, and refuses a cut that would leave booked allocations
	 * without the time they took (release or change the staffing first).
	 */
	AvailabilityView replaceAvailability(Actor actor, Person current, List<Period> periods) {
		Person locked = people.lock(current.id()).orElseThrow(() -> Problem.notFound("Person"));
		if (locked.version() != current.version()) {
			throw Problem.staleVersion();
		}
		List<Period> before = calendars.availability(current.id());
		List<Period> booked = calendars.allocations(current.id()).stream().map(Calendars.Allocation::period).toList();
		new FreeTime(periods, booked).firstDayOverbooked().ifPresent(day -> {
			FreeTime after = new FreeTime(periods, booked);
			throw Problem.conflict("over-allocated", current.displayName() + " has " + after.allocatedOn(day)
					+ " % allocated on " + day + " but would be " + after.availableOn(day)
					+ " % available: release or change that staffing first");
		});
		calendars.replaceAvailability(current.id(), periods);
		if (!people.touch(current.id(), current.version(), clock.instant())) {
			throw Problem.staleVersion();
		}
		events.publishEvent(new AvailabilityChanged(actor.id(), actor.label(), current.organizationId(), current.id(),
				"before: " + describe(before) + "; after: " + describe(periods)));
		return availabilityOf(people.findById(current.id()).orElseThrow());
	}

	private AvailabilityView availabilityOf(Person person) {
		return new AvailabilityView(person.id(), person.version(),
				calendars.availability(person.id()).stream().map(AvailabilityView.PeriodView::of).toList(),
				calendars.allocations(person.id()).stream()
					.map(allocation -> AvailabilityView.PeriodView.of(allocation.period()))
					.toList());
	}

	/** Checks every field of a profile and resolves skills against the vocabulary. */
	Profile check(PersonRequest request, @Nullable Set<UUID> allowedUsers) {
		Fields fields = new Fields();
		String name = fields.text("displayName", request.displayName(), 200);
		String email = fields.email("email", request.email(), true);
		Seniority seniority = fields.seniority("seniority", request.seniority(), true);
		BigDecimal rate = fields.rate("dayRate", request.dayRate(), true);
		String currency = fields.currency("currency", request.currency(), rates, true);
		String zone = fields.zone("zone", request.zone());
		LocalTime start = fields.time("workStart", request.workStart());
		LocalTime end = fields.time("workEnd", request.workEnd());
		fields.hours("workEnd", start, end);
		List<String> languages = fields.languages("languages", request.languages());
		List<String> certifications = fields.texts("certifications", request.certifications(), 30, 200);
		List<String> codes = new ArrayList<>();
		List<String> skillTerms = request.skills() == null ? List.of() : request.skills();
		if (skillTerms.size() > MAX_SKILLS) {
			fields.error("skills", "too-many", "at most " + MAX_SKILLS + " skills");
		}
		else {
			for (int i = 0; i < skillTerms.size(); i++) {
				String field = "skills[" + i + "]";
				String term = fields.optionalText(field, skillTerms.get(i), 100);
				if (term != null) {
					skills.code(term).ifPresentOrElse(codes::add, () -> fields.error(field, "unknown-skill", "'"
							+ Fields.shorten(term) + "' is not in the vocabulary (GET /api/v1/skills): add it as a free tag"));
				}
			}
		}
		Map<String, String> tags = new LinkedHashMap<>();
		for (String tag : fields.texts("tags", request.tags(), MAX_SKILLS, 60)) {
			skills.code(tag).ifPresentOrElse(codes::add,
					() -> tags.putIfAbsent(skills.vocabulary().canonical(tag), tag));
		}
		UUID userId = request.userId();
		if (userId != null && allowedUsers != null && !allowedUsers.contains(userId)) {
			fields.error("userId", "unknown-user", "is not a member of the person's organization");
		}
		fields.throwIfAny();
		return new Profile(userId, name, email, seniority, rate, currency, zone, start, end, languages, certifications,
				codes.stream().distinct().sorted().toList(), tags.values().stream().sorted().toList());
	}

	/** Periods: each complete and within 1–100 %, none overlapping another (a period restates, it does not add). */
	static List<Period> checkPeriods(AvailabilityRequest request) {
		Fields fields = new Fields();
		List<AvailabilityRequest.PeriodRequest> rows = request.periods() == null ? List.of() : request.periods();
		if (rows.size() > MAX_PERIODS) {
			fields.error("periods", "too-many", "at most " + MAX_PERIODS + " periods");
			fields.throwIfAny();
		}
		List<Period> periods = new ArrayList<>();
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			String field = "periods[" + i + "].";
			AvailabilityRequest.PeriodRequest row = rows.get(i);
			if (row == null) {
				fields.error("periods[" + i + "]", "required", "a period cannot be empty");
				continue;
			}
			LocalDate from = fields.date(field + "from", row.from());
			LocalDate to = fields.date(field + "to", row.to());
			fields.range(field + "to", from, to);
			Integer percent = fields.percent(field + "allocationPercent", row.allocationPercent());
			if (from != null && to != null && !to.isBefore(from) && percent != null) {
				periods.add(new Period(from, to, percent));
				indexes.add(i);
			}
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < periods.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparing((Integer i) -> periods.get(i).from()).thenComparing(i -> i));
		for (int k = 1; k < order.size(); k++) {
			Period previous = periods.get(order.get(k - 1));
			Period next = periods.get(order.get(k));
			if (!next.from().isAfter(previous.to())) {
				fields.error("periods[" + indexes.get(order.get(k)) + "].from", "overlap",
						"overlaps the period " + previous.from() + " to " + previous.to());
			}
		}
		fields.throwIfAny();
		return order.stream().map(periods::get).toList();
	}

	private UUID organizationFor(Caller caller, @Nullable UUID requested) {
		if (requested == null) {
			Set<UUID> editable = caller.memberships().stream()
				.filter(m -> m.organizationId() != null
						&& (m.role() == Role.PROVIDER_MANAGER || m.role() == Role.FREELANCER))
				.map(m -> m.organizationId())
				.collect(Collectors.toSet());
			if (editable.size() != 1) {
				throw Problem.invalid("organizationId", "required", "is required");
			}
			return editable.iterator().next();
		}
		if (caller.isPlatformAdmin()) {
			OrganizationKind kind;
			try {
				kind = organizations.get(caller, requested).kind();
			}
			catch (Problem notFound) {
				throw Problem.invalid("organizationId", "unknown-organization", "is not a known organization");
			}
			if (kind == OrganizationKind.CLIENT) {
				throw Problem.invalid("organizationId", "not-a-provider",
						"people belong to a provider or a freelancer organization");
			}
			return requested;
		}
		if (Access.edits(caller, requested)) {
			return requested;
		}
		Set<UUID> readable = Access.readableOrganizations(caller);
		if (readable != null && readable.contains(requested)) {
			throw Problem.forbidden("Only the organization's managers add its people");
		}
		// The same answer for an organization the caller cannot see as for an unknown one.
		throw Problem.invalid("organizationId", "unknown-organization", "is not a known organization");
	}

	private Set<UUID> memberIds(Caller caller, UUID organizationId) {
		return users.members(caller, organizationId).stream().map(UserManagement.MemberView::userId)
			.collect(Collectors.toUnmodifiableSet());
	}

	private void refuseLinkedUser(@Nullable UUID userId, @Nullable UUID personId) {
		if (userId != null) {
			people.findByUser(userId).filter(other -> !other.id().equals(personId)).ifPresent(other -> {
				throw new Problem(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields",
						List.of(new Problem.FieldError("userId", "user-has-profile",
								"this user is already linked to another person")));
			});
		}
	}

	private static void requireEditor(Caller caller, Person person) {
		if (!Access.edits(caller, person.organizationId())) {
			throw Problem.forbidden("Only the organization's managers, or the freelancer, change this profile");
		}
	}

	private static String describe(List<Period> periods) {
		return periods.isEmpty() ? "none"
				: periods.stream().map(p -> p.from() + ".." + p.to() + " " + p.percent() + "%")
					.collect(Collectors.joining(", "));
	}
}
