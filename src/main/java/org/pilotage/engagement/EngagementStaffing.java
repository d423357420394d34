package org.pilotage.engagement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.EngagementEvents.StaffingChanged;
import org.pilotage.engagement.Engagements.Visible;
import org.pilotage.engagement.ProviderEngagementView.Assignment;
import org.pilotage.identity.Actor;
import org.pilotage.identity.Caller;
import org.pilotage.identity.Membership;
import org.pilotage.identity.OrganizationManagement;
import org.pilotage.identity.Role;
import org.pilotage.shared.Problem;
import org.pilotage.talent.Allocations;
import org.pilotage.talent.MonthLoad;
import org.pilotage.talent.PersonCard;
import org.pilotage.talent.TalentDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works on an engagement. The provider's managers staff people of their own organization and listed
 * freelancers, for a role, an allocation and a period inside the engagement's dates; talent's
 * {@link Allocations} reserves the time in the same transaction and refuses more than the person has free (409
 * {@code over-allocated}). Checks run in this order, so an answer never tells more than the caller may know: 404
 * when the engagement is hidden, 403 for a reader, 409 once closed, 400 for bad fields, 422 for a person outside
 * the pool or a period outside the engagement, 409 for time the person does not have.
 */
@Service
@Transactional
public class EngagementStaffing {

	private final Engagements engagements;
	private final StaffingStore store;
	private final TalentDirectory talent;
	private final Allocations allocations;
	private final OrganizationManagement organizations;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	EngagementStaffing(Engagements engagements, StaffingStore store, TalentDirectory talent, Allocations allocations,
			OrganizationManagement organizations, ApplicationEventPublisher events, Clock clock) {
		this.engagements = engagements;
		this.store = store;
		this.talent = talent;
		this.allocations = allocations;
		this.organizations = organizations;
		this.events = events;
		this.clock = clock;
	}

	/** The staffing in the caller's shape: all of it for the agency, pseudonyms or the named team for the client. */
	@Transactional(readOnly = true)
	public List<? extends StaffingEntry> list(Caller caller, UUID engagementId) {
		return engagements.staffing(engagements.visible(caller, engagementId), caller);
	}

	/** Whether the caller may staff this engagement now (the provider's managers, while it is not closed). */
	@Transactional(readOnly = true)
	public boolean mayStaff(Caller caller, UUID engagementId) {
		Visible visible = engagements.visible(caller, engagementId);
		return Access.mayStaff(caller, visible.engagement().terms().providerOrgId())
				&& visible.engagement().status() != EngagementStatus.CLOSED;
	}

	/** Everyone the caller may staff on the engagement: the provider's people and listed freelancers. */
	@Transactional(readOnly = true)
	public List<PersonCard> pool(Caller caller, UUID engagementId) {
		Engagement engagement = staffable(caller, engagementId);
		return talent.poolOf(engagement.terms().providerOrgId());
	}

	/** A provider's staffing plan, for the line of one person. */
	public record PlanRow(PersonCard person, boolean freelance, List<MonthLoad> months,
			List<StaffingStore.Planned> assignments) {
	}

	/** The staffing planner of the caller's provider organization: its people and the freelancers it staffs. */
	public record Plan(String provider, List<YearMonth> months, List<PlanRow> rows) {
	}

	/**
	 * How free the provider's own people and the freelancers it staffs are over the coming months, and where they
	 * work: for the members of a provider organization (403 for anyone else).
	 */
	@Transactional(readOnly = true)
	public Plan plan(Caller caller, YearMonth first, int months) {
		UUID provider = caller.memberships()
			.stream()
			.filter(m -> m.organizationId() != null
					&& (m.role() == Role.PROVIDER_MANAGER || m.role() == Role.PROVIDER_AGENT))
			.map(Membership::organizationId)
			.sorted()
			.findFirst()
			.orElseThrow(() -> Problem.forbidden("The staffing planner is for the members of a provider organization"));
		List<StaffingStore.Planned> planned = store.ofProvider(provider, first.atDay(1));
		Set<UUID> staffed = planned.stream().map(StaffingStore.Planned::personId).collect(Collectors.toSet());
		List<PersonCard> people = talent.poolOf(provider)
			.stream()
			.filter(p -> p.organizationId().equals(provider) || staffed.contains(p.id()))
			.toList();
		Map<UUID, List<MonthLoad>> loads = talent.monthlyLoad(people.stream().map(PersonCard::id).toList(), first,
				months);
		List<PlanRow> rows = people.stream()
			.map(p -> new PlanRow(p, !p.organizationId().equals(provider), loads.getOrDefault(p.id(), List.of()),
					planned.stream().filter(s -> s.personId().equals(p.id())).toList()))
			.toList();
		List<YearMonth> columns = java.util.stream.IntStream.range(0, months).mapToObj(first::plusMonths).toList();
		String name = organizations.summaries(List.of(provider))
			.stream()
			.map(OrganizationManagement.OrganizationSummary::name)
			.findFirst()
			.orElse("");
		return new Plan(name, columns, rows);
	}

	public Assignment assign(Caller caller, UUID engagementId, StaffingRequest request) {
		Engagement engagement = staffable(caller, engagementId);
		Valid valid = validate(request, true);
		UUID personId = java.util.Objects.requireNonNull(request.personId());
		PersonCard person = talent.person(personId)
			.filter(p -> talent.inPoolOf(engagement.terms().providerOrgId(), p.id()))
			.orElseThrow(() -> new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "not-in-pool",
					"The person is neither one of the provider's people nor a listed freelancer"));
		checkInsideEngagement(engagement, valid);
		store.lockEngagement(engagementId);
		int letter = store.letterOf(engagementId, person.id());
		Instant now = clock.instant();
		Staffing row = new Staffing(UUID.randomUUID(), engagementId, person.id(), valid.role(), valid.allocation(),
				valid.from(), valid.to(), letter, now, now, 0);
		store.insert(row);
		allocations.allocate(row.id(), person.id(), row.from(), row.to(), row.allocationPercent());
		publish(caller, engagement, row, "added");
		return assignment(engagement, store.find(engagementId, row.id()).orElseThrow());
	}

	public Assignment change(Caller caller, UUID engagementId, UUID staffingId, long expectedVersion,
			StaffingRequest request) {
		Engagement engagement = staffable(caller, engagementId);
		Staffing current = store.find(engagementId, staffingId).orElseThrow(() -> Problem.notFound("Staffing"));
		if (current.version() != expectedVersion) {
			throw Problem.staleVersion();
		}
		Valid valid = validate(request, false);
		if (request.personId() != null && !request.personId().equals(current.personId())) {
			throw Problem.invalid("personId", "fixed", "cannot change: release this staffing and staff the other person");
		}
		checkInsideEngagement(engagement, valid);
		if (!store.update(staffingId, expectedVersion, valid.role(), valid.allocation(), valid.from(), valid.to(),
				clock.instant())) {
			throw Problem.staleVersion();
		}
		allocations.change(staffingId, valid.from(), valid.to(), valid.allocation());
		Staffing changed = store.find(engagementId, staffingId).orElseThrow();
		publish(caller, engagement, changed, "changed");
		return assignment(engagement, changed);
	}

	public void release(Caller caller, UUID engagementId, UUID staffingId) {
		Engagement engagement = staffable(caller, engagementId);
		Staffing current = store.find(engagementId, staffingId).orElseThrow(() -> Problem.notFound("Staffing"));
		allocations.release(staffingId);
		store.delete(staffingId);
		publish(caller, engagement, current, "released");
	}

	private Engagement staffable(Caller caller, UUID engagementId) {
		Visible visible = engagements.visible(caller, engagementId);
		if (!Access.mayStaff(caller, visible.engagement().terms().providerOrgId())) {
			throw Problem.forbidden("Only the provider's managers staff an engagement");
		}
		if (visible.engagement().status() == EngagementStatus.CLOSED) {
			throw Problem.conflict("engagement-closed", "A closed engagement no longer changes");
		}
		return visible.engagement();
	}

	private record Valid(String role, int allocation, LocalDate from, LocalDate to) {
	}

	private static Valid validate(StaffingRequest request, boolean newStaffing) {
		List<Problem.FieldError> errors = check(request, newStaffing);
		if (!errors.isEmpty()) {
			throw new Problem(HttpStatus.BAD_REQUEST, "invalid-input", "The staffing has invalid fields", errors);
		}
		return new Valid(request.role().strip(), request.allocationPercent(), request.from(), request.to());
	}

	/** Every bad field of a staffing request, for the API's 400 and for a page that adds its own parsing errors. */
	static List<Problem.FieldError> check(StaffingRequest request, boolean newStaffing) {
		List<Problem.FieldError> errors = new ArrayList<>();
		if (newStaffing && request.personId() == null) {
			errors.add(new Problem.FieldError("personId", "required", "is required"));
		}
		String role = request.role() == null ? "" : request.role().strip();
		if (role.isEmpty()) {
			errors.add(new Problem.FieldError("role", "required", "is required"));
		}
		else if (role.length() > 100) {
			errors.add(new Problem.FieldError("role", "too-long", "must have at most 100 characters"));
		}
		Integer allocation = request.allocationPercent();
		if (allocation == null) {
			errors.add(new Problem.FieldError("allocationPercent", "required", "is required (1 to 100)"));
		}
		else if (allocation < 1 || allocation > 100) {
			errors.add(new Problem.FieldError("allocationPercent", "out-of-range", "must be between 1 and 100"));
		}
		if (request.from() == null) {
			errors.add(new Problem.FieldError("from", "required", "is required"));
		}
		if (request.to() == null) {
			errors.add(new Problem.FieldError("to", "required", "is required"));
		}
		if (request.from() != null && request.to() != null && request.to().isBefore(request.from())) {
			errors.add(new Problem.FieldError("to", "before-from", "must not be before from"));
		}
		return errors;
	}

	private static void checkInsideEngagement(Engagement engagement, Valid valid) {
		@Nullable LocalDate start = engagement.terms().startDate();
		@Nullable LocalDate end = engagement.terms().endDate();
		if ((start != null && valid.from().isBefore(start)) || (end != null && valid.to().isAfter(end))) {
			throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "outside-engagement",
					"The staffing period " + valid.from() + " to " + valid.to() + " must lie within the engagement ("
							+ (start == null ? "open start" : start) + " to " + (end == null ? "open end" : end) + ")");
		}
	}

	private Assignment assignment(Engagement engagement, Staffing row) {
		PersonCard person = talent.person(row.personId()).orElseThrow();
		return StaffingShapes.forProvider(engagement.terms(), List.of(row), java.util.Map.of(person.id(), person))
			.get(0);
	}

	private void publish(Caller caller, Engagement engagement, Staffing row, String change) {
		events.publishEvent(new StaffingChanged(Actor.of(caller), engagement.id(), engagement.terms().clientOrgId(),
				row.id(), row.personId(), change, row.allocationPercent(), row.from(), row.to()));
	}
}
