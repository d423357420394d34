package org.pilotage.shared.web;

import java.util.List;

import jakarta.validation.ConstraintViolationException;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every failure of an API controller becomes {@code application/problem+json}: a stable {@code code},
 * a human {@code detail} and, for bad fields, an {@code errors} list. Nothing reaches the client as an
 * HTML page or a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	@ExceptionHandler(Problem.class)
	ResponseEntity<ProblemDetail> problem(Problem failure) {
		return ResponseEntity.status(failure.status()).body(Problems.of(failure));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException failure) {
		List<Problem.FieldError> errors = failure.getConstraintViolations().stream()
			.map(v -> new Problem.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
			.toList();
		return ResponseEntity.badRequest()
			.body(Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input",
					"The request has invalid fields"), errors));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> staleVersion(OptimisticLockingFailureException failure) {
		return problem(Problem.staleVersion());
	}

	/**
	 * A write that breaks a constraint conflicts with what is stored (409); a value the database cannot hold at all
	 * (SQL state class 22, data exception: a NUL character in a text, a timestamp out of its range) is bad input
	 * (400), whatever field it came in.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException failure) {
		String state = sqlState(failure);
		if (state != null && state.startsWith("22")) {
			log.info("Refused a value the database cannot hold ({}): {}", state,
					failure.getMostSpecificCause().getMessage());
			return ResponseEntity.badRequest()
				.body(Problems.of(HttpStatus.BAD_REQUEST, "unstorable-value",
						"A value cannot be stored: a text with a NUL character, or a date or number out of range"));
		}
		log.info("Rejected a write that breaks a database constraint: {}", failure.getMostSpecificCause().getMessage());
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Problems.of(HttpStatus.CONFLICT, "conflict",
					"The change conflicts with existing data (a duplicate or a missing reference)"));
	}

	private static @Nullable String sqlState(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException failure) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "You are not allowed to do this"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception failure) {
		log.error("Unexpected failure of an API request", failure);
		return ResponseEntity.internalServerError()
			.body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
					"An unexpected error occurred; it has been logged"));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Problem.FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(e -> new Problem.FieldError(e.getField(), String.valueOf(e.getDefaultMessage())))
			.toList();
		ProblemDetail body = Problems.withErrors(
				Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields"), errors);
		return ResponseEntity.badRequest().body(body);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// the Jackson exception that knows the field, not the most specific cause: a date such as 2026-02-30 fails
		// with a java.time exception inside the one that names its field
		Throwable cause = ex.getMostSpecificCause();
		for (Throwable link = ex.getCause(); link != null; link = link.getCause()) {
			if (link instanceof MismatchedInputException
					|| link instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				cause = link;
				break;
			}
		}
		ProblemDetail body;
		if (cause instanceof UnrecognizedPropertyException unknown) {
			body = Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Unknown field"),
					List.of(new Problem.FieldError(unknown.getPropertyName(), "is not a known field")));
		}
		else if (cause instanceof InvalidFormatException format) {
			String field = path(format);
			String expected = format.getTargetType() != null && format.getTargetType().isEnum()
					? "must be one of " + java.util.Arrays.toString(format.getTargetType().getEnumConstants())
					: "has the wrong type or format";
			body = Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "A field has a wrong value"),
					List.of(new Problem.FieldError(field, expected)));
		}
		else if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			body = Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "A field has a wrong type"),
					List.of(new Problem.FieldError(path(mismatch), "has the wrong type")));
		}
		else if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			// a number too large for its field (2147483648 for an int), read before the field's type is known
			body = Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "A field has a wrong value"),
					List.of(new Problem.FieldError(path(jackson), "is out of range for its type")));
		}
		else if (cause instanceof JacksonException) {
			body = Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "The request body is not valid JSON");
		}
		else {
			body = Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body", "The request body is missing or unreadable");
		}
		return ResponseEntity.badRequest().body(body);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
			String code = HttpStatus.resolve(statusCode.value()) == null ? "error"
					: HttpStatus.valueOf(statusCode.value()).name().toLowerCase().replace('_', '-');
			problem.setType(java.net.URI.create(Problems.TYPE_PREFIX + code));
			problem.setProperty("code", code);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static String path(JacksonException failure) {
		StringBuilder path = new StringBuilder();
		for (var reference : failure.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String lastNode(String propertyPath) {
		int dot = propertyPath.lastIndexOf('.');
		return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
	}
}
