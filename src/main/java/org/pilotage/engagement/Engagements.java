package org.pilotage.engagement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.Actor;
import org.pilotage.identity.Caller;
import org.pilotage.identity.OrganizationKind;
import org.pilotage.identity.OrganizationManagement.OrganizationSummary;
import org.pilotage.identity.OrganizationManagement;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Paging;
import org.pilotage.shared.Problem;
import org.pilotage.talent.Allocations;
import org.pilotage.talent.PersonCard;
import org.pilotage.talent.TalentDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Engagements as a caller sees them, and what it may do with them. Every read takes the {@link Caller} and
 * answers with the view its audience may see ({@link Access}); an engagement the caller may not see answers 404
 * exactly like an unknown id, so ids cannot be probed, and a visible one it may not change answers 403.
 */
@Service
@Transactional
public class Engagements {

	/** An engagement the caller may see, with the view it gets; for the other services of this module. */
	record Visible(Engagement engagement, Audience audience, boolean mayChange) {
	}

	private final EngagementStore store;
	private final StaffingStore staffing;
	private final TalentDirectory talent;
	private final Allocations allocations;
	private final OrganizationManagement organizations;
	private final List<OpenWork> openWork;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Engagements(EngagementStore store, StaffingStore staffing, TalentDirectory talent, Allocations allocations,
			OrganizationManagement organizations, List<OpenWork> openWork, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.staffing = staffing;
		this.talent = talent;
		this.allocations = allocations;
		this.organizations = organizations;
		this.openWork = List.copyOf(openWork);
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageResult<EngagementView> list(Caller caller, @Nullable EngagementKind kind, @Nullable EngagementStatus status,
			Paging paging) {
		Set<UUID> scope = caller.isPlatformAdmin() ? null : caller.organizationIds();
		EngagementStore.Filter filter = new EngagementStore.Filter(kind, status);
		Set<UUID> people = peopleOf(caller);
		Set<UUID> staffed = staffing.engagementsOf(people);
		List<Engagement> page = store.page(scope, staffed, filter, paging);
		Map<UUID, Party> parties = parties(page);
		List<EngagementView> views = page.stream()
			.map(e -> Access.audience(caller, e.id(), e.terms().clientOrgId(), e.terms().providerOrgId(), staffed)
				.map(audience -> view(e, audience, parties, people))
				.orElse(null))
			.filter(Objects::nonNull)
			.toList();
		return PageResult.of(views, paging, store.count(scope, staffed, filter));
	}

	@Transactional(readOnly = true)
	public EngagementView get(Caller caller, UUID id) {
		Visible visible = visible(caller, id);
		return view(visible.engagement(), visible.audience(), parties(List.of(visible.engagement())), peopleOf(caller));
	}

	/** The statuses the caller may move the engagement to now; empty for readers. */
	@Transactional(readOnly = true)
	public Set<EngagementStatus> allowedTransitions(Caller caller, UUID id) {
		Visible visible = visible(caller, id);
		return visible.mayChange() ? visible.engagement().status().next() : Set.of();
	}

	/** Whether the caller may change the engagement's terms, exit plan and documents now. */
	@Transactional(readOnly = true)
	public boolean mayEdit(Caller caller, UUID id) {
		Visible visible = visible(caller, id);
		return visible.mayChange() && visible.engagement().status() != EngagementStatus.CLOSED;
	}

	/** Whether the caller administers an organization that can start an engagement. */
	public boolean mayCreate(Caller caller) {
		return Access.mayCreateAny(caller);
	}

	/**
	 * Starts a draft between the caller's organization and the counterparty it names. The caller must
	 * administer the client or the provider organization it names.
	 */
	public EngagementView create(Caller caller, EngagementTerms request) {
		if (!Access.mayCreateAny(caller)) {
			throw Problem.forbidden("Only a client's administrator or a provider's manager starts an engagement");
		}
		Terms terms = TermsValidation.check(request, organization(), null);
		if (!Access.mayChange(caller, terms.clientOrgId(), terms.providerOrgId())) {
			throw Problem.forbidden("Start engagements only for an organization you administer");
		}
		Instant now = clock.instant();
		Engagement engagement = new Engagement(UUID.randomUUID(), EngagementStatus.DRAFT, terms, now, now, 0);
		store.insert(engagement);
		store.insertExitPlan(engagement.id(), now);
		store.insertHistory(engagement.id(), null, EngagementStatus.DRAFT, null, caller.userId(), caller.email(), now);
		events.publishEvent(new EngagementEvents.EngagementCreated(Actor.of(caller), engagement.id(),
				terms.clientOrgId(), terms.providerOrgId(), terms.kind(), terms.title()));
		return get(caller, engagement.id());
	}

	/**
	 * The field errors of {@code request} as a create ({@code existing} null) or an update would report them,
	 * without saving anything: for a form that also had fields it could not read.
	 */
	@Transactional(readOnly = true)
	public List<Problem.FieldError> check(Caller caller, EngagementTerms request, @Nullable UUID existing) {
		Engagement current = existing == null ? null : visible(caller, existing).engagement();
		try {
			TermsValidation.check(request, organization(), current);
			return List.of();
		}
		catch (Problem problem) {
			return problem.fieldErrors();
		}
	}

	/** Replaces the terms; the kind and the parties stay. {@code expectedVersion} guards lost updates. */
	public EngagementView update(Caller caller, UUID id, long expectedVersion, EngagementTerms request) {
		Engagement current = writable(caller, id);
		if (current.version() != expectedVersion) {
			throw Problem.staleVersion();
		}
		Terms terms = TermsValidation.check(request, organization(), current);
		if (!store.updateTerms(id, expectedVersion, terms, clock.instant())) {
			throw Problem.staleVersion();
		}
		events.publishEvent(new EngagementEvents.EngagementTermsChanged(Actor.of(caller), id, terms.clientOrgId(),
				changes(current.terms(), terms)));
		return get(caller, id);
	}

	/**
	 * Moves the engagement along its lifecycle: 409 {@code illegal-transition} (with the allowed statuses) for a
	 * move its status does not allow, {@code terms-incomplete} to activate a draft that misses its kind's terms,
	 * {@code open-work} to close while work is open.
	 */
	public EngagementView changeStatus(Caller caller, UUID id, StatusChange.Request request) {
		Visible visible = visible(caller, id);
		if (!visible.mayChange()) {
			throw Problem.forbidden("Only the parties' administrators move an engagement along its lifecycle");
		}
		Engagement current = visible.engagement();
		EngagementStatus target = request.status();
		String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
		List<Problem.FieldError> errors = new ArrayList<>();
		if (target == null) {
			errors.add(new Problem.FieldError("status", "required", "is required: ACTIVE, SUSPENDED or CLOSED"));
		}
		if (reason != null && reason.length() > 1000) {
			errors.add(new Problem.FieldError("reason", "too-long", "must have at most 1000 characters"));
		}
		if (!errors.isEmpty()) {
			throw new Problem(HttpStatus.BAD_REQUEST, "invalid-input", "The status change has invalid fields", errors);
		}
		EngagementStatus from = current.status();
		if (!from.canMoveTo(target)) {
			throw new IllegalTransition(from, target);
		}
		if (target == EngagementStatus.SUSPENDED && reason == null) {
			throw Problem.invalid("reason", "required", "say why the engagement is suspended");
		}
		if (from == EngagementStatus.DRAFT && target == EngagementStatus.ACTIVE) {
			List<String> missing = TermsValidation.missing(current.terms());
			if (!missing.isEmpty()) {
				throw new TermsIncomplete(current.terms().kind(), missing);
			}
		}
		if (target == EngagementStatus.CLOSED) {
			long open = openWork.stream().mapToLong(work -> work.openItems(id)).sum();
			if (open > 0) {
				throw new OpenWorkRemains(open);
			}
		}
		Instant now = clock.instant();
		if (!store.updateStatus(id, current.version(), target, now)) {
			throw Problem.staleVersion();
		}
		store.insertHistory(id, from, target, reason, caller.userId(), caller.email(), now);
		if (target == EngagementStatus.CLOSED) {
			// a closed engagement no longer holds its people's time; the staffing stays as history
			staffing.ofEngagement(id).forEach(row -> allocations.release(row.id()));
		}
		events.publishEvent(statusEvent(Actor.of(caller), current, from, target, reason));
		return get(caller, id);
	}

	@Transactional(readOnly = true)
	public List<StatusChange> history(Caller caller, UUID id) {
		visible(caller, id);
		return store.history(id);
	}

	@Transactional(readOnly = true)
	public ExitPlan exitPlan(Caller caller, UUID id) {
		Visible visible = visible(caller, id);
		if (visible.audience() == Audience.FREELANCER) {
			throw Problem.forbidden("The exit plan is the parties' business");
		}
		return store.exitPlan(id).orElseThrow(() -> Problem.notFound("Exit plan"));
	}

	public ExitPlan updateExitPlan(Caller caller, UUID id, long expectedVersion, ExitPlan.Changes changes) {
		Engagement engagement = writable(caller, id);
		ExitPlan current = store.exitPlan(id).orElseThrow(() -> Problem.notFound("Exit plan"));
		if (current.version() != expectedVersion) {
			throw Problem.staleVersion();
		}
		ExitPlan plan = ExitPlanValidation.check(changes, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
				clock.instant());
		if (!store.updateExitPlan(id, expectedVersion, plan)) {
			throw Problem.staleVersion();
		}
		events.publishEvent(new EngagementEvents.ExitPlanChanged(Actor.of(caller), id,
				engagement.terms().clientOrgId(), plan.planOnFile()));
		return store.exitPlan(id).orElseThrow();
	}

	/**
	 * The engagement as another module scopes its data by it: parties, kind, status, the caller's audience and the
	 * engagement's people with their pseudonyms. @throws Problem 404 when it does not exist or is hidden, alike
	 */
	@Transactional(readOnly = true)
	public EngagementAccess access(Caller caller, UUID id) {
		Visible visible = visible(caller, id);
		Engagement engagement = visible.engagement();
		Terms terms = engagement.terms();
		Map<UUID, Integer> letters = staffing.lettersOf(id);
		Set<UUID> staffedNow = staffing.ofEngagement(id).stream().map(Staffing::personId).collect(Collectors.toSet());
		Map<UUID, EngagementAccess.StaffedPerson> people = new java.util.HashMap<>();
		talent.people(letters.keySet()).forEach(person -> people.put(person.id(),
				new EngagementAccess.StaffedPerson(person.id(), Pseudonyms.of(letters.get(person.id())),
						StaffingShapes.hiddenFromClient(terms, person), staffedNow.contains(person.id()))));
		return new EngagementAccess(id, terms.title(), terms.kind(), engagement.status(), terms.clientOrgId(),
				terms.providerOrgId(), visible.audience(), people);
	}

	/**
	 * How the caller would see the engagement, or empty when it may not see it (or it does not exist): for a module
	 * that decides whether someone may hear of something, where a 404 would be no answer but a failure.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Audience> audience(Caller caller, UUID id) {
		return store.findById(id)
			.flatMap(engagement -> Access.audience(caller, id, engagement.terms().clientOrgId(),
					engagement.terms().providerOrgId(), staffedOn(caller)));
	}

	/**
	 * The engagement, if the caller may see it. @throws Problem 404 when it does not exist or is hidden from the
	 * caller, alike
	 */
	Visible visible(Caller caller, UUID id) {
		Engagement engagement = store.findById(id).orElseThrow(() -> Problem.notFound("Engagement"));
		Terms t = engagement.terms();
		Audience audience = Access.audience(caller, id, t.clientOrgId(), t.providerOrgId(), staffedOn(caller))
			.orElseThrow(() -> Problem.notFound("Engagement"));
		return new Visible(engagement, audience, Access.mayChange(caller, t.clientOrgId(), t.providerOrgId()));
	}

	/** The engagement, if the caller may change it now. @throws Problem 404, 403, or 409 once it is closed */
	Engagement writable(Caller caller, UUID id) {
		Visible visible = visible(caller, id);
		if (!visible.mayChange()) {
			throw Problem.forbidden("Only the parties' administrators change an engagement");
		}
		if (visible.engagement().status() == EngagementStatus.CLOSED) {
			throw Problem.conflict("engagement-closed", "A closed engagement no longer changes");
		}
		return visible.engagement();
	}

	/** Organizations that may be named as a counterparty, with their kind: the directory of identity. */
	@Transactional(readOnly = true)
	public List<OrganizationSummary> counterparties(Set<OrganizationKind> kinds) {
		return organizations.directory(kinds);
	}

	/** The engagements the caller is staffed on through the person linked to its login. */
	private Set<UUID> staffedOn(Caller caller) {
		return staffing.engagementsOf(peopleOf(caller));
	}

	/** The talent profiles linked to the caller's login (a freelancer's own profile, an employee's). */
	private Set<UUID> peopleOf(Caller caller) {
		return talent.personOfUser(caller.userId()).map(p -> Set.of(p.id())).orElse(Set.of());
	}

	private Function<UUID, java.util.Optional<OrganizationSummary>> organization() {
		return id -> organizations.summaries(List.of(id)).stream().findFirst();
	}

	private Map<UUID, Party> parties(List<Engagement> engagements) {
		Set<UUID> ids = engagements.stream()
			.flatMap(e -> java.util.stream.Stream.of(e.terms().clientOrgId(), e.terms().providerOrgId()))
			.collect(Collectors.toSet());
		return organizations.summaries(ids).stream()
			.collect(Collectors.toMap(OrganizationSummary::id, o -> new Party(o.id(), o.name())));
	}

	private EngagementView view(Engagement engagement, Audience audience, Map<UUID, Party> parties,
			Set<UUID> callersPeople) {
		Party client = parties.get(engagement.terms().clientOrgId());
		Party provider = parties.get(engagement.terms().providerOrgId());
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		List<Staffing> rows = staffing.ofEngagement(engagement.id());
		Map<UUID, PersonCard> people = cards(rows);
		Terms terms = engagement.terms();
		return switch (audience) {
			case PROVIDER -> ProviderEngagementView.of(engagement, client, provider, today,
					StaffingShapes.forProvider(terms, rows, people));
			case CLIENT -> ClientEngagementView.of(engagement, client, provider, today,
					StaffingShapes.pseudonymous(terms, rows, people), StaffingShapes.team(terms, rows, people));
			case FREELANCER -> FreelancerEngagementView.of(engagement, client, provider,
					StaffingShapes.own(rows, callersPeople));
		};
	}

	/** The staffing of a visible engagement in the shape its audience may see. */
	List<? extends StaffingEntry> staffing(Visible visible, Caller caller) {
		List<Staffing> rows = staffing.ofEngagement(visible.engagement().id());
		Map<UUID, PersonCard> people = cards(rows);
		Terms terms = visible.engagement().terms();
		return switch (visible.audience()) {
			case PROVIDER -> StaffingShapes.forProvider(terms, rows, people);
			case CLIENT -> {
				List<StaffingEntry> entries = new ArrayList<>(StaffingShapes.team(terms, rows, people));
				entries.addAll(StaffingShapes.pseudonymous(terms, rows, people));
				yield entries;
			}
			case FREELANCER -> StaffingShapes.own(rows, peopleOf(caller));
		};
	}

	private Map<UUID, PersonCard> cards(List<Staffing> rows) {
		return talent.people(rows.stream().map(Staffing::personId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(PersonCard::id, Function.identity()));
	}

	private static Object statusEvent(Actor actor, Engagement engagement, EngagementStatus from, EngagementStatus to,
			@Nullable String reason) {
		UUID id = engagement.id();
		UUID client = engagement.terms().clientOrgId();
		return switch (to) {
			case ACTIVE -> from == EngagementStatus.SUSPENDED ? new EngagementEvents.EngagementResumed(actor, id, client)
					: new EngagementEvents.EngagementActivated(actor, id, client);
			case SUSPENDED -> new EngagementEvents.EngagementSuspended(actor, id, client, Objects.requireNonNull(reason));
			case CLOSED -> new EngagementEvents.EngagementClosed(actor, id, client, from);
			case DRAFT -> throw new IllegalStateException("no transition leads back to DRAFT");
		};
	}

	/** The names of the terms that differ, for the audit trail (never the amounts). */
	private static List<String> changes(Terms before, Terms after) {
		List<String> changed = new ArrayList<>();
		compare(changed, "title", before.title(), after.title());
		compare(changed, "scope", before.scope(), after.scope());
		compare(changed, "deliverablesSummary", before.deliverablesSummary(), after.deliverablesSummary());
		compare(changed, "bpoFunction", before.bpoFunction(), after.bpoFunction());
		compare(changed, "startDate", before.startDate(), after.startDate());
		compare(changed, "endDate", before.endDate(), after.endDate());
		compare(changed, "renewalDate", before.renewalDate(), after.renewalDate());
		compare(changed, "noticeDays", before.noticeDays(), after.noticeDays());
		compare(changed, "renewalAlertDays", before.renewalAlertDays(), after.renewalAlertDays());
		compare(changed, "currency", before.currency(), after.currency());
		compare(changed, "budget", before.budget(), after.budget());
		compare(changed, "monthlyFee", before.monthlyFee(), after.monthlyFee());
		compare(changed, "rates", before.rates(), after.rates());
		return changed;
	}

	private static void compare(List<String> changed, String field, @Nullable Object before, @Nullable Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
	}

	/** 409 for a move the current status does not allow; the body lists the statuses it does allow. */
	static final class IllegalTransition extends Problem {

		private final EngagementStatus from;
		private final EngagementStatus to;

		IllegalTransition(EngagementStatus from, EngagementStatus to) {
			super(HttpStatus.CONFLICT, "illegal-transition", "An engagement cannot move from " + from + " to " + to
					+ (from.next().isEmpty() ? ": it is closed" : "; allowed: " + from.next()));
			this.from = from;
			this.to = to;
		}

		@Override
		public Map<String, Object> properties() {
			return Map.of("from", from, "to", to, "allowed", List.copyOf(from.next()));
		}
	}

	/** 409 to activate a draft that misses terms its kind needs; the body names them. */
	static final class TermsIncomplete extends Problem {

		private final List<String> missing;

		TermsIncomplete(EngagementKind kind, List<String> missing) {
			super(HttpStatus.CONFLICT, "terms-incomplete",
					"A " + kind + " engagement needs " + String.join(", ", missing) + " before it can be activated");
			this.missing = List.copyOf(missing);
		}

		@Override
		public Map<String, Object> properties() {
			return Map.of("missing", missing);
		}
	}

	/** 409 to close while work is open. */
	static final class OpenWorkRemains extends Problem {

		private final long openItems;

		OpenWorkRemains(long openItems) {
			super(HttpStatus.CONFLICT, "open-work",
					"The engagement still has " + openItems + " open work item(s): finish or cancel them before closing");
			this.openItems = openItems;
		}

		@Override
		public Map<String, Object> properties() {
			return Map.of("openItems", openItems);
		}
	}
}
