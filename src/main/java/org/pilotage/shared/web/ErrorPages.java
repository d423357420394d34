package org.pilotage.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The fallback for every error no controller answered (unknown path, a filter's {@code sendError}, the
 * container): problem+json under {@code /api}, the layout's error page elsewhere.
 */
@Controller
class ErrorPages implements ErrorController {

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	String page(HttpServletRequest request, Model model) {
		HttpStatus status = status(request);
		if (isApiOrigin(request)) {
			return "forward:/error/problem";
		}
		model.addAttribute("status", status.value());
		model.addAttribute("messageKey", switch (status) {
			case NOT_FOUND -> "error.notFound";
			case FORBIDDEN -> "error.forbidden";
			case BAD_REQUEST, CONTENT_TOO_LARGE -> "error.badRequest";
			default -> status.is4xxClientError() ? "error.badRequest" : "error.unexpected";
		});
		return "error";
	}

	@RequestMapping({ "/error", "/error/problem" })
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		String code = status == HttpStatus.NOT_FOUND ? "not-found"
				: status.name().toLowerCase().replace('_', '-');
		String detail = status == HttpStatus.NOT_FOUND ? "No resource at this address"
				: status.is5xxServerError() ? "An unexpected error occurred; it has been logged"
				: status.getReasonPhrase();
		ProblemDetail problem = Problems.of(status, code, detail);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(java.net.URI.create(uri.toString()));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static boolean isApiOrigin(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}
}
