package org.pilotage.work;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.CurrentCaller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The bulk import over the API: a JSON array or a CSV file, all or nothing (see {@link WorkImports}). */
@RestController
@Tag(name = "Work items", description = "Tickets, tasks and deliverables: workflow, review, comments, timeline, watchers")
class WorkImportApi {

	static final String CSV = "text/csv";

	private final CurrentCaller callers;
	private final WorkImports imports;

	WorkImportApi(CurrentCaller callers, WorkImports imports) {
		this.callers = callers;
		this.imports = imports;
	}

	@PostMapping(path = "/api/v1/engagements/{id}/work-items/import",
			consumes = { MediaType.APPLICATION_JSON_VALUE, CSV })
	@Operation(summary = "Import work items, all or nothing: a JSON array (or {\"items\":[…]}) or a CSV file with a header row",
			description = "Fields: externalKey, type, ticketType, title, description, impact, urgency, category, dueDate, "
					+ "acceptanceCriteria, status (open statuses), assignee (id or e-mail of a staffed person), createdAt. "
					+ "400 invalid-rows lists every bad row with every bad field and nothing is written; at most 5,000 rows; "
					+ "?dryRun=true checks without writing (200). 201 lists the created items in row order. "
					+ "Honours Idempotency-Key.")
	ResponseEntity<WorkImports.Result> importItems(@PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean dryRun,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
			@RequestBody(required = false) byte @Nullable [] body) {
		WorkImports.Format format = contentType.toLowerCase(Locale.ROOT).startsWith(CSV) ? WorkImports.Format.CSV
				: WorkImports.Format.JSON;
		WorkImports.Result result = imports.importItems(callers.require(), id, format, body == null ? new byte[0] : body,
				dryRun);
		if (dryRun) {
			return ResponseEntity.ok(result);
		}
		return ResponseEntity.created(URI.create("/api/v1/engagements/" + id + "/work-items")).body(result);
	}
}
