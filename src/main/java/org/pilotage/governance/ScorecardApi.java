package org.pilotage.governance;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Supplier scorecards over the API: the providers the caller compares, and one provider's card. */
@RestController
@Tag(name = "Scorecards", description = "One score per provider from SLA compliance, quality, satisfaction, on-time "
		+ "delivery and risk, with the weights shown")
class ScorecardApi {

	private final CurrentCaller callers;
	private final SupplierScorecards scorecards;

	ScorecardApi(CurrentCaller callers, SupplierScorecards scorecards) {
		this.callers = callers;
		this.scorecards = scorecards;
	}

	@GetMapping("/api/v1/scorecards")
	@Operation(summary = "The providers the caller compares, best first, each with its score, components, weights, "
			+ "counts and the previous period's score",
			description = "period: month (default) or quarter; date: a day in it, 1970-01-01 to 2999-12-31 (default today). Each engagement's "
					+ "days start in its client's zone. A client's side reads the providers it works with over its own "
					+ "engagements; a provider's side its own card; a platform administrator every provider; a staffed "
					+ "freelancer none. Figures are added up across engagements (numerators and denominators); a "
					+ "component without data leaves its weight to the others (reweighted). Every bad parameter is "
					+ "named in one 400.")
	SupplierScorecards.Comparison compare(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String date) {
		return scorecards.compare(callers.require(), period, date);
	}

	@GetMapping("/api/v1/organizations/{id}/scorecard")
	@Operation(summary = "One provider's card over the engagements the caller reads of it as a party (no rank)",
			description = "404 for an organization that is no provider, and for a caller who is neither one of its "
					+ "members, a platform administrator, nor the client of one of its engagements.")
	SupplierScorecards.Single organization(@PathVariable UUID id,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String date) {
		return scorecards.organization(callers.require(), id, period, date);
	}
}
