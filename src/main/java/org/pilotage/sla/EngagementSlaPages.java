package org.pilotage.sla;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Caller;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.Problem;
import org.pilotage.work.ItemDeadlines;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An engagement's SLA page: the counts of running, at-risk and breached clocks, the current policy, and the watched
 * clocks one line per item and metric, the longest breached first, filtered by state and sortable by time to
 * breach, as the API gives them. Bad parameters show their messages with status 400, never a 500.
 */
@Controller
class EngagementSlaPages {

	static final String PAGE = "sla/engagement";

	/** A line as the page shows it: the line, its due instant in the viewer's zone, its time to breach in words. */
	record PageLine(EngagementSla.Line line, String due, String timeToBreach) {
	}

	private final CurrentCaller callers;
	private final EngagementSla sla;
	private final Engagements engagements;
	private final MessageSource messages;

	EngagementSlaPages(CurrentCaller callers, EngagementSla sla, Engagements engagements, MessageSource messages) {
		this.callers = callers;
		this.sla = sla;
		this.engagements = engagements;
		this.messages = messages;
	}

	@GetMapping("/engagements/{id}/sla")
	String page(@PathVariable UUID id, @RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size, Model model, HttpServletResponse response) {
		Caller caller = callers.require();
		EngagementAccess access = engagements.access(caller, id);
		Locale locale = LocaleContextHolder.getLocale();
		ZoneId zone = sla.zoneOf(caller, access);
		String path = "/engagements/" + id + "/sla";
		String chosen = state == null || state.isBlank() ? "ALL" : state.strip().toUpperCase(Locale.ROOT);
		boolean descending = "-timeToBreach".equals(sort);
		model.addAttribute("engagement", access);
		model.addAttribute("zone", zone.getId());
		model.addAttribute("state", chosen);
		model.addAttribute("path", path);
		model.addAttribute("states", List.of("ALL", "BREACHED", "AT_RISK", "RUNNING"));
		model.addAttribute("sortLink", path + "?state=" + chosen + (descending ? "" : "&sort=-timeToBreach"));
		model.addAttribute("descending", descending);
		model.addAttribute("base", path + "?state=" + chosen + (descending ? "&sort=-timeToBreach" : ""));
		try {
			EngagementSla.View view = sla.items(caller, id, new EngagementSla.Request(state, sort, page, size));
			model.addAttribute("view", view);
			model.addAttribute("calendarLabel", view.policy() == null ? null
					: EngagementSla.calendarLabel(view.policy().calendarId(), view.policy().calendarName(), messages, locale));
			model.addAttribute("lines", view.lines().map(line -> new PageLine(line,
					SlaItemPanel.INSTANT.withZone(zone).format(line.dueAt()),
					new ItemDeadlines.Due(line.dueAt(), line.state() == EngagementSla.State.AT_RISK,
							line.state() == EngagementSla.State.BREACHED).text(view.at(), messages, locale))));
			model.addAttribute("errors", Map.of());
		}
		catch (Problem invalid) {
			if (invalid.status() != HttpStatus.BAD_REQUEST) {
				throw invalid;
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Map<String, String> errors = new LinkedHashMap<>();
			invalid.fieldErrors().forEach(error -> errors.putIfAbsent(error.field(),
					messages.getMessage("sla.view.invalid." + error.field(), null, error.message(), locale)));
			model.addAttribute("errors", errors);
			model.addAttribute("view", null);
			model.addAttribute("calendarLabel", null);
			model.addAttribute("lines", null);
		}
		return PAGE;
	}
}
