package org.pilotage.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads an API request body into memory up to {@code pilotage.api.max-body-bytes} before anything else
 * runs: a larger body is refused with 413 problem+json whether or not it declared its length, and the
 * bytes stay available for the idempotency check. A bulk import ({@code POST …/import}) may have
 * {@code pilotage.api.max-import-bytes}: its rows come in one body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiRequestBodyFilter extends OncePerRequestFilter {

	static final String BODY_ATTRIBUTE = ApiRequestBodyFilter.class.getName() + ".body";

	private final long maxBytes;
	private final long maxImportBytes;
	private final Problems problems;

	ApiRequestBodyFilter(@Value("${pilotage.api.max-body-bytes}") long maxBytes,
			@Value("${pilotage.api.max-import-bytes}") long maxImportBytes, Problems problems) {
		this.maxBytes = maxBytes;
		this.maxImportBytes = maxImportBytes;
		this.problems = problems;
	}

	/**
	 * File uploads ({@code multipart/form-data}) are left to the servlet container, which streams them to its
	 * own limits ({@code spring.servlet.multipart.*}): reading them here would both cap them at the JSON limit
	 * and consume the stream the container parses the parts from.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !Problems.isApi(request) || !hasBody(request.getMethod()) || isMultipart(request);
	}

	static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = request.getRequestURI().endsWith("/import") ? maxImportBytes : maxBytes;
		if (request.getContentLengthLong() > limit) {
			tooLarge(request, response, limit);
			return;
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
		}
		if (body.length > limit) {
			tooLarge(request, response, limit);
			return;
		}
		request.setAttribute(BODY_ATTRIBUTE, body);
		chain.doFilter(new BufferedRequest(request, body), response);
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit)
			throws IOException {
		response.setHeader("Connection", "close");
		problems.write(request, response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
				"The request body is larger than " + limit + " bytes"));
	}

	private static boolean hasBody(String method) {
		return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
	}

	static byte[] body(HttpServletRequest request) {
		Object body = request.getAttribute(BODY_ATTRIBUTE);
		return body instanceof byte[] bytes ? bytes : new byte[0];
	}

	private static final class BufferedRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("synchronous reads only");
				}
			};
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
					java.nio.charset.Charset.forName(getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding())));
		}
	}
}
