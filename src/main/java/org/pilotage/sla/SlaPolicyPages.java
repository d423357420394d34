package org.pilotage.sla;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Caller;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.Problem;
import org.pilotage.work.Priority;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An engagement's SLA policy page: the version in force (or an earlier one), its goals per metric and priority, its
 * calendar, at-risk share and, in subcontracting, the OLA's share, each side seeing its own agreements; a form for the
 * parties' administrators that writes a new version (goals in business minutes; the conditions keep those of the
 * version in force, the OLA is derived again from its share); and the recompute command.
 */
@Controller
class SlaPolicyPages {

	static final String VIEW = "sla/policy";

	private static final java.util.regex.Pattern GOAL = java.util.regex.Pattern.compile("metrics\\[(\\d+)]\\.goalMinutes\\.(\\w+)");

	private final CurrentCaller callers;
	private final SlaPolicies policies;
	private final SlaClocks clocks;
	private final Engagements engagements;
	private final MessageSource messages;

	SlaPolicyPages(CurrentCaller callers, SlaPolicies policies, SlaClocks clocks,
			Engagements engagements, MessageSource messages) {
		this.callers = callers;
		this.policies = policies;
		this.clocks = clocks;
		this.engagements = engagements;
		this.messages = messages;
	}

	/** A row of the goals table: a metric of an agreement and its goal per priority (null: none). */
	record GoalRow(Metric metric, Agreement agreement, Map<Priority, @Nullable Long> goals, String conditions) {
	}

	@GetMapping("/engagements/{id}/sla/policy")
	String show(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer version, Model model) {
		Caller caller = callers.require();
		return page(caller, id, version, null, Map.of(), model);
	}

	@PostMapping("/engagements/{id}/sla/policy")
	String write(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Caller caller = callers.require();
		Map<String, String> errors = new LinkedHashMap<>();
		Long expected = number(form.get("version"), "form", errors);
		Integer atRisk = integer(form.get("atRiskPercent"), "atRiskPercent", errors);
		Integer ola = integer(form.get("olaPercent"), "olaPercent", errors);
		List<SlaPolicies.MetricRequest> metrics = new ArrayList<>();
		for (MetricDefinition metric : inForce(caller, id)) {
			if (metric.agreement() != Agreement.SLA) {
				continue;
			}
			Map<String, Long> goals = new LinkedHashMap<>();
			for (Priority priority : Priority.values()) {
				String field = "goal." + metric.metric() + "." + priority;
				Long minutes = number(form.get(field), field, errors);
				if (minutes != null) {
					goals.put(priority.name(), minutes);
				}
			}
			metrics.add(new SlaPolicies.MetricRequest(metric.metric().name(), names(metric.types()),
					names(metric.start()), names(metric.pause()), names(metric.resume()), names(metric.stop()),
					metric.restarts(), goals, null));
		}
		try {
			if (!errors.isEmpty()) {
				throw new Problem(HttpStatus.BAD_REQUEST, "invalid-input", "The policy has invalid fields");
			}
			SlaPolicies.PolicyView written = policies.write(caller, id, expected, new SlaPolicies.Request(
					form.get("calendarId"), atRisk, metrics.isEmpty() ? null : metrics, blankToNull(form.get("note")),
					ola));
			redirect.addFlashAttribute("policyNotice", message("sla.policy.written", written.current().version()));
			return "redirect:/engagements/" + id + "/sla/policy";
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			messagesOf(problem).forEach((field, message) -> {
				// metrics[2].goalMinutes.P1 is the input goal.RESOLUTION.P1
				java.util.regex.Matcher goal = GOAL.matcher(field);
				errors.put(goal.matches() ? "goal." + metrics.get(Integer.parseInt(goal.group(1))).metric() + "."
						+ goal.group(2) : field, message);
			});
			return page(caller, id, null, form, errors, model);
		}
	}

	@PostMapping("/engagements/{id}/sla/policy/recompute")
	String recompute(@PathVariable UUID id, RedirectAttributes redirect) {
		Caller caller = callers.require();
		EngagementAccess access = engagements.access(caller, id);
		if (!SlaPolicies.mayWrite(caller, access)) {
			throw Problem.forbidden("Only the parties' administrators recompute clocks");
		}
		SlaClocks.Recomputed done = clocks.recompute(id, false);
		redirect.addFlashAttribute("policyNotice", message("sla.policy.recomputed", done.items(), done.clocks(), done.millis()));
		return "redirect:/engagements/" + id + "/sla/policy";
	}

	private String page(Caller caller, UUID id, @Nullable Integer version, @Nullable Map<String, String> form,
			Map<String, String> errors, Model model) {
		EngagementAccess access = engagements.access(caller, id);
		model.addAttribute("engagement", access);
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("errors", errors);
		boolean mayWrite = SlaPolicies.mayWrite(caller, access);
		model.addAttribute("mayWrite", mayWrite);
		model.addAttribute("hasOla", access.kind().hasMission());
		List<CalendarSummary> usable = policies.usableCalendars(access);
		model.addAttribute("calendars", usable);
		PolicyVersion shown = null;
		List<Integer> versions = List.of();
		try {
			SlaPolicies.PolicyView view = policies.get(caller, id);
			versions = view.versions();
			shown = version == null || version == view.current().version() ? view.current()
					: policies.version(caller, id, version);
		}
		catch (Problem none) {
			if (none.status() != HttpStatus.NOT_FOUND || !"no-sla-policy".equals(none.code())) {
				throw none;
			}
		}
		model.addAttribute("policy", shown);
		model.addAttribute("versions", versions);
		model.addAttribute("current", versions.isEmpty() ? 0 : versions.get(versions.size() - 1));
		model.addAttribute("rows", shown == null ? List.of() : rows(shown.metrics()));
		UUID calendarId = shown == null ? null : shown.calendarId();
		model.addAttribute("calendarName", calendarId == null ? null
				: usable.stream()
					.filter(c -> c.id().equals(calendarId))
					.map(CalendarSummary::name)
					.findFirst()
					.orElse(calendarId.toString()));
		model.addAttribute("form", form != null ? form : formOf(shown));
		return VIEW;
	}

	/** The SLA metrics of the version in force (the defaults' when there is none yet), what the form edits. */
	private List<MetricDefinition> inForce(Caller caller, UUID id) {
		try {
			return policies.get(caller, id).current().metrics();
		}
		catch (Problem none) {
			if (none.status() != HttpStatus.NOT_FOUND) {
				throw none;
			}
			return SlaPolicies.metrics(null, new ArrayList<>());
		}
	}

	private static List<GoalRow> rows(List<MetricDefinition> metrics) {
		List<GoalRow> rows = new ArrayList<>();
		for (MetricDefinition metric : metrics) {
			Map<Priority, @Nullable Long> goals = new LinkedHashMap<>();
			for (Priority priority : Priority.values()) {
				goals.put(priority, metric.goalMinutes().get(priority));
			}
			rows.add(new GoalRow(metric.metric(), metric.agreement(), goals,
					String.join(" ", "start:" + names(metric.start()), "pause:" + names(metric.pause()),
							"resume:" + names(metric.resume()), "stop:" + names(metric.stop()))));
		}
		return rows;
	}

	private static Map<String, String> formOf(@Nullable PolicyVersion version) {
		Map<String, String> form = new LinkedHashMap<>();
		List<MetricDefinition> metrics = version == null ? SlaPolicies.metrics(null, new ArrayList<>()) : version.metrics();
		for (MetricDefinition metric : metrics) {
			if (metric.agreement() == Agreement.SLA) {
				metric.goalMinutes().forEach((priority, minutes) ->
						form.put("goal." + metric.metric() + "." + priority, String.valueOf(minutes)));
			}
		}
		form.put("atRiskPercent", String.valueOf(version == null ? 75 : version.atRiskPercent()));
		form.put("olaPercent", String.valueOf(version == null || version.olaPercent() == null
				? SlaPolicies.DEFAULT_OLA_PERCENT : version.olaPercent()));
		form.put("calendarId", version == null || version.calendarId() == null ? "" : version.calendarId().toString());
		form.put("version", String.valueOf(version == null ? 0 : version.version()));
		return form;
	}

	private static List<String> names(java.util.Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().toList();
	}

	private @Nullable Long number(@Nullable String text, String field, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(text.trim());
		}
		catch (NumberFormatException notANumber) {
			errors.put(field, message("sla.policy.invalid.number"));
			return null;
		}
	}

	private @Nullable Integer integer(@Nullable String text, String field, Map<String, String> errors) {
		Long value = number(text, field, errors);
		if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
			errors.put(field, message("sla.policy.invalid.number"));
			return null;
		}
		return value == null ? null : value.intValue();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	/** Each bad field's message next to its input (the API's field names mapped to the form's). */
	private Map<String, String> messagesOf(Problem problem) {
		Map<String, String> byField = new LinkedHashMap<>();
		if (problem.fieldErrors().isEmpty()) {
			byField.put("form", messages.getMessage("sla.policy.problem." + problem.code(), null, problem.getMessage(),
					LocaleContextHolder.getLocale()));
		}
		for (Problem.FieldError error : problem.fieldErrors()) {
			byField.put(error.field(), messages.getMessage("sla.policy.invalid." + error.code(), null, error.message(),
					LocaleContextHolder.getLocale()));
		}
		return byField;
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
