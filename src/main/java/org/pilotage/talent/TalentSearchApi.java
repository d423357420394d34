package org.pilotage.talent;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Paging;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Talent search over the caller's pool, ranked and explained. */
@RestController
@RequestMapping("/api/v1/talent")
@Tag(name = "Talent search", description = "Ranked, explained candidates for a need (provider managers)")
class TalentSearchApi {

	private final CurrentCaller callers;
	private final TalentSearch search;

	TalentSearchApi(CurrentCaller callers, TalentSearch search) {
		this.callers = callers;
		this.search = search;
	}

	@PostMapping("/search")
	@Operation(summary = "Candidates for a need, best first, each with its score out of 100 explained per criterion",
			description = "The pool is the caller's own people and every listed freelancer. Hard criteria (must-have "
					+ "skills, seniority, maximum rate converted to EUR, availability minus allocations over the window, "
					+ "minimum daily overlap with clientHours, DST included, languages) decide eligibility; nice-to-have "
					+ "skills, rate fit, overlap margin and seniority margin score. Equal scores: rate in EUR, name, id. "
					+ "400 names every bad field; 403 for anyone but a provider manager or platform administrator.")
	PageResult<CandidateView> search(@RequestBody SearchRequest request,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return search.search(callers.require(), request, Paging.of(page, size));
	}
}
