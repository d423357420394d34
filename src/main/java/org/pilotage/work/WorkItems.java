package org.pilotage.work;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.Audience;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.EngagementStatus;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Actor;
import org.pilotage.identity.Caller;
import org.pilotage.identity.Role;
import org.pilotage.shared.Problem;
import org.pilotage.talent.PersonCard;
import org.pilotage.talent.TalentDirectory;
import org.pilotage.work.WorkViews.Assignee;
import org.pilotage.work.WorkViews.CommentView;
import org.pilotage.work.WorkViews.EventView;
import org.pilotage.work.WorkViews.WorkItemView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work items as a caller sees them, and what it may do with them. The engagement module decides who sees an
 * engagement ({@link Engagements#access}); an item on an engagement the caller may not see answers 404 exactly like
 * an unknown id. Checks run in this order: 404 hidden, 403 for a reader or a step that is not the caller's side's,
 * 412 for a stale If-Match, 409 for the engagement's or the item's state, 400 for bad fields, 422 for an assignee
 * who is not staffed. Every change appends its timeline event and publishes its module event in one transaction.
 */
@Service
@Transactional
public class WorkItems {

	static final int TITLE_MAX = 200;
	static final int TEXT_MAX = 10_000;
	static final int CATEGORY_MAX = 100;
	static final int CRITERIA_MAX = 4_000;
	static final int REASON_MAX = 1_000;

	private final Engagements engagements;
	private final TalentDirectory talent;
	private final WorkStore store;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	WorkItems(Engagements engagements, TalentDirectory talent, WorkStore store, ApplicationEventPublisher events,
			Clock clock) {
		this.engagements = engagements;
		this.talent = talent;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/** The caller on one engagement: what it sees and for which side it acts (null for a reader). */
	private final class Reader {

		final Caller caller;
		final EngagementAccess access;
		final @Nullable Side side;
		final Set<UUID> ownPeople;
		private final Map<UUID, Optional<PersonCard>> people = new HashMap<>();

		Reader(Caller caller, EngagementAccess access) {
			this.caller = caller;
			this.access = access;
			this.side = sideOf(caller, access);
			this.ownPeople = talent.personOfUser(caller.userId()).map(p -> Set.of(p.id())).orElse(Set.of());
		}

		boolean seesInternal() {
			return access.audience() != Audience.CLIENT;
		}

		/** Whether the reader may only know this person of the engagement by its pseudonym. */
		boolean knowsOnlyPseudonym(EngagementAccess.StaffedPerson person) {
			return switch (access.audience()) {
				case PROVIDER -> false;
				case CLIENT -> person.hiddenFromClient();
				case FREELANCER -> person.hiddenFromClient() && !ownPeople.contains(person.personId());
			};
		}

		/** An actor's name as the reader may know it: the pseudonym for a hidden person of the engagement. */
		String label(@Nullable UUID userId, String stored) {
			if (userId == null || access.audience() == Audience.PROVIDER) {
				return stored;
			}
			return people.computeIfAbsent(userId, talent::personOfUser)
				.map(person -> access.people().get(person.id()))
				.filter(this::knowsOnlyPseudonym)
				.map(EngagementAccess.StaffedPerson::pseudonym)
				.orElse(stored);
		}

		@Nullable
		Assignee assignee(@Nullable UUID personId, Map<UUID, PersonCard> cards) {
			if (personId == null) {
				return null;
			}
			EngagementAccess.StaffedPerson staffed = access.people().get(personId);
			if (staffed != null && knowsOnlyPseudonym(staffed)) {
				return new WorkViews.PseudonymousAssignee(staffed.pseudonym());
			}
			PersonCard card = cards.get(personId);
			String name = card == null ? (staffed == null ? "?" : staffed.pseudonym()) : card.displayName();
			boolean providerSide = access.audience() != Audience.CLIENT;
			return new WorkViews.NamedAssignee(providerSide ? personId : null, name);
		}

		Actor actor() {
			return Actor.of(caller);
		}
	}

	static @Nullable Side sideOf(Caller caller, EngagementAccess access) {
		UUID client = access.clientOrgId();
		UUID provider = access.providerOrgId();
		if (caller.hasRole(client, Role.CLIENT_ADMIN) || caller.hasRole(client, Role.CLIENT_MEMBER)) {
			return Side.CLIENT;
		}
		if (caller.hasRole(provider, Role.PROVIDER_MANAGER) || caller.hasRole(provider, Role.PROVIDER_AGENT)
				|| caller.hasRole(provider, Role.FREELANCER) || access.audience() == Audience.FREELANCER) {
			return Side.PROVIDER;
		}
		return null;
	}

	// Reads

	@Transactional(readOnly = true)
	public WorkItemView get(Caller caller, UUID itemId) {
		Reader reader = readerOfItem(caller, itemId);
		return view(reader, store.find(itemId).orElseThrow(WorkItems::notFound));
	}

	/**
	 * Items of one engagement, shaped for the caller like on their own page, by id: for another module's list of
	 * them (the SLA page). Ids of other engagements are left out. @throws Problem 404 when the caller may not see
	 * the engagement
	 */
	@Transactional(readOnly = true)
	public Map<UUID, WorkItemView> views(Caller caller, UUID engagementId, Collection<UUID> itemIds) {
		Reader reader = new Reader(caller, engagements.access(caller, engagementId));
		Map<UUID, WorkItemView> views = new LinkedHashMap<>();
		views(reader, store.findAll(engagementId, itemIds)).forEach(view -> views.put(view.id(), view));
		return views;
	}

	@Transactional(readOnly = true)
	public List<CommentView> comments(Caller caller, UUID itemId) {
		Reader reader = readerOfItem(caller, itemId);
		return store.comments(itemId, reader.seesInternal())
			.stream()
			.map(c -> new CommentView(c.id(), reader.label(c.authorId(), c.authorLabel()), c.body(), c.visibility(),
					c.at()))
			.toList();
	}

	/** The timeline, oldest first; a client never receives the events of internal comments. */
	@Transactional(readOnly = true)
	public List<EventView> events(Caller caller, UUID itemId) {
		Reader reader = readerOfItem(caller, itemId);
		Map<UUID, PersonCard> cards = new HashMap<>();
		return store.events(itemId, reader.seesInternal())
			.stream()
			.map(e -> new EventView(e.sequence(), e.kind(), reader.label(e.actorId(), e.actorLabel()), e.at(),
					shapedData(reader, e.data(), cards)))
			.toList();
	}

	/** Assignees in a timeline's data are person ids; the reader gets them in the same shape as an item's assignee. */
	private Map<String, Object> shapedData(Reader reader, Map<String, Object> data, Map<UUID, PersonCard> cards) {
		if (!(data.get("assignee") instanceof Map<?, ?> change)) {
			return data;
		}
		Map<String, Object> shaped = new LinkedHashMap<>(data);
		Map<String, Object> assignee = new LinkedHashMap<>();
		for (String end : List.of("before", "after")) {
			Object id = change.get(end);
			if (id != null) {
				UUID person = UUID.fromString(id.toString());
				cards.computeIfAbsent(person, p -> talent.person(p).orElse(null));
				assignee.put(end, reader.assignee(person, cards));
			}
			else {
				assignee.put(end, null);
			}
		}
		shaped.put("assignee", assignee);
		return shaped;
	}

	@Transactional(readOnly = true)
	public List<WorkViews.WatcherView> watchers(Caller caller, UUID itemId) {
		Reader reader = readerOfItem(caller, itemId);
		return store.watchers(itemId)
			.stream()
			.map(w -> new WorkViews.WatcherView(reader.label(w.userId(), w.label()), w.userId().equals(caller.userId())))
			.toList();
	}

	/** Whether the caller acts for a side of the engagement and may so create items there. */
	@Transactional(readOnly = true)
	public Set<WorkItemType> creatableTypes(Caller caller, UUID engagementId) {
		Reader reader = new Reader(caller, engagements.access(caller, engagementId));
		if (reader.side == null || reader.access.status() != EngagementStatus.ACTIVE) {
			return Set.of();
		}
		return reader.side == Side.CLIENT || !reader.access.kind().hasMission() ? EnumSet.of(WorkItemType.TICKET)
				: EnumSet.allOf(WorkItemType.class);
	}

	/** The people an item may be assigned to, for the provider's side: those staffed on the engagement now. */
	@Transactional(readOnly = true)
	public List<PersonCard> assignable(Caller caller, UUID engagementId) {
		Reader reader = new Reader(caller, engagements.access(caller, engagementId));
		if (reader.side != Side.PROVIDER) {
			return List.of();
		}
		Set<UUID> staffed = reader.access.people().values().stream()
			.filter(EngagementAccess.StaffedPerson::staffed)
			.map(EngagementAccess.StaffedPerson::personId)
			.collect(Collectors.toSet());
		return talent.people(staffed);
	}

	/**
	 * People of the engagement as the caller may know them, in the shape of an item's assignee (a hidden person by
	 * its pseudonym): for another module's figures by person (governance's dependency risk). @throws Problem 404 when
	 * the caller may not see the engagement
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Assignee> people(Caller caller, UUID engagementId, Collection<UUID> personIds) {
		Reader reader = new Reader(caller, engagements.access(caller, engagementId));
		Map<UUID, PersonCard> cards = talent.people(Set.copyOf(personIds))
			.stream()
			.collect(Collectors.toMap(PersonCard::id, Function.identity()));
		Map<UUID, Assignee> people = new LinkedHashMap<>();
		personIds.forEach(person -> people.put(person, Objects.requireNonNull(reader.assignee(person, cards))));
		return people;
	}

	/**
	 * Labels another module stored for users who acted on the engagement (by user id), as the caller may read them:
	 * a hidden person's pseudonym instead of its login, like the actors of a timeline. @throws Problem 404 when the
	 * caller may not see the engagement
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> actorLabels(Caller caller, UUID engagementId, Map<UUID, String> stored) {
		Reader reader = new Reader(caller, engagements.access(caller, engagementId));
		Map<UUID, String> labels = new LinkedHashMap<>();
		stored.forEach((user, label) -> labels.put(user, reader.label(user, label)));
		return labels;
	}

	// Writes

	public WorkItemView create(Caller caller, UUID engagementId, WorkItemRequest request) {
		Reader reader = new Reader(caller, engagements.access(caller, engagementId));
		Side side = writer(reader);
		if (reader.access.status() != EngagementStatus.ACTIVE) {
			throw Problem.conflict("engagement-not-active",
					"Work items are created on an active engagement; this one is " + reader.access.status());
		}
		WorkItemValidation.Valid valid = WorkItemValidation.check(request, null, reader.access.kind());
		if (side == Side.CLIENT && valid.type() != WorkItemType.TICKET) {
			throw Problem.forbidden("The client's users open tickets; tasks and deliverables are the provider's");
		}
		Instant now = clock.instant();
		Priority priority = priority(engagementId, valid.impact(), valid.urgency());
		WorkItem item = new WorkItem(UUID.randomUUID(), engagementId, store.nextNumber(engagementId), valid.type(),
				valid.ticketType(), valid.impact(), valid.urgency(), priority, valid.category(), valid.title(),
				valid.description(), WorkStatus.NEW, null, caller.userId(), caller.email(), valid.dueDate(),
				valid.acceptanceCriteria(), 0, now, now, 0);
		store.insert(item);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("type", item.type());
		data.put("status", change(null, WorkStatus.NEW));
		data.put("priority", change(null, priority));
		if (item.ticketType() != null) {
			data.put("ticketType", item.ticketType());
		}
		record(reader, item, "CREATED", false, data, now);
		store.watch(item.id(), caller.userId(), caller.email(), now);
		events.publishEvent(new WorkEvents.WorkItemCreated(reader.actor(), item.id(), engagementId,
				reader.access.clientOrgId(), now, item.type(), priority, item.status()));
		return view(reader, store.find(item.id()).orElseThrow());
	}

	/** Replaces title, description, category, ticket type, impact, urgency, due date and acceptance criteria. */
	public WorkItemView update(Caller caller, UUID itemId, long expectedVersion, WorkItemRequest request) {
		Reader reader = readerOfItem(caller, itemId);
		Side side = writer(reader);
		WorkItem current = current(itemId, null);
		if (side == Side.CLIENT && current.type() != WorkItemType.TICKET) {
			throw Problem.forbidden("The client's users edit tickets only");
		}
		if (current.version() != expectedVersion) {
			throw Problem.staleVersion();
		}
		notClosed(reader);
		WorkItemValidation.Valid valid = WorkItemValidation.check(request, current.type(), reader.access.kind());
		Instant now = clock.instant();
		Priority priority = priority(current.engagementId(), valid.impact(), valid.urgency());
		WorkItem changed = new WorkItem(current.id(), current.engagementId(), current.number(), current.type(),
				valid.ticketType(), valid.impact(), valid.urgency(), priority, valid.category(), valid.title(),
				valid.description(), current.status(), current.assigneePersonId(), current.requesterUserId(),
				current.requesterLabel(), valid.dueDate(), valid.acceptanceCriteria(), current.submissions(),
				current.createdAt(), now, current.version());
		save(changed, expectedVersion);
		List<String> fields = WorkItemValidation.changes(current, changed);
		if (!fields.isEmpty()) {
			record(reader, changed, "UPDATED", false, Map.of("changed", fields), now);
			events.publishEvent(new WorkEvents.WorkItemChanged(reader.actor(), itemId, current.engagementId(),
					reader.access.clientOrgId(), now, fields));
		}
		if (priority != current.priority()) {
			record(reader, changed, "PRIORITY_CHANGED", false, Map.of("priority", change(current.priority(), priority)),
					now);
			events.publishEvent(new WorkEvents.WorkItemPriorityChanged(reader.actor(), itemId, current.engagementId(),
					reader.access.clientOrgId(), now, current.priority(), priority));
		}
		return view(reader, store.find(itemId).orElseThrow());
	}

	/** A plain move along the workflow; 409 illegal-transition lists what the caller may do instead. */
	public WorkItemView transition(Caller caller, UUID itemId, @Nullable Long expectedVersion,
			WorkRequests.Transition request) {
		Reader reader = readerOfItem(caller, itemId);
		Side side = writer(reader);
		WorkItem current = current(itemId, expectedVersion);
		notClosed(reader);
		List<Problem.FieldError> errors = new ArrayList<>();
		WorkStatus target = WorkItemValidation.enumOf(WorkStatus.class, "status", request.status(), true, errors);
		String reason = WorkItemValidation.text("reason", request.reason(), REASON_MAX, false, errors);
		WorkItemValidation.throwIfAny(errors, "The transition has invalid fields");
		if (!Workflow.allows(current.type(), current.status(), Objects.requireNonNull(target), side)) {
			throw new IllegalTransition(current.status(), target, Workflow.next(current.type(), current.status(), side));
		}
		return move(reader, current, target, reason, "STATUS_CHANGED", Map.of());
	}

	public WorkItemView assign(Caller caller, UUID itemId, @Nullable Long expectedVersion,
			WorkRequests.Assignee request) {
		Reader reader = readerOfItem(caller, itemId);
		if (writer(reader) != Side.PROVIDER) {
			throw Problem.forbidden("The provider's side assigns work");
		}
		WorkItem current = current(itemId, expectedVersion);
		notClosed(reader);
		UUID person = request.personId();
		if (person != null && reader.access.staffed(person).isEmpty()) {
			throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "not-staffed",
					"Assign the item to a person staffed on the engagement");
		}
		if (Objects.equals(person, current.assigneePersonId())) {
			return view(reader, current);
		}
		Instant now = clock.instant();
		WorkItem changed = with(current, current.status(), person, current.submissions(), now);
		save(changed, current.version());
		Map<String, Object> assignee = new LinkedHashMap<>();
		assignee.put("before", current.assigneePersonId());
		assignee.put("after", person);
		record(reader, changed, "ASSIGNED", false, Map.of("assignee", assignee), now);
		events.publishEvent(new WorkEvents.WorkItemAssigned(reader.actor(), itemId, current.engagementId(),
				reader.access.clientOrgId(), now, current.assigneePersonId(), person));
		return view(reader, store.find(itemId).orElseThrow());
	}

	/** The provider hands a deliverable in for review: RESOLVED, one submission more. */
	public WorkItemView submit(Caller caller, UUID itemId, @Nullable Long expectedVersion,
			WorkRequests.@Nullable Note note) {
		Reader reader = readerOfItem(caller, itemId);
		if (writer(reader) != Side.PROVIDER) {
			throw Problem.forbidden("The provider submits deliverables");
		}
		WorkItem current = deliverable(reader, itemId, expectedVersion);
		if (!Workflow.maySubmit(current.status())) {
			throw new IllegalTransition(current.status(), WorkStatus.RESOLVED,
					Workflow.next(current.type(), current.status(), Side.PROVIDER));
		}
		String text = noteOf(note);
		int submission = current.submissions() + 1;
		WorkItemView view = move(reader, current, WorkStatus.RESOLVED, null, "SUBMITTED",
				withNote(Map.of("submission", submission), text));
		events.publishEvent(new WorkEvents.DeliverableSubmitted(reader.actor(), itemId, current.engagementId(),
				reader.access.clientOrgId(), view.updatedAt(), submission));
		return view;
	}

	/** The client accepts the submitted deliverable: CLOSED. */
	public WorkItemView accept(Caller caller, UUID itemId, @Nullable Long expectedVersion,
			WorkRequests.@Nullable Note note) {
		Reader reader = readerOfItem(caller, itemId);
		if (writer(reader) != Side.CLIENT) {
			throw Problem.forbidden("The client accepts deliverables");
		}
		WorkItem current = underReview(reader, itemId, expectedVersion, WorkStatus.CLOSED);
		String text = noteOf(note);
		WorkItemView view = move(reader, current, WorkStatus.CLOSED, null, "ACCEPTED", withNote(
				Map.of("submission", current.submissions(), "firstTimeRight", current.submissions() == 1), text));
		events.publishEvent(new WorkEvents.DeliverableAccepted(reader.actor(), itemId, current.engagementId(),
				reader.access.clientOrgId(), view.updatedAt(), current.submissions()));
		return view;
	}

	/** The client sends the submitted deliverable back to rework, saying why: IN_PROGRESS. */
	public WorkItemView reject(Caller caller, UUID itemId, @Nullable Long expectedVersion,
			WorkRequests.Rejection request) {
		Reader reader = readerOfItem(caller, itemId);
		if (writer(reader) != Side.CLIENT) {
			throw Problem.forbidden("The client rejects deliverables");
		}
		WorkItem current = underReview(reader, itemId, expectedVersion, WorkStatus.IN_PROGRESS);
		List<Problem.FieldError> errors = new ArrayList<>();
		String reason = WorkItemValidation.text("reason", request.reason(), REASON_MAX, true, errors);
		WorkItemValidation.throwIfAny(errors, "The rejection has invalid fields");
		WorkItemView view = move(reader, current, WorkStatus.IN_PROGRESS, reason, "REJECTED",
				Map.of("submission", current.submissions()));
		events.publishEvent(new WorkEvents.DeliverableRejected(reader.actor(), itemId, current.engagementId(),
				reader.access.clientOrgId(), view.updatedAt(), current.submissions()));
		return view;
	}

	/**
	 * A comment. The client's are always client-visible; the provider's side chooses. A client's comment on an
	 * item waiting on the client hands it back to the provider (IN_PROGRESS), which resumes the provider's clocks.
	 */
	public CommentView comment(Caller caller, UUID itemId, @Nullable Long expectedVersion,
			WorkRequests.Comment request) {
		Reader reader = readerOfItem(caller, itemId);
		Side side = writer(reader);
		WorkItem current = current(itemId, expectedVersion);
		notClosed(reader);
		List<Problem.FieldError> errors = new ArrayList<>();
		String body = WorkItemValidation.text("body", request.body(), TEXT_MAX, true, errors);
		Visibility visibility = WorkItemValidation.enumOf(Visibility.class, "visibility", request.visibility(), false,
				errors);
		WorkItemValidation.throwIfAny(errors, "The comment has invalid fields");
		if (visibility == null) {
			visibility = Visibility.CLIENT;
		}
		if (side == Side.CLIENT && visibility == Visibility.INTERNAL) {
			throw Problem.forbidden("Internal comments are the provider's side's");
		}
		Instant now = clock.instant();
		WorkStore.Comment comment = new WorkStore.Comment(UUID.randomUUID(), itemId, caller.userId(), caller.email(),
				Objects.requireNonNull(body), visibility, now);
		store.insertComment(comment);
		boolean internal = visibility == Visibility.INTERNAL;
		WorkItem touched = with(current, current.status(), current.assigneePersonId(), current.submissions(), now);
		save(touched, current.version());
		record(reader, touched, "COMMENTED", internal,
				Map.of("commentId", comment.id(), "visibility", visibility, "side", side), now);
		events.publishEvent(new WorkEvents.CommentAdded(reader.actor(), itemId, current.engagementId(),
				reader.access.clientOrgId(), now, comment.id(), visibility, side));
		if (side == Side.CLIENT && current.status() == WorkStatus.WAITING_ON_CLIENT) {
			move(reader, store.find(itemId).orElseThrow(), WorkStatus.IN_PROGRESS, "client replied",
					"STATUS_CHANGED", Map.of());
		}
		return new CommentView(comment.id(), reader.label(caller.userId(), caller.email()), comment.body(),
				visibility, now);
	}

	/** The caller watches the item (anyone who sees it may). */
	public void watch(Caller caller, UUID itemId) {
		readerOfItem(caller, itemId);
		store.lock(itemId);
		store.watch(itemId, caller.userId(), caller.email(), clock.instant());
	}

	public void unwatch(Caller caller, UUID itemId) {
		readerOfItem(caller, itemId);
		store.unwatch(itemId, caller.userId());
	}

	// For modules that tell people about an item

	/**
	 * What a module needs to tell people about an item (the SLA deadlines' notices): its number, title and priority,
	 * and the login behind its assignee (null when nobody, or a person without a login, is assigned). Not scoped,
	 * like the identity module's contacts: the caller checks each recipient before telling it anything, and this
	 * never answers a request.
	 */
	public record NoticeSubject(UUID id, UUID engagementId, int number, String title, Priority priority,
			@Nullable UUID assigneeUserId) {
	}

	/** The item as {@link NoticeSubject}; empty for an unknown id, where {@link #get} would answer 404. */
	@Transactional(readOnly = true)
	public Optional<NoticeSubject> noticeSubject(UUID itemId) {
		return store.find(itemId)
			.map(item -> new NoticeSubject(item.id(), item.engagementId(), item.number(), item.title(), item.priority(),
					item.assigneePersonId() == null ? null
							: talent.person(item.assigneePersonId()).map(PersonCard::userId).orElse(null)));
	}

	// For the module's other services (attachments, satisfaction)

	/** The caller on an item's engagement (404 when hidden, like an unknown id), as the other services need it. */
	Scope scope(Caller caller, UUID itemId) {
		return new Scope(readerOfItem(caller, itemId));
	}

	/** What a caller sees of an item's engagement and for which side it acts. */
	final class Scope {

		private final Reader reader;

		private Scope(Reader reader) {
			this.reader = reader;
		}

		EngagementAccess access() {
			return reader.access;
		}

		/** The side the caller acts for, null for a reader. */
		@Nullable
		Side side() {
			return reader.side;
		}

		/** The side the caller acts for; 403 for a reader (auditors, the platform administrator). */
		Side writer() {
			return WorkItems.writer(reader);
		}

		boolean seesInternal() {
			return reader.seesInternal();
		}

		/** A person's name as the caller may know it: the pseudonym for a hidden person of the engagement. */
		String label(@Nullable UUID userId, String stored) {
			return reader.label(userId, stored);
		}

		/** 409 on a closed engagement. */
		void notClosed() {
			WorkItems.notClosed(reader);
		}
	}

	/** The item locked for a change; 412 when an If-Match was sent and no longer matches. */
	WorkItem locked(UUID itemId, @Nullable Long expectedVersion) {
		return current(itemId, expectedVersion);
	}

	/**
	 * A change of the locked item that is not one of its fields (an attachment, a rating): its timeline event, in
	 * the item's sequence, and a new version and update instant. Returns the instant.
	 */
	Instant touch(WorkItem current, UUID actorId, String actorLabel, String kind, boolean internal,
			Map<String, Object> data) {
		Instant now = clock.instant();
		save(with(current, current.status(), current.assigneePersonId(), current.submissions(), now), current.version());
		store.appendEvent(current.id(), kind, actorId, actorLabel, now, internal, data);
		return now;
	}

	// Priority matrix

	@Transactional(readOnly = true)
	public WorkViews.MatrixView matrix(Caller caller, UUID engagementId) {
		engagements.access(caller, engagementId);
		return matrixView(engagementId);
	}

	/** Replaces the engagement's matrix (the provider's managers, the client's administrators); existing items keep their priority. */
	public WorkViews.MatrixView replaceMatrix(Caller caller, UUID engagementId, long expectedVersion,
			WorkRequests.Matrix request) {
		EngagementAccess access = engagements.access(caller, engagementId);
		if (!caller.hasRole(access.clientOrgId(), Role.CLIENT_ADMIN)
				&& !caller.hasRole(access.providerOrgId(), Role.PROVIDER_MANAGER)
				&& !caller.hasRole(access.providerOrgId(), Role.FREELANCER)) {
			throw Problem.forbidden("The client's administrators and the provider's managers set the priority matrix");
		}
		if (store.matrixVersion(engagementId) != expectedVersion) {
			throw Problem.staleVersion();
		}
		if (access.status() == EngagementStatus.CLOSED) {
			throw Problem.conflict("engagement-closed", "A closed engagement no longer changes");
		}
		List<WorkViews.MatrixCell> cells = WorkItemValidation.matrix(request);
		store.replaceMatrix(engagementId, cells, expectedVersion + 1);
		return matrixView(engagementId);
	}

	private WorkViews.MatrixView matrixView(UUID engagementId) {
		Optional<Map<Level, Map<Level, Priority>>> custom = store.matrix(engagementId);
		List<WorkViews.MatrixCell> cells = new ArrayList<>();
		for (Level impact : Level.values()) {
			for (Level urgency : Level.values()) {
				cells.add(new WorkViews.MatrixCell(impact, urgency, custom.map(m -> m.get(impact).get(urgency))
					.orElseGet(() -> Workflow.defaultPriority(impact, urgency))));
			}
		}
		return new WorkViews.MatrixView(engagementId, custom.isPresent(), cells, store.matrixVersion(engagementId));
	}

	Priority priority(UUID engagementId, Level impact, Level urgency) {
		return store.matrix(engagementId)
			.map(m -> m.get(impact).get(urgency))
			.orElseGet(() -> Workflow.defaultPriority(impact, urgency));
	}

	// Helpers

	private Reader readerOfItem(Caller caller, UUID itemId) {
		UUID engagementId = store.engagementOf(itemId).orElseThrow(WorkItems::notFound);
		try {
			return new Reader(caller, engagements.access(caller, engagementId));
		}
		catch (Problem hidden) {
			if (hidden.status() == HttpStatus.NOT_FOUND) {
				throw notFound();
			}
			throw hidden;
		}
	}

	private static Problem notFound() {
		return Problem.notFound("Work item");
	}

	private static Side writer(Reader reader) {
		if (reader.side == null) {
			throw Problem.forbidden("Auditors and the platform administrator read work items; they do not change them");
		}
		return reader.side;
	}

	private static void notClosed(Reader reader) {
		if (reader.access.status() == EngagementStatus.CLOSED) {
			throw Problem.conflict("engagement-closed", "A closed engagement no longer changes");
		}
	}

	/** The item locked for a change; 412 when an If-Match was sent and no longer matches. */
	private WorkItem current(UUID itemId, @Nullable Long expectedVersion) {
		WorkItem current = store.lock(itemId).orElseThrow(WorkItems::notFound);
		if (expectedVersion != null && current.version() != expectedVersion) {
			throw Problem.staleVersion();
		}
		return current;
	}

	private WorkItem deliverable(Reader reader, UUID itemId, @Nullable Long expectedVersion) {
		WorkItem current = current(itemId, expectedVersion);
		notClosed(reader);
		if (current.type() != WorkItemType.DELIVERABLE) {
			throw Problem.conflict("not-a-deliverable", "Only deliverables are submitted, accepted or rejected");
		}
		return current;
	}

	private static @Nullable String noteOf(WorkRequests.@Nullable Note note) {
		List<Problem.FieldError> errors = new ArrayList<>();
		String text = WorkItemValidation.text("note", note == null ? null : note.note(), REASON_MAX, false, errors);
		WorkItemValidation.throwIfAny(errors, "The note is invalid");
		return text;
	}

	private static Map<String, Object> withNote(Map<String, Object> data, @Nullable String note) {
		if (note == null) {
			return data;
		}
		Map<String, Object> noted = new LinkedHashMap<>(data);
		noted.put("note", note);
		return noted;
	}

	private WorkItem underReview(Reader reader, UUID itemId, @Nullable Long expectedVersion, WorkStatus target) {
		WorkItem current = deliverable(reader, itemId, expectedVersion);
		if (current.status() != WorkStatus.RESOLVED) {
			throw new IllegalTransition(current.status(), target,
					Workflow.next(current.type(), current.status(), Side.CLIENT));
		}
		return current;
	}

	private WorkItemView move(Reader reader, WorkItem current, WorkStatus target, @Nullable String reason, String kind,
			Map<String, Object> extra) {
		Instant now = clock.instant();
		int submissions = kind.equals("SUBMITTED") ? current.submissions() + 1 : current.submissions();
		WorkItem changed = with(current, target, current.assigneePersonId(), submissions, now);
		save(changed, current.version());
		Map<String, Object> data = new LinkedHashMap<>(extra);
		data.put("status", change(current.status(), target));
		data.put("turn", change(current.status().turn(), target.turn()));
		if (reason != null) {
			data.put("reason", reason);
		}
		record(reader, changed, kind, false, data, now);
		events.publishEvent(new WorkEvents.WorkItemStatusChanged(reader.actor(), current.id(), current.engagementId(),
				reader.access.clientOrgId(), now, current.status(), target, reason));
		return view(reader, store.find(current.id()).orElseThrow());
	}

	private static WorkItem with(WorkItem item, WorkStatus status, @Nullable UUID assignee, int submissions,
			Instant now) {
		return new WorkItem(item.id(), item.engagementId(), item.number(), item.type(), item.ticketType(),
				item.impact(), item.urgency(), item.priority(), item.category(), item.title(), item.description(), status,
				assignee, item.requesterUserId(), item.requesterLabel(), item.dueDate(), item.acceptanceCriteria(),
				submissions, item.createdAt(), now, item.version());
	}

	private void save(WorkItem item, long expectedVersion) {
		if (!store.update(item, expectedVersion)) {
			throw Problem.staleVersion();
		}
	}

	private void record(Reader reader, WorkItem item, String kind, boolean internal, Map<String, Object> data,
			Instant at) {
		store.appendEvent(item.id(), kind, reader.caller.userId(), reader.caller.email(), at, internal, data);
	}

	static Map<String, Object> change(@Nullable Object before, Object after) {
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("before", before);
		change.put("after", after);
		return change;
	}

	/** Items of one engagement the caller sees through {@code access}, shaped for it; for the lists of this module. */
	List<WorkItemView> views(Caller caller, EngagementAccess access, List<WorkItem> items) {
		return views(new Reader(caller, access), items);
	}

	private List<WorkItemView> views(Reader reader, List<WorkItem> items) {
		Map<UUID, PersonCard> cards = talent
			.people(items.stream().map(WorkItem::assigneePersonId).filter(Objects::nonNull).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(PersonCard::id, Function.identity()));
		Map<UUID, Long> counts = store.commentCounts(items.stream().map(WorkItem::id).toList(), reader.seesInternal());
		return items.stream().map(item -> view(reader, item, cards, counts.getOrDefault(item.id(), 0L))).toList();
	}

	private WorkItemView view(Reader reader, WorkItem item) {
		return views(reader, List.of(item)).get(0);
	}

	private WorkItemView view(Reader reader, WorkItem item, Map<UUID, PersonCard> cards, long comments) {
		Set<WorkStatus> allowed = reader.side == null || reader.access.status() == EngagementStatus.CLOSED ? Set.of()
				: Workflow.next(item.type(), item.status(), reader.side);
		return new WorkItemView(item.id(), item.engagementId(), "#" + item.number(), item.number(), item.type(),
				item.ticketType(), item.impact(), item.urgency(), item.priority(), item.category(), item.title(),
				item.description(), item.status(), item.status().turn(), reader.assignee(item.assigneePersonId(), cards),
				reader.label(item.requesterUserId(), item.requesterLabel()), item.dueDate(), item.acceptanceCriteria(),
				item.submissions(), comments, item.createdAt(), item.updatedAt(), item.version(), allowed,
				actions(reader, item));
	}

	private static Set<String> actions(Reader reader, WorkItem item) {
		Set<String> actions = new LinkedHashSet<>();
		if (reader.side == null || reader.access.status() == EngagementStatus.CLOSED) {
			return actions;
		}
		boolean deliverable = item.type() == WorkItemType.DELIVERABLE;
		actions.add("COMMENT");
		if (reader.side == Side.PROVIDER) {
			actions.add("COMMENT_INTERNAL");
			actions.add("ASSIGN");
			actions.add("EDIT");
			if (deliverable && Workflow.maySubmit(item.status())) {
				actions.add("SUBMIT");
			}
		}
		else {
			if (item.type() == WorkItemType.TICKET) {
				actions.add("EDIT");
			}
			if (deliverable && item.status() == WorkStatus.RESOLVED) {
				actions.add("ACCEPT");
				actions.add("REJECT");
			}
		}
		return actions;
	}

	/** 409 for a move the item's status (or the caller's side) does not allow; the body lists what it allows. */
	static final class IllegalTransition extends Problem {

		private final WorkStatus from;
		private final WorkStatus to;
		private final Set<WorkStatus> allowed;

		IllegalTransition(WorkStatus from, WorkStatus to, Set<WorkStatus> allowed) {
			super(HttpStatus.CONFLICT, "illegal-transition",
					"A work item cannot move from " + from + " to " + to + " for you; allowed: " + allowed);
			this.from = from;
			this.to = to;
			this.allowed = allowed;
		}

		@Override
		public Map<String, Object> properties() {
			return Map.of("from", from, "to", to, "allowed", List.copyOf(allowed));
		}
	}
}
