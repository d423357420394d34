package org.pilotage.engagement;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Paging;
import org.pilotage.shared.Problem;
import org.pilotage.shared.web.ETags;
import org.pilotage.shared.web.FileTransfer;
import org.pilotage.shared.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Engagements over the API, each answer shaped for the caller by the services: an engagement the caller may not
 * see answers 404 on every path below it, exactly like an unknown id; a visible one it may not change, 403.
 */
@RestController
@RequestMapping("/api/v1/engagements")
@Tag(name = "Engagements", description = "Subcontracting, BPO and hybrid engagements: terms, lifecycle, exit plan, documents")
class EngagementsApi {

	private final CurrentCaller callers;
	private final Engagements engagements;
	private final EngagementDocuments documents;
	private final EngagementStaffing staffing;

	EngagementsApi(CurrentCaller callers, Engagements engagements, EngagementDocuments documents,
			EngagementStaffing staffing) {
		this.callers = callers;
		this.engagements = engagements;
		this.documents = documents;
		this.staffing = staffing;
	}

	@GetMapping
	@Operation(summary = "Engagements the caller may see, a page at a time, optionally of one kind or status")
	PageResult<EngagementView> list(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return engagements.list(callers.require(), parse(EngagementKind.class, "kind", kind),
				parse(EngagementStatus.class, "status", status), Paging.of(page, size));
	}

	@PostMapping
	@Operation(summary = "Start a draft engagement with a counterparty (a client's admin or a provider's manager); "
			+ "accepts Idempotency-Key",
			description = "400 names every bad field; a draft may still miss the terms its kind needs to be activated.")
	ResponseEntity<EngagementView> create(@RequestBody EngagementTerms terms) {
		EngagementView created = engagements.create(callers.require(), terms);
		return ResponseEntity.created(URI.create("/api/v1/engagements/" + created.id()))
			.eTag(ETags.of(created.version()))
			.body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One engagement as the caller may see it (audience PROVIDER, CLIENT or FREELANCER), "
			+ "with its version as ETag")
	ResponseEntity<EngagementView> get(@PathVariable UUID id) {
		EngagementView view = engagements.get(callers.require(), id);
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace the terms (kind and parties stay); requires If-Match; 409 once closed")
	ResponseEntity<EngagementView> update(@PathVariable UUID id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody EngagementTerms terms) {
		long version = ETags.requireVersion(ifMatch);
		EngagementView updated = engagements.update(callers.require(), id, version, terms);
		return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
	}

	@PostMapping("/{id}/status")
	@Operation(summary = "Move along the lifecycle: {\"status\":\"ACTIVE|SUSPENDED|CLOSED\",\"reason\":\"…\"}",
			description = "409 illegal-transition lists the allowed statuses; 409 terms-incomplete names the missing "
					+ "terms; 409 open-work while work is open; 400 to suspend without a reason.")
	ResponseEntity<EngagementView> changeStatus(@PathVariable UUID id, @RequestBody StatusChange.Request request) {
		EngagementView changed = engagements.changeStatus(callers.require(), id, request);
		return ResponseEntity.ok().eTag(ETags.of(changed.version())).body(changed);
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Every status the engagement went through, oldest first")
	List<StatusChange> history(@PathVariable UUID id) {
		return engagements.history(callers.require(), id);
	}

	@GetMapping("/{id}/exit-plan")
	@Operation(summary = "The reversibility plan, with its version as ETag")
	ResponseEntity<ExitPlan> exitPlan(@PathVariable UUID id) {
		ExitPlan plan = engagements.exitPlan(callers.require(), id);
		return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(plan);
	}

	@PutMapping("/{id}/exit-plan")
	@Operation(summary = "Replace the reversibility plan; requires If-Match")
	ResponseEntity<ExitPlan> updateExitPlan(@PathVariable UUID id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody ExitPlan.Changes changes) {
		long version = ETags.requireVersion(ifMatch);
		ExitPlan plan = engagements.updateExitPlan(callers.require(), id, version, changes);
		return ResponseEntity.ok().eTag(ETags.of(plan.version())).body(plan);
	}

	@GetMapping("/{id}/staffing")
	@Operation(summary = "Who works on the engagement, in the caller's shape",
			description = "The agency: every assignment with the person, its rate, the contract rate and the margin. "
					+ "The client: the named team (BPO) and pseudonyms (\"Developer A\") for people it may not know. "
					+ "A staffed freelancer: its own assignment.")
	List<? extends StaffingEntry> staffing(@PathVariable UUID id) {
		return staffing.list(callers.require(), id);
	}

	@PostMapping("/{id}/staffing")
	@Operation(summary = "Staff a person (the provider's managers): {\"personId\",\"role\",\"allocationPercent\",\"from\",\"to\"}",
			description = "400 names every bad field; 422 not-in-pool or outside-engagement; 409 over-allocated when "
					+ "the person has less time free on some day than asked, with that day in the detail.")
	ResponseEntity<ProviderEngagementView.Assignment> assign(@PathVariable UUID id,
			@RequestBody StaffingRequest request) {
		ProviderEngagementView.Assignment assigned = staffing.assign(callers.require(), id, request);
		return ResponseEntity.created(URI.create("/api/v1/engagements/" + id + "/staffing/" + assigned.id()))
			.eTag(ETags.of(assigned.version()))
			.body(assigned);
	}

	@PutMapping("/{id}/staffing/{staffingId}")
	@Operation(summary = "Change a staffing's role, allocation or period; requires If-Match")
	ResponseEntity<ProviderEngagementView.Assignment> changeStaffing(@PathVariable UUID id,
			@PathVariable UUID staffingId,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody StaffingRequest request) {
		long version = ETags.requireVersion(ifMatch);
		ProviderEngagementView.Assignment changed = staffing.change(callers.require(), id, staffingId, version, request);
		return ResponseEntity.ok().eTag(ETags.of(changed.version())).body(changed);
	}

	@DeleteMapping("/{id}/staffing/{staffingId}")
	@Operation(summary = "Release a staffing: the person's time is free again; its pseudonym stays reserved")
	ResponseEntity<Void> release(@PathVariable UUID id, @PathVariable UUID staffingId) {
		staffing.release(callers.require(), id, staffingId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/documents")
	@Operation(summary = "The engagement's documents, without their content")
	List<EngagementDocument> documents(@PathVariable UUID id) {
		return documents.list(callers.require(), id);
	}

	@PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a file (part \"file\"): PDF, PNG, JPEG, DOCX, XLSX, text or CSV, at most 10 MiB",
			description = "413 past 10 MiB; 415 for another type, or when the name, declared type and content disagree.")
	ResponseEntity<EngagementDocument> upload(@PathVariable UUID id,
			@RequestPart(name = "file", required = false) @Nullable MultipartFile file) {
		if (file == null) {
			throw Problem.invalid("file", "required", "send the file as the multipart part \"file\"");
		}
		EngagementDocument document = documents.add(callers.require(), id, file.getOriginalFilename(),
				file.getContentType(), bytes(file));
		return ResponseEntity.created(URI.create("/api/v1/engagements/" + id + "/documents/" + document.id()))
			.body(document);
	}

	@GetMapping("/{id}/documents/{documentId}")
	@Operation(summary = "Download a document as an attachment")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId) {
		return attachment(documents.download(callers.require(), id, documentId));
	}

	@DeleteMapping("/{id}/documents/{documentId}")
	@Operation(summary = "Remove a document")
	ResponseEntity<Void> delete(@PathVariable UUID id, @PathVariable UUID documentId) {
		documents.delete(callers.require(), id, documentId);
		return ResponseEntity.noContent().build();
	}

	/** The container refused the upload past its limit before the service saw it: the same 413 as the service's. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException failure) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Problems.of(EngagementDocuments.tooLarge()));
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> unreadableUpload(MultipartException failure) {
		return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body",
				"The upload is not a readable multipart/form-data request"));
	}

	/** The file as an attachment, never shown inline, under its stored (sanitised) name. */
	static ResponseEntity<byte[]> attachment(EngagementDocuments.Download download) {
		EngagementDocument document = download.document();
		return FileTransfer.attachment(document.fileName(), document.contentType(), download.content());
	}

	static byte[] bytes(MultipartFile file) {
		return FileTransfer.bytes(file);
	}

	/** An enum filter from the address; an unknown value is a 400 naming the field and the values allowed. */
	static <E extends Enum<E>> @Nullable E parse(Class<E> type, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw Problem.invalid(field, field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
		}
	}
}
