package org.pilotage.work;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.FileType;
import org.pilotage.shared.web.ETags;
import org.pilotage.shared.web.FileTransfer;
import org.pilotage.shared.web.Problems;
import org.pilotage.work.WorkAttachments.AttachmentView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Attachments of work items over the API. The upload is {@code multipart/form-data} with the part {@code file} and
 * an optional {@code visibility}; a request without the part (JSON, say) is checked like any other change — 404,
 * 403, 412, 409 — before it is told the file is missing (400).
 */
@RestController
@Tag(name = "Work items", description = "Tickets, tasks and deliverables: workflow, review, comments, timeline, watchers")
class WorkAttachmentsApi {

	private final CurrentCaller callers;
	private final WorkAttachments attachments;

	WorkAttachmentsApi(CurrentCaller callers, WorkAttachments attachments) {
		this.callers = callers;
		this.attachments = attachments;
	}

	@GetMapping("/api/v1/work-items/{id}/attachments")
	@Operation(summary = "The item's attachments, oldest first, without their content; a client's users never "
			+ "receive internal ones")
	List<AttachmentView> list(@PathVariable UUID id) {
		return attachments.list(callers.require(), id);
	}

	@PostMapping("/api/v1/work-items/{id}/attachments")
	@Operation(summary = "Attach a file (multipart part \"file\", optional \"visibility\" CLIENT|INTERNAL): PDF, PNG, "
			+ "JPEG, GIF, DOCX, XLSX, PPTX, text, log, CSV or JSON, at most 10 MiB",
			description = "413 document-too-large past 10 MiB; 415 unsupported-document-type or document-type-mismatch "
					+ "when the name, declared type and content disagree; INTERNAL is the provider's side's (403).")
	ResponseEntity<AttachmentView> upload(@PathVariable UUID id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestPart(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String visibility) {
		AttachmentView added = attachments.add(callers.require(), id, ETags.optionalVersion(ifMatch),
				file == null ? null : file.getOriginalFilename(), file == null ? null : file.getContentType(),
				file == null ? null : FileTransfer.read(file), visibility);
		return ResponseEntity.created(URI.create("/api/v1/work-items/" + id + "/attachments/" + added.id()))
			.body(added);
	}

	@GetMapping("/api/v1/work-items/{id}/attachments/{attachmentId}")
	@Operation(summary = "Download an attachment, as an attachment under its stored name and type (nosniff)")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		return download(attachments.download(callers.require(), id, attachmentId));
	}

	@DeleteMapping("/api/v1/work-items/{id}/attachments/{attachmentId}")
	@Operation(summary = "Remove an attachment (its uploader, or the provider's manager); the timeline keeps a DETACHED event")
	ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID attachmentId,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		attachments.remove(callers.require(), id, attachmentId, ETags.optionalVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

	/** The container could not read the upload: past its limit the same 413 as the service's, else 400. */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> unreadableUpload(MultipartException failure) {
		if (failure instanceof MaxUploadSizeExceededException) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Problems.of(FileType.tooLarge()));
		}
		return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body",
				"The upload is not a readable multipart/form-data request"));
	}

	static ResponseEntity<byte[]> download(WorkAttachments.Download download) {
		AttachmentView attachment = download.attachment();
		return FileTransfer.attachment(attachment.fileName(), attachment.contentType(), download.content());
	}
}
