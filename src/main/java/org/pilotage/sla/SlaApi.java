package org.pilotage.sla;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.Audience;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Caller;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.Problem;
import org.pilotage.shared.web.ETags;
import org.pilotage.sla.SlaViews.ItemClocksView;
import org.pilotage.sla.SlaClocks.Recomputed;
import org.pilotage.sla.SlaPolicies.PolicyView;
import org.pilotage.work.WorkItems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

/**
 * SLA policies and clocks over the API: an engagement's policy and its versions, an item's clocks computed now, and
 * the recompute commands (they take no body; one that is sent must still be JSON, as on every endpoint). The provider's
 * side reads the SLA and the OLA, the client's side the SLA only, a staffed freelancer the OLA only.
 */
@RestController
@Tag(name = "SLA", description = "Versioned SLA policies per engagement, the clocks of each item, recomputation")
class SlaApi {

	private final CurrentCaller callers;
	private final SlaPolicies policies;
	private final SlaClocks clocks;
	private final WorkItems items;
	private final Engagements engagements;

	SlaApi(CurrentCaller callers, SlaPolicies policies, SlaClocks clocks, WorkItems items, Engagements engagements) {
		this.callers = callers;
		this.policies = policies;
		this.clocks = clocks;
		this.items = items;
		this.engagements = engagements;
	}

	@GetMapping("/api/v1/engagements/{id}/sla-policy")
	@Operation(summary = "The engagement's SLA policy: its current version, its metrics and the numbers of all versions",
			description = "404 no-sla-policy when none was written yet. The ETag is the current version.")
	ResponseEntity<PolicyView> policy(@PathVariable UUID id) {
		PolicyView view = policies.get(callers.require(), id);
		return ResponseEntity.ok().eTag(ETags.of(view.current().version())).body(view);
	}

	@GetMapping("/api/v1/engagements/{id}/sla-policy/versions/{version}")
	@Operation(summary = "One version of the engagement's SLA policy, as it was written")
	PolicyVersion policyVersion(@PathVariable UUID id, @PathVariable int version) {
		return policies.version(callers.require(), id, version);
	}

	@PutMapping("/api/v1/engagements/{id}/sla-policy")
	@Operation(summary = "Write a new version of the engagement's SLA policy (If-Match: the current version, optional)",
			description = "Body: {\"calendarId\":null,\"atRiskPercent\":75,\"metrics\":[{\"metric\":\"RESOLUTION\","
					+ "\"goalMinutes\":{\"P1\":240}}],\"note\":\"…\"}; metrics left out take the defaults, a metric's "
					+ "conditions left out take its defaults. In subcontracting the agency's OLA is derived: "
					+ "\"olaPercent\" of each client goal (default 80), or a metric's own \"olaGoalMinutes\", which must "
					+ "nest inside the client's (400 not-nested). Items keep the version in force when their clocks "
					+ "started; the first version is applied to the open items. 400 with every bad field, 412 stale version.")
	ResponseEntity<PolicyView> writePolicy(@PathVariable UUID id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody SlaPolicies.Request request) {
		PolicyView view = policies.write(callers.require(), id, ETags.optionalVersion(ifMatch), request);
		return ResponseEntity.ok().eTag(ETags.of(view.current().version())).body(view);
	}

	@GetMapping("/api/v1/work-items/{id}/sla")
	@Operation(summary = "The item's clocks computed now: every started metric with its cycles, elapsed, paused and "
			+ "remaining business seconds, at-risk and due instants, and the policy version it is measured against",
			description = "404 no-sla when the item is measured by no policy.")
	ItemClocksView itemClocks(@PathVariable UUID id) {
		Audience audience = readableItem(callers.require(), id);
		return SlaViews.visibleTo(audience, ItemClocksView.of(clocks.live(id).orElseThrow(SlaApi::noSla)));
	}

	@PostMapping("/api/v1/work-items/{id}/sla/recompute")
	@Operation(summary = "Recompute and store the item's clocks from its timeline (the parties' administrators)")
	ItemClocksView recomputeItem(@PathVariable UUID id, @RequestBody(required = false) @Nullable JsonNode none) {
		Caller caller = callers.require();
		// the item is readable, so its engagement is: one look at it gives both who writes and what the caller sees
		EngagementAccess access = engagements.access(caller, items.get(caller, id).engagementId());
		requireAdministrator(caller, access);
		return SlaViews.visibleTo(access.audience(), ItemClocksView.of(clocks.store(id).orElseThrow(SlaApi::noSla)));
	}

	@PostMapping("/api/v1/engagements/{id}/sla/recompute")
	@Operation(summary = "Recompute and store the clocks of every item of the engagement (the parties' administrators)")
	Recomputed recomputeEngagement(@PathVariable UUID id, @RequestBody(required = false) @Nullable JsonNode none) {
		Caller caller = callers.require();
		policies.get(caller, id);
		requireAdministrator(caller, engagements.access(caller, id));
		return clocks.recompute(id, false);
	}

	/** How the caller sees the item's engagement, if the caller may read the item. */
	private Audience readableItem(Caller caller, UUID itemId) {
		return engagements.audience(caller, items.get(caller, itemId).engagementId())
			.orElseThrow(() -> Problem.notFound("Work item"));
	}

	private static void requireAdministrator(Caller caller, EngagementAccess access) {
		if (!SlaPolicies.mayWrite(caller, access)) {
			throw Problem.forbidden("Only the parties' administrators recompute clocks");
		}
	}

	private static Problem noSla() {
		return new Problem(org.springframework.http.HttpStatus.NOT_FOUND, "no-sla", "No SLA policy measures this item");
	}
}
