package org.pilotage.governance;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.governance.WeeklyReportStore.Archived;
import org.pilotage.governance.WeeklyReports.ActionRequest;
import org.pilotage.governance.WeeklyReports.Archive;
import org.pilotage.governance.WeeklyReports.GenerateRequest;
import org.pilotage.governance.WeeklyReports.ReportView;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.web.ETags;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * An engagement's weekly follow-up reports and their decisions and actions over the API. A report is JSON at its
 * address and PDF at the same address with {@code .pdf}, labelled in the language of {@code Accept-Language}.
 */
@RestController
@Tag(name = "Weekly reports", description = "Weekly follow-up reports per engagement, with decisions and actions")
class WeeklyReportsApi {

	private static final String REPORTS = "/api/v1/engagements/{id}/weekly-reports";

	private static final String ACTIONS = "/api/v1/engagements/{id}/weekly-report-actions";

	private static final String WHO = " Both parties read (a staffed freelancer gets 404, as for an unknown engagement);"
			+ " a week is written 2026-W48 (400 naming the field week otherwise); 404 no-report for a week without a"
			+ " report. Without revision, the week's latest revision.";

	private final CurrentCaller callers;
	private final WeeklyReports reports;
	private final MessageSource messages;

	WeeklyReportsApi(CurrentCaller callers, WeeklyReports reports, MessageSource messages) {
		this.callers = callers;
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping(REPORTS)
	@Operation(summary = "The engagement's archived weekly reports: each week's latest revision, the latest week first",
			description = "Both parties read; a staffed freelancer gets 404. editable: whether the caller may generate "
					+ "reports and write the actions.")
	Archive archive(@PathVariable UUID id) {
		return reports.archive(callers.require(), id);
	}

	@PostMapping(REPORTS)
	@Operation(summary = "Generate a week's report now (the parties' administrators)",
			description = "Body: {\"week\":\"2026-W48\"}. The week must have ended in the client's zone (400 "
					+ "week-not-ended) and not before the engagement began (400 week-before-start); a week generated "
					+ "already gets a new revision, the archived ones never change. "
					+ "The report is not e-mailed: the Monday schedule sends the week's report. 400 names the field week; "
					+ "403 for a reader; 404 for a staffed freelancer.")
	ResponseEntity<ReportView> generate(@PathVariable UUID id, @RequestBody GenerateRequest request) {
		ReportView view = reports.generate(callers.require(), id, request);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header(HttpHeaders.LOCATION, "/api/v1/engagements/" + id + "/weekly-reports/" + view.week())
			.body(view);
	}

	@GetMapping(path = REPORTS + "/{week}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A week's report as archived: KPIs beside the previous week, breaches, items at risk, oldest "
			+ "open items, deliverables due, risk warnings, decisions and actions", description = WHO)
	ReportView report(@PathVariable UUID id, @PathVariable String week,
			@RequestParam(required = false) @Nullable Integer revision) {
		return reports.get(callers.require(), id, week, revision);
	}

	@GetMapping(path = REPORTS + "/{week}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "A week's report as PDF (A4 landscape)", description = WHO)
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable String week,
			@RequestParam(required = false) @Nullable Integer revision, Locale locale) {
		return pdf(reports.get(callers.require(), id, week, revision), messages, locale);
	}

	/** The report's PDF in the reader's language, as a download named after its week. */
	static ResponseEntity<byte[]> pdf(ReportView view, MessageSource messages, Locale locale) {
		byte[] pdf = WeeklyReportPdf.write(view.report(), view.revision(), messages, WeeklyReports.language(locale));
		String name = WeeklyReportMail.fileName(new Archived(UUID.randomUUID(), view.engagementId(), view.week(),
				view.revision(), view.scheduled(), view.generatedAt(), view.generatedBy(), view.report()));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(pdf);
	}

	@GetMapping(ACTIONS)
	@Operation(summary = "The engagement's decisions and actions, oldest first",
			description = "Both parties read; a staffed freelancer gets 404. Each carries its version (its ETag for a "
					+ "change).")
	List<ReportAction> actions(@PathVariable UUID id) {
		return reports.actions(callers.require(), id);
	}

	@PostMapping(ACTIONS)
	@Operation(summary = "Add a decision or an action (the parties' administrators)",
			description = "Body: {\"kind\":\"ACTION\",\"text\":\"…\",\"ownerUserId\":\"…\" or \"owner\":\"free text\","
					+ "\"dueDate\":\"2026-12-04\",\"status\":\"OPEN\"}; kind defaults to ACTION, status to OPEN. 400 names "
					+ "every bad field; 403 for a reader.")
	ResponseEntity<ReportAction> addAction(@PathVariable UUID id, @RequestBody ActionRequest request) {
		ReportAction action = reports.addAction(callers.require(), id, request);
		return ResponseEntity.status(HttpStatus.CREATED).eTag(ETags.of(action.version())).body(action);
	}

	@PutMapping(ACTIONS + "/{action}")
	@Operation(summary = "Rewrite a decision or an action: text, kind, owner, due date, status",
			description = "If-Match: the version read (428 without, 412 when stale). DONE or DROPPED closes it: the "
					+ "report of the week it was closed in lists it one last time. 400 names every bad field; 403 for a "
					+ "reader; 404 for an action of another engagement.")
	ResponseEntity<ReportAction> updateAction(@PathVariable UUID id, @PathVariable UUID action,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody ActionRequest request) {
		ReportAction written = reports.updateAction(callers.require(), id, action, ETags.requireVersion(ifMatch),
				request);
		return ResponseEntity.ok().eTag(ETags.of(written.version())).body(written);
	}
}
