package org.pilotage.work;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Caller;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Paging;
import org.pilotage.shared.Problem;
import org.pilotage.work.WorkViews.WorkItemView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the work views: the list of every engagement's items ({@code /work}) and of one engagement's, with
 * every filter of the API, sorting by a column's header, pages, saved filters and a CSV link; and an engagement's
 * Kanban board, whose cards move by drag and drop (a script posting to {@code /work-items/{id}/board-move}) or, without
 * script, by a small form per card. The pages are signed in by session, which the API (bearer tokens only) does
 * not accept, so the board's script and the CSV link use these page endpoints, CSRF-protected like every page form;
 * they go through the same services as the API and so see and may do exactly what it allows.
 */
@Controller
class WorkListPages {

	static final String LIST = "work/list";
	static final String BOARD = "work/board";
	static final int BOARD_COLUMN = 50;

	private final CurrentCaller callers;
	private final WorkSearch search;
	private final WorkItems work;
	private final SavedFilters savedFilters;
	private final Engagements engagements;
	private final MessageSource messages;
	private final ObjectProvider<ItemDeadlines> deadlines;
	private final Clock clock;

	WorkListPages(CurrentCaller callers, WorkSearch search, WorkItems work, SavedFilters savedFilters,
			Engagements engagements, MessageSource messages, ObjectProvider<ItemDeadlines> deadlines, Clock clock) {
		this.callers = callers;
		this.search = search;
		this.work = work;
		this.savedFilters = savedFilters;
		this.engagements = engagements;
		this.messages = messages;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	@GetMapping("/work")
	String all(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		return list(null, params, model, response);
	}

	@GetMapping("/engagements/{id}/work")
	String engagement(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response) {
		return list(id, params, model, response);
	}

	@GetMapping("/work/export.csv")
	@ResponseBody
	ResponseEntity<byte[]> exportAll(@RequestParam MultiValueMap<String, String> params) {
		return export(null, params);
	}

	@GetMapping("/engagements/{id}/work/export.csv")
	@ResponseBody
	ResponseEntity<byte[]> exportEngagement(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params) {
		return export(id, params);
	}

	@PostMapping("/work/saved-filters")
	String saveFilter(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String query, @RequestParam(required = false) @Nullable String back,
			RedirectAttributes redirect) {
		Caller caller = callers.require();
		try {
			savedFilters.save(caller, new SavedFilters.Request(name, query));
			redirect.addFlashAttribute("viewsNotice", "views.notice.saved");
		}
		catch (Problem problem) {
			redirect.addFlashAttribute("viewsProblem", message(problem));
		}
		return "redirect:" + back(back);
	}

	@PostMapping("/work/saved-filters/{id}/delete")
	String deleteFilter(@PathVariable UUID id, @RequestParam(required = false) @Nullable String back,
			RedirectAttributes redirect) {
		savedFilters.delete(callers.require(), id);
		redirect.addFlashAttribute("viewsNotice", "views.notice.deleted");
		return "redirect:" + back(back);
	}

	@GetMapping("/engagements/{id}/board")
	String board(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response) {
		Caller caller = callers.require();
		EngagementAccess engagement = engagements.access(caller, id);
		params.remove("status");
		WorkFilter filter = WorkFilter.NONE;
		try {
			filter = WorkFilter.parse(params, false).filter();
		}
		catch (Problem invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", fieldMessages(invalid.fieldErrors()));
		}
		model.addAttribute("engagement", engagement);
		model.addAttribute("columns", search.board(caller, id, filter, BOARD_COLUMN));
		model.addAttribute("query", filter.query());
		model.addAttribute("form", raw(params));
		model.addAttribute("types", WorkItemType.values());
		model.addAttribute("priorities", Priority.values());
		return BOARD;
	}

	/** A board's move without script: the form of a card; back to the board with a notice or the refusal. */
	@PostMapping("/work-items/{id}/board-move")
	String move(@PathVariable UUID id, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		Caller caller = callers.require();
		WorkItemView item = work.get(caller, id);
		try {
			work.transition(caller, id, version, new WorkRequests.Transition(status, null));
			redirect.addFlashAttribute("viewsNotice", "views.notice.moved");
		}
		catch (Problem problem) {
			redirect.addFlashAttribute("viewsProblem", message(problem));
		}
		return "redirect:/engagements/" + item.engagementId() + "/board";
	}

	/**
	 * A board's move by drag and drop (the script sends {@code X-Requested-With: fetch}): the moved item as JSON, or
	 * the problem as problem+json with its message in the page's language, so the card goes back and says why.
	 */
	@PostMapping(value = "/work-items/{id}/board-move", headers = "X-Requested-With=fetch")
	@ResponseBody
	ResponseEntity<Map<String, Object>> moveByScript(@PathVariable UUID id,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Long version) {
		try {
			WorkItemView moved = work.transition(callers.require(), id, version,
					new WorkRequests.Transition(status, null));
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("id", moved.id());
			body.put("status", moved.status());
			body.put("turn", moved.turn());
			body.put("version", moved.version());
			body.put("allowedTransitions", moved.allowedTransitions());
			return ResponseEntity.ok(body);
		}
		catch (Problem problem) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("type", "about:blank");
			body.put("status", problem.status().value());
			body.put("code", problem.code());
			body.put("detail", problem.getMessage());
			body.put("message", message(problem));
			body.putAll(problem.properties());
			return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
		}
	}

	private String list(@Nullable UUID engagementId, MultiValueMap<String, String> params, Model model,
			HttpServletResponse response) {
		Caller caller = callers.require();
		EngagementAccess engagement = engagementId == null ? null : engagements.access(caller, engagementId);
		String path = engagementId == null ? "/work" : "/engagements/" + engagementId + "/work";
		WorkFilter filter = WorkFilter.NONE;
		PageResult<WorkItemView> page;
		try {
			WorkFilter.Request request = WorkFilter.parse(params, engagementId == null);
			filter = request.filter();
			page = engagementId == null ? search.listAll(caller, filter, request.paging())
					: search.list(caller, engagementId, filter, request.paging());
			model.addAttribute("errors", Map.of());
		}
		catch (Problem invalid) {
			if (invalid.status() != HttpStatus.BAD_REQUEST) {
				throw invalid;
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", fieldMessages(invalid.fieldErrors()));
			page = PageResult.of(List.of(), Paging.of(null, null), 0);
		}
		String query = filter.query();
		model.addAttribute("engagement", engagement);
		model.addAttribute("page", page);
		model.addAttribute("path", path);
		model.addAttribute("query", query);
		// saved from an engagement's page, a filter keeps its engagement, so that /work applies it to that one too
		model.addAttribute("saveQuery", engagementId == null ? query
				: "engagement=" + engagementId + (query.isEmpty() ? "" : "&" + query));
		model.addAttribute("base", path + (query.isEmpty() ? "" : "?" + query));
		model.addAttribute("csv", path + "/export.csv" + (query.isEmpty() ? "" : "?" + query));
		model.addAttribute("sortLinks", sortLinks(path, filter));
		model.addAttribute("deadlinesShown", deadlines.orderedStream().findAny().isPresent());
		model.addAttribute("dues", dues(caller, page));
		model.addAttribute("sort", filter.sort());
		model.addAttribute("form", raw(params));
		model.addAttribute("chosen", chosen(params));
		model.addAttribute("types", WorkItemType.values());
		model.addAttribute("statuses", WorkStatus.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("saved", savedFilters.mine(caller).stream()
			.map(f -> new SavedLink(f.id(), f.name(), path + "?" + (engagementId == null ? f.query() : withoutEngagement(f.query()))))
			.toList());
		if (engagementId == null) {
			model.addAttribute("engagementOptions", engagements.list(caller, null, null, new Paging(0, Paging.MAX_SIZE))
				.items().stream().map(e -> new Option(e.id().toString(), e.title())).toList());
			model.addAttribute("titles", titles(caller, page));
			model.addAttribute("creatable", Set.of());
			model.addAttribute("assignable", List.of());
		}
		else {
			model.addAttribute("engagementOptions", List.of());
			model.addAttribute("titles", Map.of(engagementId, engagement.title()));
			model.addAttribute("creatable", work.creatableTypes(caller, engagementId));
			model.addAttribute("assignable", work.assignable(caller, engagementId).stream()
				.map(p -> new Option(p.id().toString(), p.displayName())).toList());
		}
		return LIST;
	}

	/** The time-to-breach cell of an item: its state (BREACHED, AT_RISK, ON_TIME) and its text. */
	record DueCell(String state, String text) {
	}

	/**
	 * The next deadline of each item of the page, asked of every module that gives some in one call per page: the
	 * earliest of them. Wall-clock time from now (what a reader of a list wants), not business time.
	 */
	private Map<UUID, DueCell> dues(Caller caller, PageResult<WorkItemView> page) {
		List<UUID> ids = page.items().stream().map(WorkItemView::id).toList();
		Map<UUID, ItemDeadlines.Due> earliest = new HashMap<>();
		if (!ids.isEmpty()) {
			deadlines.orderedStream().forEach(source -> source.nextDue(caller, ids).forEach((item, due) ->
					earliest.merge(item, due, (a, b) -> a.dueAt().isAfter(b.dueAt()) ? b : a)));
		}
		Locale locale = LocaleContextHolder.getLocale();
		Instant now = clock.instant();
		Map<UUID, DueCell> cells = new HashMap<>();
		earliest.forEach((item, due) -> cells.put(item, new DueCell(due.state(), due.text(now, messages, locale))));
		return cells;
	}

	/** A saved filter as a page offers it: its name and the link that applies it here. */
	record SavedLink(UUID id, String name, String href) {
	}

	record Option(String value, String label) {
	}

	private ResponseEntity<byte[]> export(@Nullable UUID engagementId, MultiValueMap<String, String> params) {
		Caller caller = callers.require();
		WorkFilter filter = WorkFilter.parse(params, engagementId == null).filter();
		return WorkCsv.answer(search.export(caller, engagementId, filter), "work-items.csv");
	}

	private Map<UUID, String> titles(Caller caller, PageResult<WorkItemView> page) {
		Map<UUID, String> titles = new HashMap<>();
		page.items().forEach(item -> titles.computeIfAbsent(item.engagementId(),
				id -> engagements.access(caller, id).title()));
		return titles;
	}

	/** Per column, the link that sorts by it: the other way round when it is the current order. */
	private static Map<String, String> sortLinks(String path, WorkFilter filter) {
		Map<String, String> links = new LinkedHashMap<>();
		for (WorkFilter.Field field : WorkFilter.Field.values()) {
			WorkFilter.Sort current = filter.sort();
			String order = current != null && current.field() == field
					? field + "," + (current.ascending() ? "desc" : "asc") : field.name();
			String query = filter.sortedBy(null).query();
			links.put(field.name(), path + "?" + (query.isEmpty() ? "" : query + "&") + "sort="
					+ URLEncoder.encode(order, StandardCharsets.UTF_8));
		}
		return links;
	}

	/** The single-valued parameters as typed, to show the form again. */
	private static Map<String, String> raw(MultiValueMap<String, String> params) {
		Map<String, String> form = new HashMap<>();
		params.forEach((name, values) -> form.put(name, String.join(",", values)));
		return form;
	}

	/** The chosen values of the several-valued filters, to select them again. */
	private static Map<String, Set<String>> chosen(MultiValueMap<String, String> params) {
		Map<String, Set<String>> chosen = new HashMap<>();
		for (String name : List.of("engagement", "type", "status", "priority")) {
			Set<String> values = new LinkedHashSet<>();
			params.getOrDefault(name, List.of()).forEach(v -> {
				for (String part : v.split(",")) {
					values.add(part.strip().toUpperCase(Locale.ROOT));
					values.add(part.strip());
				}
			});
			chosen.put(name, values);
		}
		return chosen;
	}

	private static String withoutEngagement(String query) {
		List<String> kept = new ArrayList<>();
		for (String pair : query.split("&")) {
			if (!pair.startsWith("engagement=") && !pair.isEmpty()) {
				kept.add(pair);
			}
		}
		return String.join("&", kept);
	}

	/** Only a path of this site: never a redirect elsewhere. */
	private static String back(@Nullable String back) {
		return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/work";
	}

	private String message(Problem problem) {
		Locale locale = LocaleContextHolder.getLocale();
		String byCode = messages.getMessage("views.problem." + problem.code(), null, null, locale);
		if (byCode == null) {
			byCode = messages.getMessage("work.problem." + problem.code(), null, null, locale);
		}
		if (byCode == null) {
			byCode = messages.getMessage("problem." + problem.code(), null, problem.getMessage(), locale);
		}
		if (!problem.fieldErrors().isEmpty()) {
			byCode = byCode + " " + String.join(" ", fieldMessages(problem.fieldErrors()).values());
		}
		return byCode;
	}

	private Map<String, String> fieldMessages(List<Problem.FieldError> errors) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> byField = new LinkedHashMap<>();
		errors.forEach(error -> byField.putIfAbsent(error.field(), error.field() + ": "
				+ messages.getMessage("views.invalid." + error.code(), null, error.message(), locale)));
		return byField;
	}
}
