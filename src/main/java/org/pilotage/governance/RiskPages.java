package org.pilotage.governance;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.Caller;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An engagement's dependency risk page: the figures as the API gives them to the reader, the thresholds they are held
 * against and the warnings, each in words as well as in colour. A bad window comes back with status 400 and its
 * message; a staffed freelancer gets the 404 page.
 */
@Controller
class RiskPages {

	static final String PAGE = "governance/risk";

	private final CurrentCaller callers;
	private final DependencyRisks risks;
	private final MessageSource messages;

	RiskPages(CurrentCaller callers, DependencyRisks risks, MessageSource messages) {
		this.callers = callers;
		this.risks = risks;
		this.messages = messages;
	}

	@GetMapping("/engagements/{id}/risk")
	String page(@PathVariable UUID id, @RequestParam(required = false) @Nullable String days, Model model,
			HttpServletResponse response) {
		Caller caller = callers.require();
		model.addAttribute("engagement", risks.readable(caller, id));
		model.addAttribute("days", days == null ? String.valueOf(DependencyRisks.DEFAULT_DAYS) : days);
		try {
			model.addAttribute("risk", risks.engagement(caller, id, number(days)));
			model.addAttribute("errors", Map.of());
		}
		catch (Problem invalid) {
			if (invalid.status() != HttpStatus.BAD_REQUEST) {
				throw invalid;
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("risk", null);
			model.addAttribute("errors", Map.of("days", messages.getMessage("governance.risk.invalid.days", null,
					invalid.getMessage(), LocaleContextHolder.getLocale())));
		}
		return PAGE;
	}

	/** The window as typed: a malformed one is refused like one out of range. */
	private static @Nullable Integer number(@Nullable String days) {
		if (days == null || days.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(days.strip());
		}
		catch (NumberFormatException notANumber) {
			throw Problem.invalid("days", "range", "A whole number of days");
		}
	}
}
