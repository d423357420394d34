package org.pilotage.governance;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.Engagements;
import org.pilotage.governance.KnowledgeViews.ArticleView;
import org.pilotage.governance.KnowledgeViews.VersionView;
import org.pilotage.identity.Caller;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Problem;
import org.pilotage.work.WorkItems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The knowledge pages: an engagement's articles with a search box and, for its writers, the form of a new article; an
 * article with its text, its versions (any one can be read), the items linked to it and the form of its next version;
 * and the link and unlink buttons of a work item's knowledge panel ({@link KnowledgeItemPanel}). Plain forms; a
 * refused one keeps what was typed and shows each message next to its field, with the status of the refusal.
 */
@Controller
class KnowledgePages {

	static final String LIST = "governance/knowledge";
	static final String ARTICLE = "governance/knowledge-article";

	private final CurrentCaller callers;
	private final KnowledgeBase knowledge;
	private final Engagements engagements;
	private final WorkItems items;
	private final MessageSource messages;

	KnowledgePages(CurrentCaller callers, KnowledgeBase knowledge, Engagements engagements, WorkItems items,
			MessageSource messages) {
		this.callers = callers;
		this.knowledge = knowledge;
		this.engagements = engagements;
		this.items = items;
		this.messages = messages;
	}

	@GetMapping("/engagements/{id}/knowledge")
	String list(@PathVariable UUID id, @RequestParam Map<String, String> search, Model model,
			HttpServletResponse response) {
		return showList(callers.require(), id, search, Map.of("kind", "ARTICLE"), Map.of(), model, response);
	}

	@PostMapping("/engagements/{id}/knowledge")
	String create(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Caller caller = callers.require();
		try {
			ArticleView created = knowledge.create(caller, id, request(form));
			redirect.addFlashAttribute("notice", "governance.kb.created");
			return "redirect:/engagements/" + id + "/knowledge/" + created.id();
		}
		catch (Problem problem) {
			if (problem.status() == HttpStatus.NOT_FOUND) {
				throw problem;
			}
			response.setStatus(problem.status().value());
			return showList(caller, id, Map.of(), form, messagesOf(problem), model, response);
		}
	}

	@GetMapping("/engagements/{id}/knowledge/{articleId}")
	String article(@PathVariable UUID id, @PathVariable UUID articleId,
			@RequestParam(required = false) @Nullable Integer version, Model model) {
		Caller caller = callers.require();
		ArticleView article = knowledge.get(caller, id, articleId);
		return showArticle(caller, article, version, formOf(article), Map.of(), model);
	}

	@PostMapping("/engagements/{id}/knowledge/{articleId}")
	String edit(@PathVariable UUID id, @PathVariable UUID articleId, @RequestParam Map<String, String> form,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Caller caller = callers.require();
		ArticleView before = knowledge.get(caller, id, articleId);
		try {
			ArticleView saved = knowledge.update(caller, id, articleId, version(form.get("version")), request(form));
			redirect.addFlashAttribute("notice",
					saved.version() == before.version() ? "governance.kb.unchanged" : "governance.kb.saved");
			return "redirect:/engagements/" + id + "/knowledge/" + articleId;
		}
		catch (Problem problem) {
			if (problem.status() == HttpStatus.NOT_FOUND) {
				throw problem;
			}
			response.setStatus(problem.status().value());
			ArticleView current = knowledge.get(caller, id, articleId);
			Map<String, String> kept = new LinkedHashMap<>(form);
			if (problem.status() == HttpStatus.PRECONDITION_FAILED) {
				// what was typed stays; the form now names the version read again, so saving again is deliberate
				kept.put("version", String.valueOf(current.version()));
			}
			return showArticle(caller, current, null, kept, messagesOf(problem), model);
		}
	}

	@PostMapping("/work-items/{id}/knowledge-links")
	String link(@PathVariable UUID id, @RequestParam(required = false) @Nullable String articleId,
			RedirectAttributes redirect) {
		Caller caller = callers.require();
		// an item the caller may not see is a 404 page; any other refusal is told on the item's page
		items.get(caller, id);
		try {
			knowledge.link(caller, id, new KnowledgeRequests.Link(articleId));
			redirect.addFlashAttribute("knowledgeNotice", "governance.kb.panel.linked");
		}
		catch (Problem problem) {
			redirect.addFlashAttribute("knowledgeProblem", messageOf(problem));
		}
		return "redirect:/work-items/" + id;
	}

	@PostMapping("/work-items/{id}/knowledge-links/{articleId}/remove")
	String unlink(@PathVariable UUID id, @PathVariable UUID articleId, RedirectAttributes redirect) {
		Caller caller = callers.require();
		items.get(caller, id);
		try {
			knowledge.unlink(caller, id, articleId);
			redirect.addFlashAttribute("knowledgeNotice", "governance.kb.panel.unlinked");
		}
		catch (Problem problem) {
			redirect.addFlashAttribute("knowledgeProblem", messageOf(problem));
		}
		return "redirect:/work-items/" + id;
	}

	private String showList(Caller caller, UUID id, Map<String, String> search, Map<String, String> form,
			Map<String, String> errors, Model model, HttpServletResponse response) {
		EngagementAccess access = engagements.access(caller, id);
		Map<String, String> searchErrors = new LinkedHashMap<>();
		PageResult<KnowledgeViews.ArticleSummary> page = null;
		try {
			page = knowledge.list(caller, id, new KnowledgeBase.SearchRequest(search.get("q"), search.get("kind"),
					search.get("tag"), integer(search.get("page"), "page", searchErrors), null));
		}
		catch (Problem invalid) {
			if (invalid.status() != HttpStatus.BAD_REQUEST) {
				throw invalid;
			}
			searchErrors.putAll(messagesOf(invalid));
		}
		if (!searchErrors.isEmpty()) {
			page = null;
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		boolean searching = !blank(search.get("q")) || !blank(search.get("kind")) || !blank(search.get("tag"));
		model.addAttribute("engagement", access);
		model.addAttribute("page", page);
		model.addAttribute("search", search);
		model.addAttribute("searching", searching);
		model.addAttribute("searchErrors", searchErrors);
		// the pager's links keep the search
		UriComponentsBuilder base = UriComponentsBuilder.fromPath("/engagements/" + id + "/knowledge");
		for (String parameter : List.of("q", "kind", "tag")) {
			if (!blank(search.get(parameter))) {
				base.queryParam(parameter, search.get(parameter).strip());
			}
		}
		model.addAttribute("base", base.encode().build().toUriString());
		model.addAttribute("kinds", KnowledgeKind.values());
		model.addAttribute("mayWrite", knowledge.mayWriteNow(caller, id));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return LIST;
	}

	private String showArticle(Caller caller, ArticleView article, @Nullable Integer version, Map<String, String> form,
			Map<String, String> errors, Model model) {
		UUID engagementId = article.engagementId();
		EngagementAccess access = engagements.access(caller, engagementId);
		VersionView shown = version == null || version == article.version()
				? new VersionView(article.id(), article.version(), article.kind(), article.title(), article.body(),
						article.tags(), article.updatedAt(), article.updatedBy(), true)
				: knowledge.version(caller, engagementId, article.id(), version);
		model.addAttribute("engagement", access);
		model.addAttribute("article", article);
		model.addAttribute("shown", shown);
		model.addAttribute("versions", knowledge.versions(caller, engagementId, article.id()));
		model.addAttribute("linked", items.views(caller, engagementId, article.linkedItems()).values());
		model.addAttribute("kinds", KnowledgeKind.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return ARTICLE;
	}

	/** The article as the form wrote it: tags separated by commas or spaces. */
	private static KnowledgeRequests.Article request(Map<String, String> form) {
		String tags = form.getOrDefault("tags", "");
		return new KnowledgeRequests.Article(form.get("title"), form.get("body"), form.get("kind"),
				tags.isBlank() ? List.of() : Arrays.asList(tags.strip().split("[,\\s]+")));
	}

	private static Map<String, String> formOf(ArticleView article) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", article.title());
		form.put("kind", article.kind().name());
		form.put("tags", String.join(", ", article.tags()));
		form.put("body", article.body());
		form.put("version", String.valueOf(article.version()));
		return form;
	}

	/** The version the form was read at; a malformed one is stale, as in an If-Match. */
	private static @Nullable Long version(@Nullable String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException malformed) {
			throw Problem.staleVersion();
		}
	}

	private @Nullable Integer integer(@Nullable String text, String field, Map<String, String> errors) {
		if (blank(text)) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException notANumber) {
			errors.put(field, message("governance.kb.invalid.range", "A whole number, 0 or more"));
			return null;
		}
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	/**
	 * Each bad field's message by the form's field name ({@code tags[2]} is the tags input), or the problem's under
	 * {@code form}.
	 */
	private Map<String, String> messagesOf(Problem problem) {
		Map<String, String> byField = new LinkedHashMap<>();
		if (problem.fieldErrors().isEmpty()) {
			byField.put("form", messageOf(problem));
		}
		for (Problem.FieldError error : problem.fieldErrors()) {
			String field = error.field().replaceAll("\\[\\d+]$", "");
			byField.putIfAbsent(field, message("governance.kb.invalid." + field + "." + error.code(),
					message("governance.kb.invalid." + error.code(), error.message())));
		}
		return byField;
	}

	private String messageOf(Problem problem) {
		if (!problem.fieldErrors().isEmpty()) {
			return messagesOf(problem).values().iterator().next();
		}
		return message("governance.kb.problem." + problem.code(), problem.getMessage());
	}

	private String message(String key, String fallback) {
		return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
	}
}
