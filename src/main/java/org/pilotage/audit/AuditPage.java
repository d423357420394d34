package org.pilotage.audit;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail page (AUDITOR, PLATFORM_ADMIN; enforced by the security chain). */
@Controller
class AuditPage {

	static final String VIEW = "audit/index";

	private final AuditLog log;

	AuditPage(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/audit")
	String index(@RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("page", log.page(Paging.of(page, 50), null));
		return VIEW;
	}

	/** Verification is a read, but it can take a while on a long trail, so it is asked for explicitly. */
	@PostMapping("/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", log.verify());
		model.addAttribute("page", log.page(Paging.of(0, 50), null));
		return VIEW;
	}
}
