package org.pilotage.audit;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit trail for auditors and platform administrators (enforced by the API security chain). */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Hash-chained audit trail (AUDITOR, PLATFORM_ADMIN)")
class AuditApi {

	private final AuditLog log;

	AuditApi(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/verify")
	@Operation(summary = "Recompute the chain and report the first broken row, if any")
	AuditLog.Verification verify() {
		return log.verify();
	}

	@GetMapping("/events")
	@Operation(summary = "Audit events, newest first")
	PageResult<AuditRecord> events(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size,
			@RequestParam(required = false) @Nullable UUID organizationId) {
		return log.page(Paging.of(page, size), organizationId);
	}
}
