package org.pilotage.work;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.web.ETags;
import org.pilotage.work.WorkViews.CommentView;
import org.pilotage.work.WorkViews.EventView;
import org.pilotage.work.WorkViews.WorkItemView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Work items over the API, each answer shaped for the caller by {@link WorkItems}. An item on an engagement the
 * caller may not see answers 404 on every path, exactly like an unknown id. Every change on an item honours an
 * If-Match when one is sent (412 when stale); replacing an item's fields requires it.
 */
@RestController
@Tag(name = "Work items", description = "Tickets, tasks and deliverables: workflow, review, comments, timeline, watchers")
class WorkItemsApi {

	private static final String IF_MATCH = HttpHeaders.IF_MATCH;

	private final CurrentCaller callers;
	private final WorkItems work;
	private final WorkSearch search;

	WorkItemsApi(CurrentCaller callers, WorkItems work, WorkSearch search) {
		this.callers = callers;
		this.work = work;
		this.search = search;
	}

	@GetMapping("/api/v1/engagements/{id}/work-items")
	@Operation(summary = "The engagement's work items, filtered, sorted and a page at a time",
			description = WorkViewsApi.FILTERS)
	PageResult<WorkItemView> list(@PathVariable UUID id,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		WorkFilter.Request request = WorkFilter.parse(params, false);
		return search.list(callers.require(), id, request.filter(), request.paging());
	}

	@PostMapping("/api/v1/engagements/{id}/work-items")
	@Operation(summary = "Create a work item on an active engagement: the client opens TICKETs; the provider's side "
			+ "also TASKs and DELIVERABLEs on missions",
			description = "400 names every bad field; 409 engagement-not-active; 403 for readers.")
	ResponseEntity<WorkItemView> create(@PathVariable UUID id, @RequestBody WorkItemRequest request) {
		WorkItemView created = work.create(callers.require(), id, request);
		return ResponseEntity.created(URI.create("/api/v1/work-items/" + created.id()))
			.eTag(ETags.of(created.version()))
			.body(created);
	}

	@GetMapping("/api/v1/work-items/{id}")
	@Operation(summary = "One work item as the caller may see it, with whose turn it is and what the caller may do")
	ResponseEntity<WorkItemView> get(@PathVariable UUID id) {
		return withETag(work.get(callers.require(), id));
	}

	@PutMapping("/api/v1/work-items/{id}")
	@Operation(summary = "Replace the item's fields (type fixed); requires If-Match; the client edits tickets only")
	ResponseEntity<WorkItemView> update(@PathVariable UUID id,
			@RequestHeader(value = IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody WorkItemRequest request) {
		long version = ETags.requireVersion(ifMatch);
		return withETag(work.update(callers.require(), id, version, request));
	}

	@PostMapping("/api/v1/work-items/{id}/transitions")
	@Operation(summary = "Move along the workflow: {\"status\":\"IN_PROGRESS\",\"reason\":\"…\"}",
			description = "409 illegal-transition lists the statuses the caller may move the item to.")
	ResponseEntity<WorkItemView> transition(@PathVariable UUID id,
			@RequestHeader(value = IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody WorkRequests.Transition request) {
		return withETag(work.transition(callers.require(), id, ETags.optionalVersion(ifMatch), request));
	}

	@PutMapping("/api/v1/work-items/{id}/assignee")
	@Operation(summary = "Assign the item to a person staffed on the engagement, or {\"personId\":null} to unassign",
			description = "422 not-staffed for anyone else; the provider's side only.")
	ResponseEntity<WorkItemView> assign(@PathVariable UUID id,
			@RequestHeader(value = IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody WorkRequests.Assignee request) {
		return withETag(work.assign(callers.require(), id, ETags.optionalVersion(ifMatch), request));
	}

	@PostMapping("/api/v1/work-items/{id}/submissions")
	@Operation(summary = "Submit a deliverable for the client's review (RESOLVED; one submission more); optional {\"note\"}")
	ResponseEntity<WorkItemView> submit(@PathVariable UUID id,
			@RequestHeader(value = IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) WorkRequests.@Nullable Note note) {
		return withETag(work.submit(callers.require(), id, ETags.optionalVersion(ifMatch), note));
	}

	@PostMapping("/api/v1/work-items/{id}/acceptance")
	@Operation(summary = "Accept the submitted deliverable (the client; CLOSED); optional {\"note\"}")
	ResponseEntity<WorkItemView> accept(@PathVariable UUID id,
			@RequestHeader(value = IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) WorkRequests.@Nullable Note note) {
		return withETag(work.accept(callers.require(), id, ETags.optionalVersion(ifMatch), note));
	}

	@PostMapping("/api/v1/work-items/{id}/rejection")
	@Operation(summary = "Reject the submitted deliverable with a reason (the client; back to IN_PROGRESS)")
	ResponseEntity<WorkItemView> reject(@PathVariable UUID id,
			@RequestHeader(value = IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody WorkRequests.Rejection request) {
		return withETag(work.reject(callers.require(), id, ETags.optionalVersion(ifMatch), request));
	}

	@GetMapping("/api/v1/work-items/{id}/comments")
	@Operation(summary = "The item's comments, oldest first; a client's users never receive internal ones")
	List<CommentView> comments(@PathVariable UUID id) {
		return work.comments(callers.require(), id);
	}

	@PostMapping("/api/v1/work-items/{id}/comments")
	@Operation(summary = "Comment: {\"body\":\"…\",\"visibility\":\"CLIENT|INTERNAL\"} (INTERNAL: the provider's side)")
	ResponseEntity<CommentView> comment(@PathVariable UUID id,
			@RequestHeader(value = IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody WorkRequests.Comment request) {
		CommentView comment = work.comment(callers.require(), id, ETags.optionalVersion(ifMatch), request);
		return ResponseEntity.created(URI.create("/api/v1/work-items/" + id + "/comments")).body(comment);
	}

	@GetMapping("/api/v1/work-items/{id}/events")
	@Operation(summary = "The item's timeline, oldest first: every change with actor, instant and before/after")
	List<EventView> events(@PathVariable UUID id) {
		return work.events(callers.require(), id);
	}

	@GetMapping("/api/v1/work-items/{id}/watchers")
	@Operation(summary = "Who watches the item")
	List<WorkViews.WatcherView> watchers(@PathVariable UUID id) {
		return work.watchers(callers.require(), id);
	}

	@PostMapping("/api/v1/work-items/{id}/watchers")
	@Operation(summary = "Watch the item (the caller)")
	ResponseEntity<Void> watch(@PathVariable UUID id,
			@RequestBody(required = false) WorkRequests.@Nullable Watch body) {
		work.watch(callers.require(), id);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/v1/work-items/{id}/watchers")
	@Operation(summary = "Stop watching the item (the caller)")
	ResponseEntity<Void> unwatch(@PathVariable UUID id) {
		work.unwatch(callers.require(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/engagements/{id}/priority-matrix")
	@Operation(summary = "The engagement's impact × urgency → priority matrix (the default one until set)")
	ResponseEntity<WorkViews.MatrixView> matrix(@PathVariable UUID id) {
		WorkViews.MatrixView matrix = work.matrix(callers.require(), id);
		return ResponseEntity.ok().eTag(ETags.of(matrix.version())).body(matrix);
	}

	@PutMapping("/api/v1/engagements/{id}/priority-matrix")
	@Operation(summary = "Replace the matrix, all nine cells (the client's admin, the provider's manager); requires If-Match")
	ResponseEntity<WorkViews.MatrixView> replaceMatrix(@PathVariable UUID id,
			@RequestHeader(value = IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody WorkRequests.Matrix request) {
		long version = ETags.requireVersion(ifMatch);
		WorkViews.MatrixView matrix = work.replaceMatrix(callers.require(), id, version, request);
		return ResponseEntity.ok().eTag(ETags.of(matrix.version())).body(matrix);
	}


	private static ResponseEntity<WorkItemView> withETag(WorkItemView view) {
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}
}
