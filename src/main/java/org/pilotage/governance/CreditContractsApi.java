package org.pilotage.governance;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.governance.CreditContracts.ContractView;
import org.pilotage.governance.CreditContracts.Statement;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.web.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An engagement's service-credit contract and monthly statements over the API. A statement is JSON at its address,
 * CSV and PDF at the same address with {@code .csv} and {@code .pdf}, as the estimates give their files at addresses
 * of their own: a link to a file then works from anywhere, and each answer has one type. The files are labelled in
 * the language of {@code Accept-Language} (English or French, English by default).
 */
@RestController
@Tag(name = "Service credits", description = "Service-credit contracts per engagement and their monthly statements")
class CreditContractsApi {

	private static final String STATEMENT = "/api/v1/engagements/{id}/credit-statements/{month}";

	private static final String WHO = " Both parties read (a staffed freelancer gets 404, as for an unknown "
			+ "engagement); a month is written yyyy-MM (400 malformed-month otherwise); 404 no-credit-contract without "
			+ "a contract, 404 no-statement for a month before the engagement's start or not yet begun. The current "
			+ "month is computed on each read (provisional: true); a closed month's statement is issued on its first "
			+ "read and kept as it is (issuedAt).";

	private final CurrentCaller callers;
	private final CreditContracts contracts;
	private final CreditStatementFiles files;

	CreditContractsApi(CurrentCaller callers, CreditContracts contracts, CreditStatementFiles files) {
		this.callers = callers;
		this.contracts = contracts;
		this.files = files;
	}

	@GetMapping("/api/v1/engagements/{id}/credit-contract")
	@Operation(summary = "The engagement's service-credit contract: its current version, levels, reported KPIs, "
			+ "bands and cap, and the numbers of all versions",
			description = "404 no-credit-contract when none was written yet. The ETag is the current version. Both "
					+ "parties read it; a staffed freelancer gets 404, as for an unknown engagement.")
	ResponseEntity<ContractView> contract(@PathVariable UUID id) {
		ContractView view = contracts.get(callers.require(), id);
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}

	@PutMapping("/api/v1/engagements/{id}/credit-contract")
	@Operation(summary = "Write a new version of the engagement's service-credit contract (the parties' administrators)",
			description = "Body: {\"currency\":\"EUR\",\"monthlyFee\":18500,\"atRiskShare\":12,\"levels\":[{\"kpi\":"
					+ "\"sla-compliance\",\"target\":95,\"minimum\":90,\"allocation\":50},…],\"reported\":[\"reopen-rate\"],"
					+ "\"note\":\"…\"}. KPIs by their catalogue code; a level's direction defaults to its KPI's; the "
					+ "allocations add up to allocationTotal (100 by default, up to 500 for an over-allocated pool); "
					+ "bands left out are the default ones (target met 0, target missed 0.5, minimum missed 1). Promoting "
					+ "a reported KPI is writing it as a level instead. If-Match: the version read, needed once there is "
					+ "a contract (428 without, 412 when stale). 400 names every bad field with its code at once; 403 "
					+ "for a reader; 409 on a closed engagement.")
	ResponseEntity<ContractView> writeContract(@PathVariable UUID id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody CreditContracts.Request request) {
		ContractView view = contracts.write(callers.require(), id, ETags.optionalVersion(ifMatch), request);
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}

	@GetMapping(path = STATEMENT, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The month's service-credit statement: each critical level with its measure, band and credit, "
			+ "the totals before and after the cap, and the reported KPIs", description = WHO)
	Statement statement(@PathVariable UUID id, @PathVariable String month) {
		return contracts.statement(callers.require(), id, CreditStatementFiles.month(month));
	}

	@GetMapping(path = STATEMENT + ".csv", produces = CreditStatementFiles.CSV)
	@Operation(summary = "The month's statement as CSV (UTF-8 with BOM, RFC 4180, figures plain)", description = WHO)
	ResponseEntity<byte[]> statementCsv(@PathVariable UUID id, @PathVariable String month, Locale locale) {
		return files.csv(contracts.statement(callers.require(), id, CreditStatementFiles.month(month)),
				locale);
	}

	@GetMapping(path = STATEMENT + ".pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The month's statement as PDF (A4 landscape)", description = WHO)
	ResponseEntity<byte[]> statementPdf(@PathVariable UUID id, @PathVariable String month, Locale locale) {
		return files.pdf(contracts.statement(callers.require(), id, CreditStatementFiles.month(month)),
				locale);
	}
}
