package org.pilotage.engagement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.Caller;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.identity.OrganizationKind;
import org.pilotage.identity.OrganizationManagement.OrganizationSummary;
import org.pilotage.identity.Role;
import org.pilotage.shared.Paging;
import org.pilotage.shared.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The engagement pages: list, start, detail (terms, rates, staffing, exit plan, documents, history, lifecycle),
 * terms and exit plan forms. They go through the same services as the API, so they see and may do exactly what
 * the API allows the caller. A form with bad fields comes back with status 400 and a message next to each field.
 */
@Controller
class EngagementPages {

	static final String LIST = "engagement/list";
	static final String FORM = "engagement/form";
	static final String DETAIL = "engagement/detail";
	static final String EXIT_PLAN = "engagement/exit-plan";
	static final String PLANNER = "engagement/planner";
	static final int PLANNER_MONTHS = 6;

	private final CurrentCaller callers;
	private final Engagements engagements;
	private final EngagementDocuments documents;
	private final EngagementStaffing staffing;
	private final MessageSource messages;
	private final java.time.Clock clock;

	EngagementPages(CurrentCaller callers, Engagements engagements, EngagementDocuments documents,
			EngagementStaffing staffing, MessageSource messages, java.time.Clock clock) {
		this.callers = callers;
		this.engagements = engagements;
		this.documents = documents;
		this.staffing = staffing;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/engagements")
	String list(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		Caller caller = callers.require();
		EngagementKind kindFilter = EngagementsApi.parse(EngagementKind.class, "kind", kind);
		EngagementStatus statusFilter = EngagementsApi.parse(EngagementStatus.class, "status", status);
		model.addAttribute("page", engagements.list(caller, kindFilter, statusFilter, Paging.of(page, null)));
		model.addAttribute("kind", kindFilter);
		model.addAttribute("status", statusFilter);
		model.addAttribute("kinds", EngagementKind.values());
		model.addAttribute("statuses", EngagementStatus.values());
		model.addAttribute("mayCreate", engagements.mayCreate(caller));
		model.addAttribute("base", "/engagements" + query(kindFilter, statusFilter));
		return LIST;
	}

	@GetMapping("/engagements/new")
	String startForm(Model model) {
		Caller caller = callers.require();
		if (!engagements.mayCreate(caller)) {
			throw Problem.forbidden("Only a client's administrator or a provider's manager starts an engagement");
		}
		return form(caller, new EngagementForm().withBlankRates(), null, Map.of(), model);
	}

	@PostMapping("/engagements/new")
	String start(@ModelAttribute("form") EngagementForm form, Model model, HttpServletResponse response) {
		Caller caller = callers.require();
		List<Problem.FieldError> errors = new ArrayList<>();
		EngagementTerms terms = form.toTerms(errors);
		return submitted(errors, () -> "redirect:/engagements/" + engagements.create(caller, terms).id(),
				() -> engagements.check(caller, terms, null), response,
				messages -> form(caller, form.withBlankRates(), null, messages, model));
	}

	@GetMapping("/engagements/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Caller caller = callers.require();
		EngagementView view = engagements.get(caller, id);
		model.addAttribute("engagement", view);
		model.addAttribute("history", engagements.history(caller, id));
		model.addAttribute("transitions", engagements.allowedTransitions(caller, id));
		model.addAttribute("mayEdit", engagements.mayEdit(caller, id));
		boolean party = view.audience() != Audience.FREELANCER;
		model.addAttribute("exitPlan", party ? engagements.exitPlan(caller, id) : null);
		model.addAttribute("documents", party ? documents.list(caller, id) : List.of());
		model.addAttribute("maxDocumentBytes", EngagementDocuments.MAX_BYTES);
		boolean mayStaff = staffing.mayStaff(caller, id);
		model.addAttribute("mayStaff", mayStaff);
		model.addAttribute("pool", mayStaff ? staffing.pool(caller, id) : List.of());
		return DETAIL;
	}

	@PostMapping("/engagements/{id}/staffing")
	String staff(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Caller caller = callers.require();
		return staffingActed(redirect, "engagement.notice.staffed", id, () -> {
			List<Problem.FieldError> errors = new ArrayList<>();
			UUID person = null;
			try {
				String chosen = EngagementForm.text(form.get("personId"));
				person = chosen.isEmpty() ? null : UUID.fromString(chosen);
			}
			catch (IllegalArgumentException unknown) {
				errors.add(new Problem.FieldError("personId", "unknown-person", "is not a person of your pool"));
			}
			StaffingRequest request = new StaffingRequest(person, EngagementForm.text(form.get("role")),
					EngagementForm.integer(errors, "allocationPercent", EngagementForm.text(form.get("allocationPercent"))),
					EngagementForm.date(errors, "from", EngagementForm.text(form.get("from"))),
					EngagementForm.date(errors, "to", EngagementForm.text(form.get("to"))));
			if (!errors.isEmpty()) {
				Set<String> unreadable = errors.stream().map(Problem.FieldError::field).collect(Collectors.toSet());
				EngagementStaffing.check(request, true)
					.stream()
					.filter(error -> !unreadable.contains(error.field()))
					.forEach(errors::add);
				throw new Problem(HttpStatus.BAD_REQUEST, "invalid-input", "The staffing has invalid fields", errors);
			}
			staffing.assign(caller, id, request);
		});
	}

	@PostMapping("/engagements/{id}/staffing/{staffingId}/release")
	String release(@PathVariable UUID id, @PathVariable UUID staffingId, RedirectAttributes redirect) {
		Caller caller = callers.require();
		return staffingActed(redirect, "engagement.notice.released", id, () -> staffing.release(caller, id, staffingId));
	}

	@GetMapping("/engagements/planner")
	String planner(Model model) {
		model.addAttribute("plan", staffing.plan(callers.require(), java.time.YearMonth.now(clock), PLANNER_MONTHS));
		return PLANNER;
	}

	/** A staffing button's answer: back to the staffing section with the notice, or with the problem shown there. */
	private static String staffingActed(RedirectAttributes redirect, String notice, UUID id, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (Problem problem) {
			if (problem.status() == HttpStatus.NOT_FOUND) {
				throw problem;
			}
			redirect.addFlashAttribute("staffingProblem", problem);
		}
		return "redirect:/engagements/" + id + "#staffing";
	}

	@GetMapping("/engagements/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		Caller caller = callers.require();
		EngagementView view = editable(caller, id);
		return form(caller, EngagementForm.of(view), view, Map.of(), model);
	}

	@PostMapping("/engagements/{id}/edit")
	String edit(@PathVariable UUID id, @ModelAttribute("form") EngagementForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Caller caller = callers.require();
		EngagementView view = editable(caller, id);
		List<Problem.FieldError> errors = new ArrayList<>();
		EngagementTerms terms = form.toTerms(errors);
		return submitted(errors, () -> {
			engagements.update(caller, id, form.versionOr(-1), terms);
			redirect.addFlashAttribute("notice", "notice.saved");
			return "redirect:/engagements/" + id;
		}, () -> engagements.check(caller, terms, id), response,
				messages -> form(caller, form.withBlankRates(), view, messages, model));
	}

	@GetMapping("/engagements/{id}/exit-plan")
	String exitPlanForm(@PathVariable UUID id, Model model) {
		Caller caller = callers.require();
		EngagementView view = editable(caller, id);
		ExitPlan plan = engagements.exitPlan(caller, id);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("planOnFile", Boolean.toString(plan.planOnFile()));
		form.put("dataReturnFormat", EngagementForm.text(plan.dataReturnFormat()));
		form.put("transitionDays", EngagementForm.text(plan.transitionDays()));
		form.put("lastRehearsal", EngagementForm.text(plan.lastRehearsal()));
		form.put("successorOption", EngagementForm.text(plan.successorOption()));
		form.put("version", Long.toString(plan.version()));
		return exitPlan(view, form, Map.of(), model);
	}

	@PostMapping("/engagements/{id}/exit-plan")
	String saveExitPlan(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Caller caller = callers.require();
		EngagementView view = editable(caller, id);
		Map<String, String> form = new LinkedHashMap<>();
		for (String field : List.of("dataReturnFormat", "transitionDays", "lastRehearsal", "successorOption", "version")) {
			form.put(field, EngagementForm.text(params.get(field)));
		}
		form.put("planOnFile", Boolean.toString("true".equals(params.get("planOnFile"))));
		List<Problem.FieldError> errors = new ArrayList<>();
		ExitPlan.Changes changes = new ExitPlan.Changes("true".equals(params.get("planOnFile")),
				form.get("dataReturnFormat"), EngagementForm.integer(errors, "transitionDays", form.get("transitionDays")),
				EngagementForm.date(errors, "lastRehearsal", form.get("lastRehearsal")), form.get("successorOption"));
		return submitted(errors, () -> {
			engagements.updateExitPlan(caller, id, EngagementForm.longOr(form.get("version"), -1), changes);
			redirect.addFlashAttribute("notice", "notice.saved");
			return "redirect:/engagements/" + id;
		}, List::of, response, messages -> exitPlan(view, form, messages, model));
	}

	@PostMapping("/engagements/{id}/status")
	String changeStatus(@PathVariable UUID id, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		Caller caller = callers.require();
		return acted(redirect, "engagement.notice.status", "/engagements/" + id, () -> {
			EngagementStatus target = EngagementForm.choice(new ArrayList<>(), "status", EngagementStatus.class,
					EngagementForm.text(status));
			engagements.changeStatus(caller, id, new StatusChange.Request(target, reason));
		});
	}

	@PostMapping("/engagements/{id}/documents")
	String upload(@PathVariable UUID id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			RedirectAttributes redirect) {
		Caller caller = callers.require();
		return acted(redirect, "engagement.notice.documentAdded", "/engagements/" + id + "#documents",
				() -> documents.add(caller, id, file == null ? null : file.getOriginalFilename(),
						file == null ? null : file.getContentType(), file == null ? null : EngagementsApi.bytes(file)));
	}

	@GetMapping("/engagements/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId) {
		return EngagementsApi.attachment(documents.download(callers.require(), id, documentId));
	}

	@PostMapping("/engagements/{id}/documents/{documentId}/delete")
	String deleteDocument(@PathVariable UUID id, @PathVariable UUID documentId, RedirectAttributes redirect) {
		Caller caller = callers.require();
		return acted(redirect, "engagement.notice.documentRemoved", "/engagements/" + id + "#documents",
				() -> documents.delete(caller, id, documentId));
	}

	/** An upload the container could not read whole (past its limits): back to the page with the reason. */
	@ExceptionHandler(MultipartException.class)
	String unreadableUpload(MultipartException failure, jakarta.servlet.http.HttpServletRequest request) {
		var redirect = RequestContextUtils.getOutputFlashMap(request);
		redirect.put("problem", EngagementDocuments.tooLarge());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return "redirect:" + (path.matches("^/engagements/[0-9a-f-]{36}/documents$")
				? path.substring(0, path.length() - "/documents".length()) : "/engagements");
	}

	/**
	 * A form's answer: saved (and redirected) when every field could be read and the service took it, else the
	 * form again with status 400 and every field's message, those the service would report included.
	 */
	private String submitted(List<Problem.FieldError> errors, Supplier<String> save,
			Supplier<List<Problem.FieldError>> check, HttpServletResponse response,
			Function<Map<String, String>, String> again) {
		try {
			if (errors.isEmpty()) {
				return save.get();
			}
			errors.addAll(check.get());
		}
		catch (Problem problem) {
			if (problem.status() != HttpStatus.BAD_REQUEST) {
				throw problem;
			}
			errors.addAll(problem.fieldErrors());
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return again.apply(messages(errors));
	}

	/** A button's answer: back to {@code target} with the notice, or with the problem that refused it. */
	private static String acted(RedirectAttributes redirect, String notice, String target, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (Problem problem) {
			if (problem.status() == HttpStatus.NOT_FOUND) {
				throw problem;
			}
			redirect.addFlashAttribute("problem", problem);
		}
		return "redirect:" + target;
	}

	private EngagementView editable(Caller caller, UUID id) {
		EngagementView view = engagements.get(caller, id);
		if (!engagements.mayEdit(caller, id)) {
			engagements.writable(caller, id);
		}
		return view;
	}

	private String form(Caller caller, EngagementForm form, @Nullable EngagementView editing, Map<String, String> errors,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", EngagementKind.values());
		model.addAttribute("functions", BpoFunction.values());
		if (editing == null) {
			model.addAttribute("clients", side(caller, EnumSet.of(OrganizationKind.CLIENT), Set.of(Role.CLIENT_ADMIN),
					Set.of(Role.PROVIDER_MANAGER, Role.FREELANCER)));
			// A client picks among agencies; a freelancer offers itself as provider by starting the engagement, so no
			// client is shown the list of the platform's freelancers.
			boolean clientSide = caller.memberships().stream().anyMatch(m -> m.role() == Role.CLIENT_ADMIN);
			model.addAttribute("providers", side(caller, clientSide ? EnumSet.of(OrganizationKind.PROVIDER)
					: EnumSet.of(OrganizationKind.PROVIDER, OrganizationKind.FREELANCER),
					Set.of(Role.PROVIDER_MANAGER, Role.FREELANCER), Set.of(Role.CLIENT_ADMIN)));
		}
		return FORM;
	}

	/**
	 * The organizations offered on one side of a new engagement: every organization of that side when the caller
	 * administers the other side (it picks its counterparty), else only those it administers itself.
	 */
	private List<OrganizationSummary> side(Caller caller, Set<OrganizationKind> kinds, Set<Role> ownRoles,
			Set<Role> counterpartRoles) {
		List<OrganizationSummary> all = engagements.counterparties(kinds);
		boolean counterparty = caller.memberships().stream()
			.anyMatch(m -> m.organizationId() != null && counterpartRoles.contains(m.role()));
		if (counterparty) {
			return all;
		}
		return all.stream()
			.filter(o -> ownRoles.stream().anyMatch(role -> caller.hasRole(o.id(), role)))
			.toList();
	}

	private String exitPlan(EngagementView view, Map<String, String> form, Map<String, String> errors, Model model) {
		model.addAttribute("engagement", view);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return EXIT_PLAN;
	}

	/** The message shown next to each field, in the page's language; the first error of a field wins. */
	private Map<String, String> messages(List<Problem.FieldError> errors) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> byField = new LinkedHashMap<>();
		errors.forEach(error -> byField.putIfAbsent(error.field(),
				messages.getMessage("engagement.invalid." + error.code(), null, error.message(), locale)));
		return byField;
	}

	private static String query(@Nullable EngagementKind kind, @Nullable EngagementStatus status) {
		List<String> parts = new ArrayList<>();
		if (kind != null) {
			parts.add("kind=" + kind);
		}
		if (status != null) {
			parts.add("status=" + status);
		}
		return parts.isEmpty() ? "" : "?" + String.join("&", parts);
	}
}
