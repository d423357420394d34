package org.pilotage.talent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.Caller;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.identity.OrganizationManagement;
import org.pilotage.identity.UserManagement;
import org.pilotage.shared.Paging;
import org.pilotage.shared.Problem;
import org.pilotage.talent.matching.Seniority;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The people pages: a provider's list, a person's profile with its availability, and the form to add one. A
 * freelancer is taken to its own profile. The same services as the API scope everything; a form with bad
 * fields comes back with status 400 and each message next to its field.
 */
@Controller
class PeoplePages {

	static final String LIST = "talent/people";
	static final String PERSON = "talent/person";

	private final CurrentCaller callers;
	private final PeopleManagement people;
	private final Skills skills;
	private final CurrencyRates rates;
	private final OrganizationManagement organizations;
	private final UserManagement users;
	private final FieldMessages messages;

	PeoplePages(CurrentCaller callers, PeopleManagement people, Skills skills, CurrencyRates rates,
			OrganizationManagement organizations, UserManagement users, FieldMessages messages) {
		this.callers = callers;
		this.people = people;
		this.skills = skills;
		this.rates = rates;
		this.organizations = organizations;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/people")
	String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
		Caller caller = callers.require();
		if (people.freelancerOrganization(caller).isPresent() && Access.managedOrganizations(caller).isEmpty()) {
			return people.ownFreelanceProfile(caller).map(own -> "redirect:/people/" + own.id())
				.orElse("redirect:/people/new");
		}
		model.addAttribute("page", people.list(caller, null, Paging.of(page, null)));
		model.addAttribute("canAdd", caller.isPlatformAdmin() || !Access.managedOrganizations(caller).isEmpty());
		model.addAttribute("organizations", organizationNames(caller));
		return LIST;
	}

	@GetMapping("/people/new")
	String newPerson(Model model) {
		Caller caller = callers.require();
		boolean freelancerWithoutProfile = people.freelancerOrganization(caller).isPresent()
				&& people.ownFreelanceProfile(caller).isEmpty();
		if (!caller.isPlatformAdmin() && Access.managedOrganizations(caller).isEmpty() && !freelancerWithoutProfile) {
			throw Problem.forbidden("Only provider managers add people; a freelancer has one profile");
		}
		PersonForm form = new PersonForm();
		form.setEmail(people.freelancerOrganization(caller).isPresent() ? caller.email() : "");
		form.setDisplayName(people.freelancerOrganization(caller).isPresent() ? caller.displayName() : "");
		people.freelancerOrganization(caller).ifPresent(org -> form.setUserId(caller.userId().toString()));
		return showNew(caller, form, Map.of(), model);
	}

	@PostMapping("/people")
	String create(@ModelAttribute("form") PersonForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Caller caller = callers.require();
		List<Problem.FieldError> errors = new ArrayList<>();
		PersonRequest request = form.toRequest(errors);
		try {
			if (errors.isEmpty()) {
				Person created = people.create(caller, request);
				redirect.addFlashAttribute("notice", "notice.created");
				return "redirect:/people/" + created.id();
			}
			people.check(request, null);
		}
		catch (Problem problem) {
			if (problem.status() != HttpStatus.BAD_REQUEST) {
				throw problem;
			}
			errors.addAll(problem.fieldErrors());
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return showNew(caller, form, messages.of(errors, FieldMessages::listInput, form::entry), model);
	}

	@GetMapping("/people/{id}")
	String person(@PathVariable UUID id, Model model) {
		Caller caller = callers.require();
		Person person = people.get(caller, id);
		return show(caller, person, PersonForm.of(person), Map.of(), PeriodsForm.of(people.availability(caller, id)),
				Map.of(), model);
	}

	@PostMapping("/people/{id}")
	String update(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("form") PersonForm form,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Caller caller = callers.require();
		Person current = people.get(caller, id);
		List<Problem.FieldError> errors = new ArrayList<>();
		PersonRequest request = form.toRequest(errors);
		try {
			if (errors.isEmpty()) {
				people.update(caller, id, version, request);
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/people/" + id;
			}
			people.check(request, null);
		}
		catch (Problem problem) {
			if (problem.status() != HttpStatus.BAD_REQUEST) {
				return refused(problem, id, redirect);
			}
			errors.addAll(problem.fieldErrors());
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return show(caller, current, form, messages.of(errors, FieldMessages::listInput, form::entry),
				PeriodsForm.of(people.availability(caller, id)), Map.of(), model);
	}

	@PostMapping("/people/{id}/availability")
	String availability(@PathVariable UUID id, @RequestParam long version,
			@ModelAttribute("periodsForm") PeriodsForm periodsForm, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Caller caller = callers.require();
		Person current = people.get(caller, id);
		List<Problem.FieldError> errors = new ArrayList<>();
		AvailabilityRequest request = periodsForm.toRequest(errors);
		try {
			if (errors.isEmpty()) {
				people.replaceAvailability(caller, id, version, request);
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/people/" + id;
			}
			PeopleManagement.checkPeriods(request);
		}
		catch (Problem problem) {
			if (problem.status() != HttpStatus.BAD_REQUEST) {
				return refused(problem, id, redirect);
			}
			problem.fieldErrors().forEach(error -> errors.add(new Problem.FieldError(
					renumber(error.field(), periodsForm), error.code(), error.message())));
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return show(caller, current, PersonForm.of(current), Map.of(), periodsForm.withEmptyRow(), messages.of(errors),
				model);
	}

	@PostMapping("/people/{id}/deactivate")
	String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			people.deactivate(callers.require(), id);
			redirect.addFlashAttribute("notice", "notice.saved");
		}
		catch (Problem problem) {
			return refused(problem, id, redirect);
		}
		return "redirect:/people/" + id;
	}

	/** A refusal that is no bad field (403, 409, 412) comes back as the layout's message; 404 stays a 404. */
	private static String refused(Problem problem, UUID id, RedirectAttributes redirect) {
		if (problem.status() == HttpStatus.NOT_FOUND) {
			throw problem;
		}
		redirect.addFlashAttribute("problem", problem);
		redirect.addFlashAttribute("problemDetail", problem.getMessage());
		return "redirect:/people/" + id;
	}

	private static String renumber(String field, PeriodsForm form) {
		if (!field.startsWith("periods[")) {
			return field;
		}
		int close = field.indexOf(']');
		int index = Integer.parseInt(field.substring("periods[".length(), close));
		return "periods[" + form.rowOf(index) + "]" + field.substring(close + 1);
	}

	private String showNew(Caller caller, PersonForm form, Map<String, String> errors, Model model) {
		model.addAttribute("person", null);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("canEdit", true);
		model.addAttribute("organizations", organizationNames(caller));
		model.addAttribute("members", List.of());
		return common(model);
	}

	private String show(Caller caller, Person person, PersonForm form, Map<String, String> errors,
			PeriodsForm periodsForm, Map<String, String> periodErrors, Model model) {
		boolean canEdit = people.edits(caller, person);
		model.addAttribute("person", person);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("periodsForm", periodsForm);
		model.addAttribute("periodErrors", periodErrors);
		model.addAttribute("availability", people.availability(caller, person.id()));
		model.addAttribute("canEdit", canEdit);
		model.addAttribute("members", canEdit ? users.members(caller, person.organizationId()) : List.of());
		model.addAttribute("organizations", organizationNames(caller));
		return common(model);
	}

	private String common(Model model) {
		model.addAttribute("seniorities", Seniority.values());
		model.addAttribute("currencies", currencies());
		model.addAttribute("vocabulary", skills.all());
		return PERSON;
	}

	private List<String> currencies() {
		return rates.codes();
	}

	/** Names of the organizations the caller may add people to or read, for the lists and the form. */
	private Map<String, String> organizationNames(Caller caller) {
		Map<String, String> names = new java.util.LinkedHashMap<>();
		organizations.list(caller, new Paging(0, Paging.MAX_SIZE)).items()
			.forEach(org -> names.put(org.id().toString(), org.name()));
		return names;
	}
}
