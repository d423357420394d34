package org.pilotage.governance;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.governance.RiskViews.EngagementRiskView;
import org.pilotage.governance.RiskViews.OrganizationRiskView;
import org.pilotage.identity.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Dependency and control risk over the API: an engagement's figures, and a client organization's. */
@RestController
@Tag(name = "Risk", description = "Key-person concentration, knowledge coverage, exit readiness, vendor concentration")
class RiskApi {

	private final CurrentCaller callers;
	private final DependencyRisks risks;

	RiskApi(CurrentCaller callers, DependencyRisks risks) {
		this.callers = callers;
		this.risks = risks;
	}

	@GetMapping("/api/v1/engagements/{id}/risk")
	@Operation(summary = "The engagement's dependency risk over the last days: key-person concentration, knowledge "
			+ "coverage, exit readiness, the thresholds and the warnings",
			description = "days: the window, 1 to 3,650 UTC days ending today (365 by default). Resolved items count by "
					+ "their last resolution in the window and the person assigned then; time by the days it was logged "
					+ "on. The client's side reads people as the work items name them (a subcontracted freelancer by its "
					+ "pseudonym) and never who logged the time; a staffed freelancer gets 404.")
	EngagementRiskView engagement(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer days) {
		return risks.engagement(callers.require(), id, days);
	}

	@GetMapping("/api/v1/organizations/{id}/risk")
	@Operation(summary = "A client organization's vendor concentration and its engagements in force in summary",
			description = "Spend of an engagement = its budget plus its monthly fee for each month of its term; one "
					+ "figure per currency. For the organization's members and the platform's administrators; 404 for "
					+ "anyone else and for an organization that is no client.")
	OrganizationRiskView organization(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer days) {
		return risks.organization(callers.require(), id, days);
	}
}
