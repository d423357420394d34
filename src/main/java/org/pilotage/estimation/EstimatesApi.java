package org.pilotage.estimation;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.pilotage.shared.Problem;
import org.pilotage.shared.RateLimiter;
import org.pilotage.shared.web.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public estimator API: no login, limited per client address so that the Monte Carlo cannot be used to
 * load the service.
 */
@RestController
@RequestMapping("/api/v1/estimates")
@Tag(name = "Estimates", description = "Budget of a team under each delivery model (public, rate-limited)")
class EstimatesApi {

	private final EstimationService estimation;
	private final EstimateExports exports;
	private final RateLimiter requests;

	EstimatesApi(EstimationService estimation, EstimateExports exports, Clock clock,
			@Value("${pilotage.estimation.requests-per-minute}") int requestsPerMinute) {
		this.estimation = estimation;
		this.exports = exports;
		this.requests = new RateLimiter(requestsPerMinute, Duration.ofMinutes(1), clock);
	}

	@PostMapping
	@Operation(summary = "Estimate a team under IN_HOUSE, FREELANCE, SUBCONTRACTING, DEDICATED_TEAM and BPO",
			description = "Answers 201 with the saved estimate; 400 problem+json naming every bad field; 429 "
					+ "with Retry-After past the per-address limit.")
	ResponseEntity<?> create(@RequestBody EstimateRequest request, HttpServletRequest http) {
		RateLimiter.Decision decision = requests.acquire(http.getRemoteAddr());
		if (!decision.allowed()) {
			return Problems.tooManyRequests(decision, "estimates");
		}
		EstimateResult result = estimation.estimate(request);
		return ResponseEntity.created(URI.create("/api/v1/estimates/" + result.id())).body(result);
	}

	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A saved estimate, as it was answered")
	ResponseEntity<String> get(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(estimation.findJson(id).orElseThrow(() -> Problem.notFound("Estimate")));
	}

	@GetMapping(path = "/{id}/csv", produces = "text/csv")
	@Operation(summary = "A saved estimate as CSV")
	ResponseEntity<byte[]> csv(@PathVariable UUID id) {
		return exports.csvFile(estimation.get(id), java.util.Locale.ENGLISH);
	}

	@GetMapping(path = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "A saved estimate as PDF")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		return exports.pdfFile(estimation.get(id), java.util.Locale.ENGLISH);
	}
}
