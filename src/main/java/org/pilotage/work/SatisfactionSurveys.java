package org.pilotage.work;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.Actor;
import org.pilotage.identity.Caller;
import org.pilotage.shared.FileType;
import org.pilotage.shared.Problem;
import org.pilotage.work.WorkEvents.DeliverableAccepted;
import org.pilotage.work.WorkEvents.WorkItemEvent;
import org.pilotage.work.WorkEvents.WorkItemStatusChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Satisfaction (CSAT): when a ticket is resolved or a deliverable accepted, its requester is asked for a rating
 * from 1 to 5 and an optional comment, in the application (the item page, the bell) and by e-mail with a one-time
 * link that needs no login. The link's token is 256 random bits, stored only as its SHA-256, valid
 * {@code pilotage.work.satisfaction-validity} (30 days); the survey takes one answer, and a later resolution of
 * the same item opens a new survey that replaces an unanswered one. Nobody is asked about a resolution they made
 * themselves. Each answer is a RATED event on the item's timeline and a {@link WorkEvents.SatisfactionRated}.
 */
@Service
@Transactional
public class SatisfactionSurveys {

	static final int COMMENT_MAX = 2_000;

	static final String LINK = "LINK";

	static final String APP = "APP";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** What a reader of the item sees of its latest survey: NONE, OPEN, ANSWERED or CLOSED (expired or replaced). */
	public record SatisfactionView(String status, @Nullable Integer rating, @Nullable String comment,
			@Nullable Instant answeredAt, @Nullable Instant expiresAt, boolean mayRate) {
	}

	/** What the public link shows: the item's key and title, nothing else of it. */
	public record PublicSurvey(String item, String title, String status, @Nullable Integer rating,
			Instant expiresAt) {
	}

	/** An answer: {@code {"rating": 1..5, "comment": "…"}}. */
	public record Rating(@Nullable Integer rating, @Nullable String comment) {
	}

	private final WorkItems items;
	private final WorkStore work;
	private final SatisfactionStore store;
	private final WorkNotices notices;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Duration validity;
	private final String publicUrl;

	SatisfactionSurveys(WorkItems items, WorkStore work, SatisfactionStore store, WorkNotices notices,
			ApplicationEventPublisher events, Clock clock,
			@Value("${pilotage.work.satisfaction-validity:30d}") Duration validity,
			@Value("${pilotage.public-url:}") String publicUrl) {
		this.items = items;
		this.work = work;
		this.store = store;
		this.notices = notices;
		this.events = events;
		this.clock = clock;
		this.validity = validity;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	// Opening a survey, in the transaction of the resolution

	/** A resolved ticket: its requester is asked, unless it resolved the ticket itself. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(WorkItemStatusChanged event) {
		if (event.to() == WorkStatus.RESOLVED) {
			work.find(event.itemId())
				.filter(item -> item.type() == WorkItemType.TICKET && !item.requesterUserId().equals(event.actorId()))
				.ifPresent(item -> open(event, item, event.organizationId(), item.requesterUserId(),
						item.requesterLabel()));
		}
	}

	/**
	 * An accepted deliverable: the provider's side created it, so the client's user who accepted it is the one
	 * asked, as the requester of the work.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(DeliverableAccepted event) {
		UUID acceptor = event.actorId();
		if (acceptor != null) {
			work.find(event.itemId())
				.ifPresent(item -> open(event, item, event.organizationId(), acceptor, event.actorLabel()));
		}
	}

	private void open(WorkItemEvent event, WorkItem item, UUID organizationId, UUID respondent, String label) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		UUID id = UUID.randomUUID();
		store.open(new SatisfactionStore.Survey(id, item.id(), item.engagementId(), organizationId, respondent, label,
				hash(token), event.at(), event.at().plus(validity), null, null, null, null, null));
		WorkEvents.SatisfactionAsked asked = new WorkEvents.SatisfactionAsked(Actor.SYSTEM, item.id(),
				item.engagementId(), organizationId, event.at(), id, respondent);
		notices.send(asked, respondent, "satisfaction", publicUrl + "/satisfaction/" + token, false);
		events.publishEvent(asked);
	}

	// In the application

	@Transactional(readOnly = true)
	public SatisfactionView view(Caller caller, UUID itemId) {
		items.scope(caller, itemId);
		Instant now = clock.instant();
		return store.latest(itemId).map(survey -> new SatisfactionView(status(survey, now), survey.rating(),
				survey.comment(), survey.answeredAt(), survey.expiresAt(),
				survey.openAt(now) && survey.requesterUserId().equals(caller.userId())))
			.orElse(new SatisfactionView("NONE", null, null, null, null, false));
	}

	/**
	 * The requester answers the item's open survey. 404 hidden, 403 anyone but the requester, 412 stale If-Match,
	 * 409 {@code no-open-survey} or {@code already-answered}, 400 a rating outside 1–5 or a comment too long.
	 */
	public SatisfactionView rate(Caller caller, UUID itemId, @Nullable Long expectedVersion, Rating rating) {
		items.scope(caller, itemId);
		Optional<SatisfactionStore.Survey> latest = store.latest(itemId);
		UUID respondent = latest.map(SatisfactionStore.Survey::requesterUserId)
			.or(() -> work.find(itemId).map(WorkItem::requesterUserId))
			.orElseThrow(() -> Problem.notFound("Work item"));
		if (!respondent.equals(caller.userId())) {
			throw Problem.forbidden("The requester rates the resolution");
		}
		WorkItem current = items.locked(itemId, expectedVersion);
		SatisfactionStore.Survey survey = latest
			.orElseThrow(() -> Problem.conflict("no-open-survey", "This item has no satisfaction survey to answer"));
		answerable(survey, "no-open-survey");
		record(survey, current, rating, Actor.of(caller), APP);
		return view(caller, itemId);
	}

	// Through the one-time link, without login

	@Transactional(readOnly = true)
	public PublicSurvey publicView(String token) {
		SatisfactionStore.Survey survey = byToken(token);
		if (!survey.answered() && !survey.openAt(clock.instant())) {
			throw closed();
		}
		return publicSurvey(survey);
	}

	/** Answers through the link: 404 unknown, 409 already answered, 410 expired or replaced, 400 bad rating. */
	public PublicSurvey answer(String token, Rating rating) {
		SatisfactionStore.Survey survey = byToken(token);
		answerable(survey, null);
		WorkItem current = items.locked(survey.itemId(), null);
		record(survey, current, rating, new Actor(survey.requesterUserId(), survey.requesterLabel()), LINK);
		return publicSurvey(store.byTokenHash(survey.tokenHash()).orElseThrow());
	}

	private void record(SatisfactionStore.Survey survey, WorkItem current, Rating request, Actor actor, String via) {
		List<Problem.FieldError> errors = new ArrayList<>();
		Integer rating = request.rating();
		if (rating == null) {
			errors.add(new Problem.FieldError("rating", "required", "give a rating from 1 to 5"));
		}
		else if (rating < 1 || rating > 5) {
			errors.add(new Problem.FieldError("rating", "range", "must be from 1 to 5"));
		}
		String comment = WorkItemValidation.text("comment", request.comment(), COMMENT_MAX, false, errors);
		WorkItemValidation.throwIfAny(errors, "The rating has invalid fields");
		int stars = java.util.Objects.requireNonNull(rating);
		Instant at = items.touch(current, survey.requesterUserId(), survey.requesterLabel(), "RATED", false,
				Map.of("surveyId", survey.id(), "rating", stars, "via", via));
		if (!store.answer(survey.id(), stars, comment, via, at)) {
			throw alreadyAnswered();
		}
		events.publishEvent(new WorkEvents.SatisfactionRated(actor, current.id(), survey.engagementId(),
				survey.organizationId(), at, survey.id(), stars));
	}

	/** 409 when answered, else the given conflict (in-app) or 410 (the link) when closed. */
	private void answerable(SatisfactionStore.Survey survey, @Nullable String closedConflict) {
		if (survey.answered()) {
			throw alreadyAnswered();
		}
		if (!survey.openAt(clock.instant())) {
			throw closedConflict == null ? closed()
					: Problem.conflict(closedConflict, "The satisfaction survey of this item is closed");
		}
	}

	private SatisfactionStore.Survey byToken(String token) {
		Optional<SatisfactionStore.Survey> survey = token.matches("[A-Za-z0-9_-]{43}")
				? store.byTokenHash(hash(token)) : Optional.empty();
		return survey.orElseThrow(() -> Problem.notFound("Survey"));
	}

	private PublicSurvey publicSurvey(SatisfactionStore.Survey survey) {
		WorkItem item = work.find(survey.itemId()).orElseThrow(() -> Problem.notFound("Survey"));
		return new PublicSurvey("#" + item.number(), item.title(), status(survey, clock.instant()), survey.rating(),
				survey.expiresAt());
	}

	private static String status(SatisfactionStore.Survey survey, Instant now) {
		return survey.answered() ? "ANSWERED" : survey.openAt(now) ? "OPEN" : "CLOSED";
	}

	private static String hash(String token) {
		return FileType.sha256(token.getBytes(StandardCharsets.US_ASCII));
	}

	private static Problem alreadyAnswered() {
		return Problem.conflict("already-answered", "This satisfaction survey has already been answered");
	}

	private static Problem closed() {
		return new Problem(HttpStatus.GONE, "survey-closed",
				"This satisfaction survey has expired or was replaced by a later one");
	}
}
