package org.pilotage.work;

import java.util.ArrayList;
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
import org.pilotage.work.WorkViews.WorkItemView;
import org.springframework.beans.factory.ObjectProvider;
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
 * The work pages: the create form, and an item's detail (fields, whose turn it
 * is, the actions the caller may take, the timeline and the comments). They go through {@link WorkItems} like the
 * API, so they see and may do exactly what the API allows. A form with bad fields comes back with status 400 and
 * a message next to each field.
 */
@Controller
class WorkPages {

	static final String FORM = "work/form";
	static final String DETAIL = "work/detail";

	private final CurrentCaller callers;
	private final WorkItems work;
	private final Engagements engagements;
	private final MessageSource messages;
	private final WorkFeedbackModel feedback;
	private final ObjectProvider<ItemPagePanels> panels;

	WorkPages(CurrentCaller callers, WorkItems work, Engagements engagements, MessageSource messages,
			WorkFeedbackModel feedback, ObjectProvider<ItemPagePanels> panels) {
		this.callers = callers;
		this.work = work;
		this.engagements = engagements;
		this.messages = messages;
		this.feedback = feedback;
		this.panels = panels;
	}

	@GetMapping("/engagements/{id}/work/new")
	String createForm(@PathVariable UUID id, Model model) {
		Caller caller = callers.require();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("impact", Level.MEDIUM.name());
		form.put("urgency", Level.MEDIUM.name());
		return form(caller, id, form, Map.of(), model);
	}

	@PostMapping("/engagements/{id}/work/new")
	String create(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
			HttpServletResponse response) {
		Caller caller = callers.require();
		Map<String, String> form = new LinkedHashMap<>();
		for (String field : List.of("type", "ticketType", "title", "description", "category", "impact", "urgency",
				"dueDate", "acceptanceCriteria")) {
			form.put(field, params.getOrDefault(field, "").strip());
		}
		List<Problem.FieldError> errors = new ArrayList<>();
		java.time.LocalDate due = null;
		if (!form.get("dueDate").isEmpty()) {
			try {
				due = java.time.LocalDate.parse(form.get("dueDate"));
			}
			catch (java.time.format.DateTimeParseException unreadable) {
				errors.add(new Problem.FieldError("dueDate", "date", "must be a date"));
			}
		}
		WorkItemRequest request = new WorkItemRequest(form.get("type"), blank(form.get("ticketType")), form.get("title"),
				form.get("description"), form.get("category"), blank(form.get("impact")), blank(form.get("urgency")), due,
				form.get("acceptanceCriteria"));
		try {
			if (errors.isEmpty()) {
				return "redirect:/work-items/" + work.create(caller, id, request).id();
			}
			errors.addAll(WorkItemValidation.errors(request, null, engagements.access(caller, id).kind()));
		}
		catch (Problem problem) {
			if (problem.status() != HttpStatus.BAD_REQUEST) {
				throw problem;
			}
			errors.addAll(problem.fieldErrors());
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(caller, id, form, messages(errors), model);
	}

	@GetMapping("/work-items/{id}")
	String detail(@PathVariable UUID id, Model model) {
		return detail(callers.require(), id, Map.of(), Map.of(), model);
	}

	@PostMapping("/work-items/{id}/transition")
	String transition(@PathVariable UUID id, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		Caller caller = callers.require();
		return acted(redirect, id, "work.notice.moved",
				() -> work.transition(caller, id, null, new WorkRequests.Transition(status, reason)));
	}

	@PostMapping("/work-items/{id}/assign")
	String assign(@PathVariable UUID id, @RequestParam(required = false) @Nullable String personId,
			RedirectAttributes redirect) {
		Caller caller = callers.require();
		return acted(redirect, id, "work.notice.assigned", () -> {
			UUID person = null;
			if (personId != null && !personId.isBlank()) {
				try {
					person = UUID.fromString(personId.strip());
				}
				catch (IllegalArgumentException unknown) {
					throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "not-staffed", "not a staffed person");
				}
			}
			work.assign(caller, id, null, new WorkRequests.Assignee(person));
		});
	}

	@PostMapping("/work-items/{id}/submit")
	String submit(@PathVariable UUID id, RedirectAttributes redirect) {
		Caller caller = callers.require();
		return acted(redirect, id, "work.notice.submitted", () -> work.submit(caller, id, null, null));
	}

	@PostMapping("/work-items/{id}/accept")
	String accept(@PathVariable UUID id, RedirectAttributes redirect) {
		Caller caller = callers.require();
		return acted(redirect, id, "work.notice.accepted", () -> work.accept(caller, id, null, null));
	}

	@PostMapping("/work-items/{id}/reject")
	String reject(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Caller caller = callers.require();
		return withFields(caller, id, Map.of("reason", reason == null ? "" : reason), model, response, redirect,
				"work.notice.rejected", () -> work.reject(caller, id, null, new WorkRequests.Rejection(reason)));
	}

	@PostMapping("/work-items/{id}/comments")
	String comment(@PathVariable UUID id, @RequestParam(required = false) @Nullable String body,
			@RequestParam(required = false) @Nullable String visibility, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Caller caller = callers.require();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("body", body == null ? "" : body);
		form.put("visibility", visibility == null ? "" : visibility);
		return withFields(caller, id, form, model, response, redirect, "work.notice.commented",
				() -> work.comment(caller, id, null, new WorkRequests.Comment(body, visibility)));
	}

	@PostMapping("/work-items/{id}/watch")
	String watch(@PathVariable UUID id, RedirectAttributes redirect) {
		Caller caller = callers.require();
		return acted(redirect, id, "work.notice.watching", () -> work.watch(caller, id));
	}

	@PostMapping("/work-items/{id}/unwatch")
	String unwatch(@PathVariable UUID id, RedirectAttributes redirect) {
		Caller caller = callers.require();
		return acted(redirect, id, "work.notice.unwatched", () -> work.unwatch(caller, id));
	}

	String detail(Caller caller, UUID id, Map<String, String> form, Map<String, String> errors, Model model) {
		WorkItemView item = work.get(caller, id);
		model.addAttribute("item", item);
		model.addAttribute("engagement", engagements.access(caller, item.engagementId()));
		model.addAttribute("comments", work.comments(caller, id));
		model.addAttribute("events", work.events(caller, id));
		List<WorkViews.WatcherView> watchers = work.watchers(caller, id);
		model.addAttribute("watchers", watchers);
		model.addAttribute("watching", watchers.stream().anyMatch(WorkViews.WatcherView::you));
		model.addAttribute("assignable", item.actions().contains("ASSIGN")
				? work.assignable(caller, item.engagementId()) : List.of());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		feedback.addTo(model, caller, item);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("panels", panels.orderedStream()
			.flatMap(source -> source.panels(caller, id, locale).stream())
			.toList());
		return DETAIL;
	}

	private String form(Caller caller, UUID engagementId, Map<String, String> form, Map<String, String> errors,
			Model model) {
		EngagementAccess engagement = engagements.access(caller, engagementId);
		var types = work.creatableTypes(caller, engagementId);
		if (types.isEmpty()) {
			throw Problem.forbidden("You may not create work items on this engagement now");
		}
		model.addAttribute("engagement", engagement);
		model.addAttribute("types", types);
		model.addAttribute("ticketTypes", TicketType.values());
		model.addAttribute("levels", Level.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return FORM;
	}

	/** A button's answer: back to the item with a notice, or with the problem that refused it. */
	private static String acted(RedirectAttributes redirect, UUID id, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("workNotice", notice);
		}
		catch (Problem problem) {
			if (problem.status() == HttpStatus.NOT_FOUND) {
				throw problem;
			}
			redirect.addFlashAttribute("workProblem", problem);
		}
		return "redirect:/work-items/" + id;
	}

	/** A small form of the detail page: bad fields show the page again with status 400 and the field's message. */
	private String withFields(Caller caller, UUID id, Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			return acted(redirect, id, notice, () -> {
				try {
					action.run();
				}
				catch (Problem problem) {
					if (problem.status() == HttpStatus.BAD_REQUEST) {
						throw new FieldsRefused(problem);
					}
					throw problem;
				}
			});
		}
		catch (FieldsRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return detail(caller, id, form, messages(refused.problem.fieldErrors()), model);
		}
	}

	/** Carries a 400 past {@link #acted}, which would otherwise turn it into a notice. */
	private static final class FieldsRefused extends RuntimeException {

		private final transient Problem problem;

		FieldsRefused(Problem problem) {
			super(problem.getMessage(), null, false, false);
			this.problem = problem;
		}
	}

	/** The message shown next to each field, in the page's language; the first error of a field wins. */
	Map<String, String> messages(List<Problem.FieldError> errors) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> byField = new LinkedHashMap<>();
		errors.forEach(error -> byField.putIfAbsent(error.field(),
				messages.getMessage("work.invalid." + error.code(), null, error.message(), locale)));
		return byField;
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
