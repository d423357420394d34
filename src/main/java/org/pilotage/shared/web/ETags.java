package org.pilotage.shared.web;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Problem;
import org.springframework.http.HttpStatus;

/**
 * Optimistic concurrency over HTTP: a resource's version is its strong ETag, and an update must send it
 * back in {@code If-Match}. A missing header is 428, a stale one 412.
 */
public final class ETags {

	private ETags() {
	}

	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/** The version an optional {@code If-Match} names, or null without one (a stale or malformed one is 412). */
	public static @Nullable Long optionalVersion(@Nullable String ifMatch) {
		return ifMatch == null || ifMatch.isBlank() ? null : requireVersion(ifMatch);
	}

	public static long requireVersion(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new Problem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required",
					"Send the ETag you read in an If-Match header, so that concurrent changes are not lost");
		}
		String value = ifMatch.strip();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException e) {
			throw Problem.staleVersion();
		}
	}
}
