package org.pilotage.notification;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Something to tell one person. {@code dedupKey} names the occurrence (e.g. {@code work-item:<id>:assigned:<event
 * id>}): the same key for the same recipient is stored and mailed once, however often the event is delivered.
 * {@code subject} and {@code body} are already in the recipient's language; {@code link} is a path on this
 * server. With {@code email}, an e-mail goes out too when the recipient has an enabled account.
 */
public record Notice(String dedupKey, UUID recipientUserId, String kind, String subject, String body,
		@Nullable String link, boolean email) {

	public Notice {
		requireText(dedupKey, "dedupKey", 200);
		requireText(kind, "kind", 64);
		requireText(subject, "subject", 300);
		if (body.length() > 10_000) {
			throw new IllegalArgumentException("body is longer than 10000 characters");
		}
		if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.length() > 1000)) {
			throw new IllegalArgumentException("link must be a path on this server");
		}
	}

	private static void requireText(String value, String name, int max) {
		if (value.isBlank() || value.length() > max) {
			throw new IllegalArgumentException(name + " must have 1 to " + max + " characters");
		}
	}
}
