package org.pilotage.governance;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Caller;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.identity.Role;
import org.pilotage.shared.Problem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

/** An engagement's KPIs over the API: a period's figures, their trend, the items behind a figure, a recompute. */
@RestController
@Tag(name = "Governance", description = "KPIs per engagement and period, their trend and drill-down")
class KpisApi {

	private final CurrentCaller callers;
	private final KpiViews views;
	private final GovernanceKpis kpis;
	private final Engagements engagements;

	KpisApi(CurrentCaller callers, KpiViews views, GovernanceKpis kpis, Engagements engagements) {
		this.callers = callers;
		this.views = views;
		this.kpis = kpis;
		this.engagements = engagements;
	}

	@GetMapping("/api/v1/engagements/{id}/kpis")
	@Operation(summary = "The engagement's KPI figures over a week, month or quarter, each beside the previous "
			+ "period's value, with its definition in the caller's language",
			description = "period: week, month (default) or quarter; date: a day in it, 1970-01-01 to 2999-12-31 (default today in the client's "
					+ "zone, where the engagement's days start). value is null where the KPI has nothing to say (a "
					+ "ratio over nothing). The client's side never reads the agency's OLA; a freelancer reads its own "
					+ "work only; person (a person's id) is for the provider's side. Every bad parameter is named in "
					+ "one 400.")
	KpiViews.Report report(@PathVariable UUID id, @RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable String person) {
		return views.report(callers.require(), id, new KpiViews.Request(period, date, person));
	}

	@GetMapping("/api/v1/engagements/{id}/kpis/trend")
	@Operation(summary = "The headline value of every KPI the caller reads over consecutive periods, oldest first",
			description = "periods: how many (1 to 52, default 12) ending with the one holding date.")
	KpiViews.Trend trend(@PathVariable UUID id, @RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable String person,
			@RequestParam(required = false) @Nullable String periods) {
		return views.trend(callers.require(), id, new KpiViews.Request(period, date, person), periods);
	}

	@GetMapping("/api/v1/engagements/{id}/kpis/{kpi}/items")
	@Operation(summary = "The items behind one figure, as the caller sees them (at most 1,000; total gives how many)",
			description = "kpi: a KPI code (sla-compliance); metric and priority (compliance) or age (backlog-age) "
					+ "pick the breakdown; among: all (default), numerator (met, on time, reopened, answered) or other "
					+ "(breached, late, rejected first, unanswered).")
	KpiViews.Items items(@PathVariable UUID id, @PathVariable String kpi,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable String person,
			@RequestParam(required = false) @Nullable String metric,
			@RequestParam(required = false) @Nullable String priority,
			@RequestParam(required = false) @Nullable String age,
			@RequestParam(required = false) @Nullable String among) {
		return views.items(callers.require(), id, kpi, new KpiViews.Request(period, date, person), metric, priority,
				age, among);
	}

	/** What a recompute read. */
	record Recomputed(UUID engagementId, int items) {
	}

	@PostMapping("/api/v1/engagements/{id}/kpis/recompute")
	@Operation(summary = "Derives the engagement's KPI facts again from its items' events (the parties' "
			+ "administrators); the figures are the same unless a fact was lost")
	Recomputed recompute(@PathVariable UUID id, @RequestBody(required = false) @Nullable JsonNode none) {
		Caller caller = callers.require();
		if (engagements.audience(caller, id).isEmpty()) {
			throw Problem.notFound("Engagement");
		}
		EngagementAccess access = engagements.access(caller, id);
		if (!caller.isPlatformAdmin() && !caller.hasRole(access.providerOrgId(), Role.PROVIDER_MANAGER)
				&& !caller.hasRole(access.clientOrgId(), Role.CLIENT_ADMIN)) {
			throw Problem.forbidden("Only the parties' administrators recompute the KPIs");
		}
		return new Recomputed(id, kpis.recompute(id));
	}
}
