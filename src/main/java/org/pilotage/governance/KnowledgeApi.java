package org.pilotage.governance;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.governance.KnowledgeViews.ArticleSummary;
import org.pilotage.governance.KnowledgeViews.ArticleView;
import org.pilotage.governance.KnowledgeViews.LinkView;
import org.pilotage.governance.KnowledgeViews.VersionSummary;
import org.pilotage.governance.KnowledgeViews.VersionView;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.web.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An engagement's knowledge base over the API: its articles and runbooks with their versions, searched, and the links
 * from work items to them. Everyone who sees the engagement reads; the provider's side and the client's
 * administrators write.
 */
@RestController
@Tag(name = "Knowledge", description = "Articles and runbooks of an engagement, their versions, links from work items")
class KnowledgeApi {

	private final CurrentCaller callers;
	private final KnowledgeBase knowledge;

	KnowledgeApi(CurrentCaller callers, KnowledgeBase knowledge) {
		this.callers = callers;
		this.knowledge = knowledge;
	}

	@GetMapping("/api/v1/engagements/{id}/knowledge")
	@Operation(summary = "The engagement's articles, the most recently changed first, searched",
			description = "q: words that must all occur in the title, the text or the tags (any case), 200 characters "
					+ "at most; kind: ARTICLE or RUNBOOK; tag: one tag; page from 0, size 1 to 200. Every bad parameter "
					+ "is named in one 400.")
	PageResult<ArticleSummary> list(@PathVariable UUID id, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return knowledge.list(callers.require(), id, new KnowledgeBase.SearchRequest(q, kind, tag, page, size));
	}

	@PostMapping("/api/v1/engagements/{id}/knowledge")
	@Operation(summary = "Write a new article (version 1)",
			description = "Body: {\"title\":\"…\",\"body\":\"…\",\"kind\":\"RUNBOOK\",\"tags\":[\"vpn\"]}; title 1 to 200 "
					+ "characters, body (Markdown or plain text) up to 50,000, kind ARTICLE (default) or RUNBOOK, up to "
					+ "20 tags of letters, digits, dots, hyphens and underscores, kept in lower case. The provider's "
					+ "side and the client's administrators; 409 on a closed engagement; 400 names every bad field.")
	ResponseEntity<ArticleView> create(@PathVariable UUID id, @RequestBody KnowledgeRequests.Article request) {
		ArticleView created = knowledge.create(callers.require(), id, request);
		return ResponseEntity.created(URI.create("/api/v1/engagements/" + id + "/knowledge/" + created.id()))
			.eTag(ETags.of(created.version()))
			.body(created);
	}

	@GetMapping("/api/v1/engagements/{id}/knowledge/{articleId}")
	@Operation(summary = "An article's current version, the numbers of its versions and the items linked to it",
			description = "The ETag is the current version.")
	ResponseEntity<ArticleView> get(@PathVariable UUID id, @PathVariable UUID articleId) {
		ArticleView article = knowledge.get(callers.require(), id, articleId);
		return ResponseEntity.ok().eTag(ETags.of(article.version())).body(article);
	}

	@PutMapping("/api/v1/engagements/{id}/knowledge/{articleId}")
	@Operation(summary = "Write the article's next version (If-Match: the version read, optional)",
			description = "The whole article, as for a creation. A version that changes nothing adds none. 412 when "
					+ "another version was written since the one named in If-Match.")
	ResponseEntity<ArticleView> update(@PathVariable UUID id, @PathVariable UUID articleId,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody KnowledgeRequests.Article request) {
		ArticleView article = knowledge.update(callers.require(), id, articleId, ETags.optionalVersion(ifMatch),
				request);
		return ResponseEntity.ok().eTag(ETags.of(article.version())).body(article);
	}

	@GetMapping("/api/v1/engagements/{id}/knowledge/{articleId}/versions")
	@Operation(summary = "The article's versions, the latest first: title, kind, tags, who wrote each and when")
	List<VersionSummary> versions(@PathVariable UUID id, @PathVariable UUID articleId) {
		return knowledge.versions(callers.require(), id, articleId);
	}

	@GetMapping("/api/v1/engagements/{id}/knowledge/{articleId}/versions/{version}")
	@Operation(summary = "One version of the article as it was written")
	VersionView version(@PathVariable UUID id, @PathVariable UUID articleId, @PathVariable int version) {
		return knowledge.version(callers.require(), id, articleId, version);
	}

	@GetMapping("/api/v1/work-items/{id}/knowledge-links")
	@Operation(summary = "The articles the work item is linked to, by title")
	List<LinkView> links(@PathVariable UUID id) {
		return knowledge.links(callers.require(), id);
	}

	@PostMapping("/api/v1/work-items/{id}/knowledge-links")
	@Operation(summary = "Link the work item to an article of its engagement",
			description = "Body: {\"articleId\":\"…\"}. 201 for a new link, 200 when it was linked already. 400 when the "
					+ "article is missing or not of the item's engagement. The provider's side and the client's "
					+ "administrators.")
	ResponseEntity<LinkView> link(@PathVariable UUID id, @RequestBody KnowledgeRequests.Link request) {
		KnowledgeBase.Linked linked = knowledge.link(callers.require(), id, request);
		return ResponseEntity.status(linked.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create("/api/v1/work-items/" + id + "/knowledge-links"))
			.body(linked.link());
	}

	@DeleteMapping("/api/v1/work-items/{id}/knowledge-links/{articleId}")
	@Operation(summary = "Unlink the work item from the article", description = "404 when they are not linked.")
	ResponseEntity<Void> unlink(@PathVariable UUID id, @PathVariable UUID articleId) {
		knowledge.unlink(callers.require(), id, articleId);
		return ResponseEntity.noContent().build();
	}
}
