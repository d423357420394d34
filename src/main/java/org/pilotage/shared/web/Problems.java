package org.pilotage.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pilotage.shared.Problem;
import org.pilotage.shared.RateLimiter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details the same way everywhere: in controllers, in filters that answer before
 * any controller runs, and in the error fallback.
 */
@Component
public class Problems {

	public static final String TYPE_PREFIX = "/problems/";

	private final JsonMapper json;

	Problems(JsonMapper json) {
		this.json = json;
	}

	public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + code));
		problem.setProperty("code", code);
		return problem;
	}

	public static ProblemDetail of(Problem failure) {
		ProblemDetail problem = of(failure.status(), failure.code(), failure.getMessage());
		if (!failure.fieldErrors().isEmpty()) {
			problem.setProperty("errors", failure.fieldErrors());
		}
		failure.properties().forEach(problem::setProperty);
		return problem;
	}

	public static ProblemDetail withErrors(ProblemDetail problem, List<Problem.FieldError> errors) {
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * The answer to a request refused by a {@link org.pilotage.shared.RateLimiter}: 429 with {@code Retry-After}
	 * and a problem saying what there were too many of.
	 */
	public static ResponseEntity<ProblemDetail> tooManyRequests(RateLimiter.Decision decision, String what) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()))
			.body(of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
					"Too many " + what + " from this address: retry in " + decision.retryAfterSeconds() + " s"));
	}

	/** Writes a problem directly to the servlet response, for filters and security entry points. */
	public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		if (problem.getInstance() == null) {
			problem.setInstance(URI.create(request.getRequestURI()));
		}
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

	public static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/");
	}
}
