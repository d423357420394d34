package org.pilotage.talent;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.Caller;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.identity.Organization;
import org.pilotage.identity.OrganizationKind;
import org.pilotage.identity.OrganizationManagement;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Paging;
import org.pilotage.shared.Problem;
import org.pilotage.talent.matching.Seniority;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The talent search page: the need as a form in the address, the ranked candidates with their score and its
 * explanation. The client's business hours can be taken from a client organization's party profile, among the
 * clients the caller may see; by default Paris office hours.
 */
@Controller
class TalentSearchPages {

	static final String VIEW = "talent/search";

	private final CurrentCaller callers;
	private final TalentSearch search;
	private final PartyProfileManagement profiles;
	private final OrganizationManagement organizations;
	private final CurrencyRates rates;
	private final FieldMessages messages;
	private final Clock clock;

	TalentSearchPages(CurrentCaller callers, TalentSearch search, PartyProfileManagement profiles,
			OrganizationManagement organizations, CurrencyRates rates, FieldMessages messages, Clock clock) {
		this.callers = callers;
		this.search = search;
		this.profiles = profiles;
		this.organizations = organizations;
		this.rates = rates;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/talent/search")
	String page(@ModelAttribute("form") SearchForm form, @RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable Integer page, Model model, HttpServletResponse response) {
		Caller caller = callers.require();
		if (!Access.searches(caller)) {
			throw Problem.forbidden("Talent search is for provider managers");
		}
		if (form.getFrom().isBlank() && form.getTo().isBlank()) {
			LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
			form.setFrom(monday.toString());
			form.setTo(monday.plusMonths(3).minusDays(1).toString());
		}
		List<Organization> clients = clients(caller);
		if ("prefill".equals(action)) {
			clients.stream().filter(client -> client.id().toString().equals(form.getClient())).findFirst()
				.map(profiles::of)
				.ifPresent(profile -> {
					form.setClientZone(profile.zone());
					form.setClientStart(profile.workStart().toString());
					form.setClientEnd(profile.workEnd().toString());
				});
		}
		PageResult<CandidateView> results = null;
		Map<String, String> errors = Map.of();
		if ("search".equals(action)) {
			List<Problem.FieldError> found = new ArrayList<>();
			SearchRequest request = form.toRequest(found);
			try {
				if (found.isEmpty()) {
					results = search.search(caller, request, Paging.of(page, Paging.MAX_SIZE));
				}
				else {
					search.need(request);
				}
			}
			catch (Problem problem) {
				if (problem.status() != HttpStatus.BAD_REQUEST) {
					throw problem;
				}
				found.addAll(problem.fieldErrors());
			}
			if (!found.isEmpty()) {
				errors = messages.of(found, TalentSearchPages::input, field -> null);
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
		}
		model.addAttribute("results", results);
		model.addAttribute("errors", errors);
		model.addAttribute("clients", clients);
		model.addAttribute("seniorities", Seniority.values());
		model.addAttribute("currencies", rates.codes());
		return VIEW;
	}

	/** Client organizations the caller may see: all for a platform administrator, its own otherwise. */
	private List<Organization> clients(Caller caller) {
		return organizations.list(caller, new Paging(0, Paging.MAX_SIZE)).items().stream()
			.filter(org -> org.kind() == OrganizationKind.CLIENT)
			.toList();
	}

	/** The API names the client's hours {@code clientHours.zone}; the form's inputs are {@code clientZone}. */
	private static String input(String field) {
		return switch (field) {
			case "clientHours.zone" -> "clientZone";
			case "clientHours.start" -> "clientStart";
			case "clientHours.end" -> "clientEnd";
			default -> FieldMessages.listInput(field);
		};
	}

}
