package org.pilotage.governance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.Audience;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.EngagementStatus;
import org.pilotage.engagement.Engagements;
import org.pilotage.governance.KnowledgeViews.ArticleSummary;
import org.pilotage.governance.KnowledgeViews.ArticleView;
import org.pilotage.governance.KnowledgeViews.LinkView;
import org.pilotage.governance.KnowledgeViews.VersionSummary;
import org.pilotage.governance.KnowledgeViews.VersionView;
import org.pilotage.identity.Actor;
import org.pilotage.identity.Caller;
import org.pilotage.identity.Role;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Paging;
import org.pilotage.shared.Problem;
import org.pilotage.work.WorkItems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge base of each engagement: articles and runbooks, each edit a new version, searchable, linked from work
 * items. Everyone who sees the engagement reads it (a staffed freelancer too: a runbook is for whoever does the
 * work); the provider's side writes it (its managers and agents, the freelancer that is the provider, a freelancer
 * staffed on the engagement) and so do the client's administrators, who hold what the client knows of its own
 * systems. Auditors, the client's members and the platform's administrators read. Checks run 404 (the engagement,
 * the article or the item hidden or unknown, alike), 403, 412 (a stale version), 409 (a closed engagement), 400
 * (every bad field at once).
 */
@Service
@Transactional
class KnowledgeBase {

	static final int TITLE_MAX = 200;
	static final int BODY_MAX = 50_000;
	static final int TAG_MAX = 40;
	static final int TAGS_MAX = 20;
	static final int QUERY_MAX = 200;
	static final int EXCERPT = 200;

	/** How many articles an item page offers to link, by title. */
	static final int CHOICES = 500;

	/** A tag: a letter or digit, then letters, digits, dots, hyphens and underscores. */
	private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

	/** A list's parameters as sent, checked together. */
	record SearchRequest(@Nullable String q, @Nullable String kind, @Nullable String tag, @Nullable Integer page,
			@Nullable Integer size) {
	}

	/** A link as the API answers it: the link, and whether this request made it (or it existed). */
	record Linked(LinkView link, boolean created) {
	}

	private final KnowledgeStore store;
	private final Engagements engagements;
	private final WorkItems items;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	KnowledgeBase(KnowledgeStore store, Engagements engagements, WorkItems items, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.engagements = engagements;
		this.items = items;
		this.events = events;
		this.clock = clock;
	}

	/** Who writes the knowledge base of an engagement (see the class). */
	static boolean mayWrite(Caller caller, EngagementAccess access) {
		UUID provider = access.providerOrgId();
		return caller.hasRole(provider, Role.PROVIDER_MANAGER) || caller.hasRole(provider, Role.PROVIDER_AGENT)
				|| caller.hasRole(provider, Role.FREELANCER) || access.audience() == Audience.FREELANCER
				|| caller.hasRole(access.clientOrgId(), Role.CLIENT_ADMIN);
	}

	/** Whether the caller may write the engagement's knowledge base now (not once the engagement is closed). */
	@Transactional(readOnly = true)
	boolean mayWriteNow(Caller caller, UUID engagementId) {
		EngagementAccess access = engagements.access(caller, engagementId);
		return mayWrite(caller, access) && access.status() != EngagementStatus.CLOSED;
	}

	// Reads

	/** A page of the engagement's articles matching the search, the most recently changed first. */
	@Transactional(readOnly = true)
	PageResult<ArticleSummary> list(Caller caller, UUID engagementId, SearchRequest request) {
		engagements.access(caller, engagementId);
		List<Problem.FieldError> errors = new ArrayList<>();
		KnowledgeStore.Search search = search(request, errors);
		Paging paging = null;
		try {
			paging = Paging.of(request.page(), request.size());
		}
		catch (Problem bad) {
			errors.addAll(bad.fieldErrors());
		}
		if (!errors.isEmpty() || paging == null) {
			throw new Problem(HttpStatus.BAD_REQUEST, "invalid-input", "The search has invalid parameters", errors);
		}
		List<KnowledgeStore.Article> page = store.page(engagementId, search, paging);
		Map<UUID, String> labels = labels(caller, engagementId,
				page.stream().map(a -> new Author(a.updatedBy(), a.updatedByLabel())).toList());
		List<ArticleSummary> summaries = page.stream()
			.map(a -> new ArticleSummary(a.id(), a.engagementId(), a.kind(), a.title(), a.tags(), excerpt(a.body()),
					a.version(), a.updatedAt(), label(labels, a.updatedBy(), a.updatedByLabel())))
			.toList();
		return PageResult.of(summaries, paging, store.count(engagementId, search));
	}

	@Transactional(readOnly = true)
	ArticleView get(Caller caller, UUID engagementId, UUID articleId) {
		EngagementAccess access = engagements.access(caller, engagementId);
		return view(caller, access, article(engagementId, articleId));
	}

	/** The article's versions, the latest first. */
	@Transactional(readOnly = true)
	List<VersionSummary> versions(Caller caller, UUID engagementId, UUID articleId) {
		engagements.access(caller, engagementId);
		article(engagementId, articleId);
		List<KnowledgeStore.Version> versions = store.versions(articleId);
		Map<UUID, String> labels = labels(caller, engagementId,
				versions.stream().map(v -> new Author(v.createdBy(), v.createdByLabel())).toList());
		return versions.stream()
			.map(v -> new VersionSummary(v.version(), v.kind(), v.title(), v.tags(), v.createdAt(),
					label(labels, v.createdBy(), v.createdByLabel())))
			.toList();
	}

	@Transactional(readOnly = true)
	VersionView version(Caller caller, UUID engagementId, UUID articleId, int version) {
		engagements.access(caller, engagementId);
		KnowledgeStore.Article article = article(engagementId, articleId);
		KnowledgeStore.Version v = store.version(articleId, version)
			.orElseThrow(() -> Problem.notFound("Knowledge article version"));
		Map<UUID, String> labels = labels(caller, engagementId, List.of(new Author(v.createdBy(), v.createdByLabel())));
		return new VersionView(articleId, v.version(), v.kind(), v.title(), v.body(), v.tags(), v.createdAt(),
				label(labels, v.createdBy(), v.createdByLabel()), v.version() == article.version());
	}

	/** The articles linked to the work item, by title. @throws Problem 404 when the caller may not see the item */
	@Transactional(readOnly = true)
	List<LinkView> links(Caller caller, UUID itemId) {
		items.get(caller, itemId);
		return store.linksOfItem(itemId).stream().map(KnowledgeBase::view).toList();
	}

	/** The articles of the item's engagement not linked to it yet, by title, for a writer to choose from. */
	@Transactional(readOnly = true)
	List<KnowledgeStore.Choice> linkable(UUID engagementId, UUID itemId) {
		Set<UUID> linked = new LinkedHashSet<>();
		store.linksOfItem(itemId).forEach(link -> linked.add(link.articleId()));
		return store.choices(engagementId, CHOICES).stream().filter(c -> !linked.contains(c.id())).toList();
	}

	// Writes

	ArticleView create(Caller caller, UUID engagementId, KnowledgeRequests.Article request) {
		EngagementAccess access = writable(caller, engagementId);
		KnowledgeStore.Version first = checked(request, UUID.randomUUID(), 1, caller, clock.instant());
		store.insert(first, engagementId);
		events.publishEvent(new KnowledgeEvents.ArticleWritten(Actor.of(caller), first.articleId(), engagementId,
				access.clientOrgId(), first.kind(), 1));
		return view(caller, access, store.find(first.articleId()).orElseThrow());
	}

	/**
	 * Writes the next version of the article; one that changes nothing adds none. @param expectedVersion the version
	 * the caller read (an If-Match), or null @throws Problem 412 when another version was written since
	 */
	ArticleView update(Caller caller, UUID engagementId, UUID articleId, @Nullable Long expectedVersion,
			KnowledgeRequests.Article request) {
		EngagementAccess access = engagements.access(caller, engagementId);
		KnowledgeStore.Article current = article(engagementId, articleId);
		requireWriter(caller, access);
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw Problem.staleVersion();
		}
		notClosed(access);
		KnowledgeStore.Version next = checked(request, articleId, current.version() + 1, caller, clock.instant());
		if (next.kind() == current.kind() && next.title().equals(current.title()) && next.body().equals(current.body())
				&& next.tags().equals(current.tags())) {
			return view(caller, access, current);
		}
		if (!store.update(next, current.version())) {
			throw Problem.staleVersion();
		}
		events.publishEvent(new KnowledgeEvents.ArticleWritten(Actor.of(caller), articleId, engagementId,
				access.clientOrgId(), next.kind(), next.version()));
		return view(caller, access, store.find(articleId).orElseThrow());
	}

	/**
	 * Links the work item to an article of its engagement; linking it again changes nothing. @throws Problem 400 when
	 * the article is missing or not one of the engagement's (alike, so ids of other engagements cannot be probed)
	 */
	Linked link(Caller caller, UUID itemId, KnowledgeRequests.Link request) {
		UUID engagementId = items.get(caller, itemId).engagementId();
		EngagementAccess access = writable(caller, engagementId);
		UUID articleId = null;
		String id = request.articleId();
		if (id == null || id.isBlank()) {
			throw Problem.invalid("articleId", "required", "Name the article to link");
		}
		try {
			articleId = UUID.fromString(id.strip());
		}
		catch (IllegalArgumentException notAnId) {
			throw Problem.invalid("articleId", "unknown", "No such article in the item's engagement");
		}
		KnowledgeStore.Article article = store.find(articleId)
			.filter(a -> a.engagementId().equals(engagementId))
			.orElseThrow(() -> Problem.invalid("articleId", "unknown", "No such article in the item's engagement"));
		boolean created = store.link(article.id(), itemId, engagementId, clock.instant(), caller.userId());
		if (created) {
			events.publishEvent(new KnowledgeEvents.ArticleLinked(Actor.of(caller), article.id(), engagementId,
					access.clientOrgId(), itemId));
		}
		LinkView link = store.linksOfItem(itemId)
			.stream()
			.filter(l -> l.articleId().equals(article.id()))
			.map(KnowledgeBase::view)
			.findFirst()
			.orElseThrow();
		return new Linked(link, created);
	}

	/** Removes the item's link to the article. @throws Problem 404 when there is no such link */
	void unlink(Caller caller, UUID itemId, UUID articleId) {
		UUID engagementId = items.get(caller, itemId).engagementId();
		EngagementAccess access = writable(caller, engagementId);
		if (!store.unlink(articleId, itemId)) {
			throw Problem.notFound("Knowledge link");
		}
		events.publishEvent(new KnowledgeEvents.ArticleUnlinked(Actor.of(caller), articleId, engagementId,
				access.clientOrgId(), itemId));
	}

	// Checks

	/** The article as a version written by the caller now; every bad field named in one 400. */
	static KnowledgeStore.Version checked(KnowledgeRequests.Article request, UUID articleId, int version,
			Caller caller, Instant now) {
		List<Problem.FieldError> errors = new ArrayList<>();
		String title = request.title() == null ? "" : request.title().strip();
		if (title.isEmpty()) {
			errors.add(new Problem.FieldError("title", "required", "Give the article a title"));
		}
		else if (title.length() > TITLE_MAX) {
			errors.add(new Problem.FieldError("title", "size", "A title is " + TITLE_MAX + " characters at most"));
		}
		// as a page's text area sends it back: line breaks as LF, no blank lines around the text
		String body = request.body() == null ? ""
				: request.body().replace("\r\n", "\n").replaceFirst("\\A(?:[ \\t]*\n)+", "").stripTrailing();
		if (body.isBlank()) {
			errors.add(new Problem.FieldError("body", "required", "Write the article's text"));
		}
		else if (body.length() > BODY_MAX) {
			errors.add(new Problem.FieldError("body", "size", "A text is " + BODY_MAX + " characters at most"));
		}
		KnowledgeKind kind = kind(request.kind(), "kind", errors);
		List<String> tags = tags(request.tags(), errors);
		if (!errors.isEmpty()) {
			throw new Problem(HttpStatus.BAD_REQUEST, "invalid-input", "The article has invalid fields", errors);
		}
		return new KnowledgeStore.Version(articleId, version, kind == null ? KnowledgeKind.ARTICLE : kind, title, body,
				tags, now, caller.userId(), Actor.of(caller).label());
	}

	private static @Nullable KnowledgeKind kind(@Nullable String value, String field, List<Problem.FieldError> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return KnowledgeKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			errors.add(new Problem.FieldError(field, "unknown", "One of ARTICLE or RUNBOOK"));
			return null;
		}
	}

	/** The tags in lower case, each once, in the order written. */
	private static List<String> tags(@Nullable List<@Nullable String> values, List<Problem.FieldError> errors) {
		if (values == null) {
			return List.of();
		}
		Set<String> tags = new LinkedHashSet<>();
		for (int n = 0; n < values.size(); n++) {
			String tag = tag(values.get(n), "tags[" + n + "]", errors);
			if (tag != null) {
				tags.add(tag);
			}
		}
		if (tags.size() > TAGS_MAX) {
			errors.add(new Problem.FieldError("tags", "too-many", "An article has " + TAGS_MAX + " tags at most"));
		}
		return List.copyOf(tags);
	}

	private static @Nullable String tag(@Nullable String value, String field, List<Problem.FieldError> errors) {
		String tag = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		if (tag.isEmpty() || tag.length() > TAG_MAX || !TAG.matcher(tag).matches()) {
			errors.add(new Problem.FieldError(field, "tag", "A tag is 1 to " + TAG_MAX
					+ " letters, digits, dots, hyphens or underscores, starting with a letter or a digit"));
			return null;
		}
		return tag;
	}

	/** A list's words, kind and tag; every bad one named. */
	private static KnowledgeStore.Search search(SearchRequest request, List<Problem.FieldError> errors) {
		List<String> words = new ArrayList<>();
		String q = request.q() == null ? "" : request.q().strip();
		if (q.length() > QUERY_MAX) {
			errors.add(new Problem.FieldError("q", "size", "A search is " + QUERY_MAX + " characters at most"));
		}
		else if (!q.isEmpty()) {
			words.addAll(List.of(q.split("\\s+")));
		}
		KnowledgeKind kind = request.kind() == null || request.kind().isBlank() || request.kind().equalsIgnoreCase("ALL")
				? null : kind(request.kind(), "kind", errors);
		String tag = request.tag() == null || request.tag().isBlank() ? null : tag(request.tag(), "tag", errors);
		return new KnowledgeStore.Search(words, kind, tag);
	}

	private EngagementAccess writable(Caller caller, UUID engagementId) {
		EngagementAccess access = engagements.access(caller, engagementId);
		requireWriter(caller, access);
		notClosed(access);
		return access;
	}

	private static void requireWriter(Caller caller, EngagementAccess access) {
		if (!mayWrite(caller, access)) {
			throw Problem.forbidden("The provider's side and the client's administrators write the knowledge base");
		}
	}

	private static void notClosed(EngagementAccess access) {
		if (access.status() == EngagementStatus.CLOSED) {
			throw Problem.conflict("engagement-closed", "A closed engagement no longer changes");
		}
	}

	/** The engagement's article. @throws Problem 404 when it is unknown or another engagement's, alike */
	private KnowledgeStore.Article article(UUID engagementId, UUID articleId) {
		return store.find(articleId)
			.filter(article -> article.engagementId().equals(engagementId))
			.orElseThrow(() -> Problem.notFound("Knowledge article"));
	}

	// Views

	private ArticleView view(Caller caller, EngagementAccess access, KnowledgeStore.Article a) {
		Map<UUID, String> labels = labels(caller, a.engagementId(), List.of(new Author(a.createdBy(), a.createdByLabel()),
				new Author(a.updatedBy(), a.updatedByLabel())));
		List<Integer> versions = new ArrayList<>();
		for (int v = 1; v <= a.version(); v++) {
			versions.add(v);
		}
		return new ArticleView(a.id(), a.engagementId(), a.kind(), a.title(), a.body(), a.tags(), a.version(), versions,
				a.createdAt(), label(labels, a.createdBy(), a.createdByLabel()), a.updatedAt(),
				label(labels, a.updatedBy(), a.updatedByLabel()), store.itemsOf(a.id()),
				mayWrite(caller, access) && access.status() != EngagementStatus.CLOSED);
	}

	private static LinkView view(KnowledgeStore.Link link) {
		return new LinkView(link.articleId(), link.itemId(), link.kind(), link.title(), link.linkedAt());
	}

	/** Who wrote a version, as stored. */
	private record Author(@Nullable UUID userId, String label) {
	}

	/** The authors' labels as the caller may read them (a hidden person's pseudonym), by user id. */
	private Map<UUID, String> labels(Caller caller, UUID engagementId, List<Author> authors) {
		Map<UUID, String> stored = new HashMap<>();
		authors.forEach(author -> {
			if (author.userId() != null) {
				stored.put(author.userId(), author.label());
			}
		});
		return stored.isEmpty() ? Map.of() : items.actorLabels(caller, engagementId, stored);
	}

	private static String label(Map<UUID, String> labels, @Nullable UUID userId, String stored) {
		return userId == null ? stored : labels.getOrDefault(userId, stored);
	}

	static String excerpt(String body) {
		String flat = body.replaceAll("\\s+", " ").strip();
		return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1).stripTrailing() + "…";
	}
}
