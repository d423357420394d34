package org.pilotage.work;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.web.ETags;
import org.pilotage.work.SatisfactionSurveys.PublicSurvey;
import org.pilotage.work.SatisfactionSurveys.Rating;
import org.pilotage.work.SatisfactionSurveys.SatisfactionView;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Satisfaction over the API: the item's survey for whoever sees the item, the requester's answer, and the
 * one-time link's two public calls, which need no token: the survey's own secret is the proof.
 */
@RestController
@Tag(name = "Satisfaction", description = "CSAT: the requester rates a resolved ticket or an accepted deliverable")
class SatisfactionApi {

	private final CurrentCaller callers;
	private final SatisfactionSurveys surveys;

	SatisfactionApi(CurrentCaller callers, SatisfactionSurveys surveys) {
		this.callers = callers;
		this.surveys = surveys;
	}

	@GetMapping("/api/v1/work-items/{id}/satisfaction")
	@Operation(summary = "The item's latest satisfaction survey: NONE, OPEN, ANSWERED (with the rating) or CLOSED; "
			+ "mayRate for its requester while it is open")
	SatisfactionView view(@PathVariable UUID id) {
		return surveys.view(callers.require(), id);
	}

	@PostMapping("/api/v1/work-items/{id}/satisfaction")
	@Operation(summary = "The requester rates the resolution: {\"rating\":1..5,\"comment\":\"…\"}, once per survey",
			description = "403 for anyone but the requester; 409 no-open-survey or already-answered; 400 for a rating "
					+ "outside 1–5.")
	SatisfactionView rate(@PathVariable UUID id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody Rating rating) {
		return surveys.rate(callers.require(), id, ETags.optionalVersion(ifMatch), rating);
	}

	@GetMapping("/api/v1/public/satisfaction/{token}")
	@Operation(summary = "The survey behind a one-time link (no login): the item's key and title, its status",
			description = "404 for an unknown token; 410 survey-closed when expired or replaced by a later survey.")
	PublicSurvey publicView(@PathVariable String token) {
		return surveys.publicView(token);
	}

	@PostMapping("/api/v1/public/satisfaction/{token}")
	@Operation(summary = "Answer through the one-time link (no login): {\"rating\":1..5,\"comment\":\"…\"}",
			description = "409 already-answered on a second use; 410 survey-closed; 404 unknown token; 400 bad rating.")
	PublicSurvey answer(@PathVariable String token, @RequestBody Rating rating) {
		return surveys.answer(token, rating);
	}
}
