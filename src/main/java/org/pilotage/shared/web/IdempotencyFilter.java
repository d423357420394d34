package org.pilotage.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on a creating {@code POST} under {@code /api}: the first response for a
 * (caller, key) pair is stored and returned again for every retry with the same body, so a client that
 * lost the answer can retry without creating a duplicate. Reusing a key with another body is refused
 * (422), and a retry that arrives while the first request still runs gets 409.
 *
 * <p>Runs after Spring Security, so only authenticated callers are remembered; keys are kept 24 hours.
 */
@Component
@Order(0)
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";
	static final Duration RETENTION = Duration.ofHours(24);

	private final JdbcClient jdbc;
	private final Problems problems;

	IdempotencyFilter(JdbcClient jdbc, Problems problems) {
		this.jdbc = jdbc;
		this.problems = problems;
	}

	/** An upload is not covered: its bytes are not buffered, so a retry could not be told from another file. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !Problems.isApi(request) || request.getHeader(HEADER) == null
				|| ApiRequestBodyFilter.isMultipart(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String caller = caller();
		if (caller == null) {
			chain.doFilter(request, response);
			return;
		}
		String key = request.getHeader(HEADER).strip();
		if (key.isEmpty() || key.length() > 200) {
			problems.write(request, response, Problems.of(HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
					"Idempotency-Key must have 1 to 200 characters"));
			return;
		}
		String requestHash = hash(request);
		if (!reserve(caller, key, requestHash)) {
			answerFromStore(request, response, caller, key, requestHash);
			return;
		}
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		boolean stored = false;
		try {
			chain.doFilter(request, recorded);
			int status = recorded.getStatus();
			if (status < 500 && status != 409 && status != 429) {
				jdbc.sql("""
						UPDATE idempotency_keys SET status = :status, content_type = :contentType, location = :location,
						       etag = :etag, body = :body
						 WHERE caller = :caller AND idem_key = :key""")
					.param("status", status)
					.param("contentType", recorded.getContentType())
					.param("location", recorded.getHeader(HttpHeaders.LOCATION))
					.param("etag", recorded.getHeader(HttpHeaders.ETAG))
					.param("body", new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8))
					.param("caller", caller)
					.param("key", key)
					.update();
				stored = true;
			}
		}
		finally {
			if (!stored) {
				release(caller, key);
			}
			recorded.copyBodyToResponse();
		}
	}

	private boolean reserve(String caller, String key, String requestHash) {
		try {
			jdbc.sql("""
					INSERT INTO idempotency_keys (caller, idem_key, request_hash, created_at)
					VALUES (:caller, :key, :hash, :now)""")
				.param("caller", caller)
				.param("key", key)
				.param("hash", requestHash)
				.param("now", OffsetDateTime.now(ZoneOffset.UTC))
				.update();
			return true;
		}
		catch (DuplicateKeyException alreadyThere) {
			return false;
		}
	}

	private void release(String caller, String key) {
		jdbc.sql("DELETE FROM idempotency_keys WHERE caller = :caller AND idem_key = :key AND status IS NULL")
			.param("caller", caller)
			.param("key", key)
			.update();
	}

	private void answerFromStore(HttpServletRequest request, HttpServletResponse response, String caller, String key,
			String requestHash) throws IOException {
		Optional<Stored> stored = jdbc.sql("""
				SELECT request_hash, status, content_type, location, etag, body
				  FROM idempotency_keys WHERE caller = :caller AND idem_key = :key""")
			.param("caller", caller)
			.param("key", key)
			.query((rs, n) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6)))
			.optional();
		if (stored.isEmpty()) {
			problems.write(request, response, Problems.of(HttpStatus.CONFLICT, "idempotency-in-progress",
					"A request with this Idempotency-Key has just failed or is still running: retry"));
			return;
		}
		Stored first = stored.get();
		if (!first.requestHash().equals(requestHash)) {
			problems.write(request, response, Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
					"This Idempotency-Key was already used with a different request"));
			return;
		}
		if (first.status() == null) {
			problems.write(request, response, Problems.of(HttpStatus.CONFLICT, "idempotency-in-progress",
					"A request with this Idempotency-Key is still running: retry later"));
			return;
		}
		response.setStatus(first.status());
		response.setHeader("Idempotent-Replayed", "true");
		if (first.contentType() != null) {
			response.setContentType(first.contentType());
		}
		if (first.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, first.location());
		}
		if (first.etag() != null) {
			response.setHeader(HttpHeaders.ETAG, first.etag());
		}
		if (first.body() != null) {
			response.getOutputStream().write(first.body().getBytes(StandardCharsets.UTF_8));
		}
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOldKeys() {
		jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < :limit")
			.param("limit", OffsetDateTime.ofInstant(Instant.now().minus(RETENTION), ZoneOffset.UTC))
			.update();
	}

	private static @Nullable String caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return authentication.getName();
	}

	private static String hash(HttpServletRequest request) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((request.getMethod() + ' ' + request.getRequestURI() + '\n').getBytes(StandardCharsets.UTF_8));
			digest.update(ApiRequestBodyFilter.body(request));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private record Stored(String requestHash, @Nullable Integer status, @Nullable String contentType,
			@Nullable String location, @Nullable String etag, @Nullable String body) {
	}
}
