package org.pilotage.work;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.PageResult;
import org.pilotage.work.WorkViews.WorkItemView;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The views of work over the API: the list across every engagement the caller may see, its CSV export, and each
 * user's saved filters. The filters are those of an engagement's list ({@link WorkFilter}).
 */
@RestController
@Tag(name = "Work views", description = "Work items across engagements: filters, text search, CSV export, saved filters")
class WorkViewsApi {

	static final String FILTERS = "Query parameters (several values comma-separated or repeated): type, status, priority "
			+ "(TICKET|TASK|DELIVERABLE, a status, P1..P4); assignee (a person id); createdFrom, createdTo, updatedFrom, "
			+ "updatedTo, dueFrom, dueTo (ISO days, inclusive, in UTC); q (text searched in titles, descriptions and the "
			+ "comments the caller may see; PostgreSQL web search syntax: words, \"a phrase\", -excluded, or); text "
			+ "(the older name of q); sort (updatedAt, createdAt, priority, dueDate, number, status, title, then ,asc or "
			+ ",desc; default updatedAt,desc, or the best matches first with q); page (from 0), size (1 to 200). "
			+ "400 lists every bad parameter.";

	private final CurrentCaller callers;
	private final WorkSearch search;
	private final SavedFilters savedFilters;

	WorkViewsApi(CurrentCaller callers, WorkSearch search, SavedFilters savedFilters) {
		this.callers = callers;
		this.search = search;
		this.savedFilters = savedFilters;
	}

	@GetMapping("/api/v1/work-items")
	@Operation(summary = "The work items of every engagement the caller may see, filtered, sorted, a page at a time",
			description = FILTERS + " Also engagement (an engagement id, repeatable) to keep some engagements only.")
	PageResult<WorkItemView> list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		WorkFilter.Request request = WorkFilter.parse(params, true);
		return search.listAll(callers.require(), request.filter(), request.paging());
	}

	@GetMapping(value = "/api/v1/work-items/export.csv", produces = "text/csv")
	@Operation(summary = "The list as CSV (UTF-8 with BOM, RFC 4180, formulas neutralised), 10,000 rows at most",
			description = "The filters and order of GET /api/v1/work-items (page and size are ignored). A longer list "
					+ "is cut at 10,000 rows: X-Total-Count says how many items match, X-Export-Truncated: true that it "
					+ "was cut.")
	ResponseEntity<byte[]> export(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		WorkFilter.Request request = WorkFilter.parse(params, true);
		return WorkCsv.answer(search.export(callers.require(), null, request.filter()), "work-items.csv");
	}

	@GetMapping("/api/v1/saved-filters")
	@Operation(summary = "The caller's saved filters of the work lists, by name")
	List<SavedFilters.SavedFilter> savedFilters() {
		return savedFilters.mine(callers.require());
	}

	@PostMapping("/api/v1/saved-filters")
	@Operation(summary = "Save a filter: {\"name\":\"My P1s\",\"query\":\"priority=P1&status=NEW,OPEN\"}",
			description = "The query holds the list's parameters and is checked like the list; 409 name-taken when the "
					+ "caller already has a filter of that name.")
	ResponseEntity<SavedFilters.SavedFilter> saveFilter(@RequestBody SavedFilters.Request request) {
		SavedFilters.SavedFilter saved = savedFilters.save(callers.require(), request);
		return ResponseEntity.created(URI.create("/api/v1/saved-filters/" + saved.id())).body(saved);
	}

	@DeleteMapping("/api/v1/saved-filters/{id}")
	@Operation(summary = "Delete one of the caller's saved filters (another user's answers 404)")
	ResponseEntity<Void> deleteFilter(@PathVariable UUID id) {
		savedFilters.delete(callers.require(), id);
		return ResponseEntity.noContent().build();
	}
}
