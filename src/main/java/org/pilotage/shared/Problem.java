package org.pilotage.shared;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A failure that maps to one HTTP status and an RFC 9457 problem. Services throw these; the API turns
 * them into {@code application/problem+json}, the pages into a message.
 */
public class Problem extends RuntimeException {

	private final HttpStatus status;
	private final String code;
	private final List<FieldError> fieldErrors;

	public Problem(HttpStatus status, String code, String detail) {
		this(status, code, detail, List.of());
	}

	public Problem(HttpStatus status, String code, String detail, List<FieldError> fieldErrors) {
		super(detail);
		this.status = status;
		this.code = code;
		this.fieldErrors = List.copyOf(fieldErrors);
	}

	public HttpStatus status() {
		return status;
	}

	/** Stable machine-readable code, also the message key {@code problem.<code>} on the pages. */
	public String code() {
		return code;
	}

	public List<FieldError> fieldErrors() {
		return fieldErrors;
	}

	/**
	 * Further members of the problem body (RFC 9457 extension members) that help a client recover, such as the
	 * statuses a refused transition would have allowed. None by default.
	 */
	public Map<String, Object> properties() {
		return Map.of();
	}

	public record FieldError(String field, String code, String message) implements java.io.Serializable {

		public FieldError(String field, String message) {
			this(field, "invalid", message);
		}
	}

	public static Problem notFound(String what) {
		return new Problem(HttpStatus.NOT_FOUND, "not-found", what + " not found");
	}

	public static Problem forbidden(String detail) {
		return new Problem(HttpStatus.FORBIDDEN, "forbidden", detail);
	}

	public static Problem conflict(String code, String detail) {
		return new Problem(HttpStatus.CONFLICT, code, detail);
	}

	/** A bad field; {@code code} is stable and the pages' message key {@code invalid.<code>}. */
	public static Problem invalid(String field, String code, String message) {
		return new Problem(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields",
				List.of(new FieldError(field, code, message)));
	}

	public static Problem staleVersion() {
		return new Problem(HttpStatus.PRECONDITION_FAILED, "stale-version",
				"The resource was changed since you read it: read it again and reapply your change");
	}
}
