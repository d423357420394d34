package org.pilotage.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload ({@code multipart/form-data}) whose declared length is past
 * {@code spring.servlet.multipart.max-request-size} before anything reads it: 413 problem+json under
 * {@code /api}, the error page elsewhere. Without this, the first filter to ask for a parameter (the CSRF check
 * of a page) would make the container parse the parts and fail half-way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class UploadLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;
	private final Problems problems;

	UploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size}") DataSize maxBytes, Problems problems) {
		this.maxBytes = maxBytes.toBytes();
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !ApiRequestBodyFilter.isMultipart(request) || maxBytes < 0;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() <= maxBytes) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader("Connection", "close");
		if (Problems.isApi(request)) {
			problems.write(request, response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large",
					"An upload may have at most " + maxBytes + " bytes"));
		}
		else {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
		}
	}
}
