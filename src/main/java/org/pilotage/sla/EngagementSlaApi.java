package org.pilotage.sla;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** An engagement's running, at-risk and breached clocks over the API, as its SLA page shows them. */
@RestController
@Tag(name = "SLA", description = "Versioned SLA policies per engagement, the clocks of each item, recomputation")
class EngagementSlaApi {

	private final CurrentCaller callers;
	private final EngagementSla sla;

	EngagementSlaApi(CurrentCaller callers, EngagementSla sla) {
		this.callers = callers;
		this.sla = sla;
	}

	@GetMapping("/api/v1/engagements/{id}/sla/items")
	@Operation(summary = "The engagement's watched clocks: one line per item and metric the caller may see whose clock "
			+ "runs with a due instant (or is paused already breached), soonest due first, with the counts per state "
			+ "and the current policy's summary",
			description = "state: RUNNING (on time, not yet at risk), AT_RISK, BREACHED or ALL (default); sort: "
					+ "timeToBreach (default, the longest breached first) or -timeToBreach; page from 0, size 1 to 200. "
					+ "timeToBreachSeconds is wall-clock time to the due instant, negative once breached. The client's "
					+ "side never sees an OLA metric, a staffed freelancer only those (and no policy). Every bad "
					+ "parameter is named in one 400.")
	EngagementSla.View items(@PathVariable UUID id, @RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		return sla.items(callers.require(), id, new EngagementSla.Request(state, sort, page, size));
	}
}
