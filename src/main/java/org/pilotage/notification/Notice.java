package org.pilotage.notification;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Something to tell one person. {@code dedupKey} names the occurrence (e.g. {@code work-item:<id>:assigned:<event
 * id>}): the same key for the same recipient is stored and mailed once, however often the event is delivered.
 * {@code subject} and {@code body} are already in the recipient's language; {@code link} is a path on this
 * server. With {@code email}, an e-mail goes out too when the recipient has an enabled account, carrying the
 * {@code attachment} when there is one (the in-app notification never does).
 */
public record Notice(String dedupKey, UUID recipientUserId, String kind, String subject, String body,
		@Nullable String link, boolean email, @Nullable Attachment attachment) {

	/** The largest attachment an e-mail carries: 5 MiB. */
	public static final int MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

	/** A file an e-mail carries: its name as the recipient sees it, its media type and its bytes. */
	public record Attachment(String name, String contentType, byte[] content) {

		public Attachment {
			requireText(name, "attachment name", 200);
			requireText(contentType, "attachment type", 100);
			if (content.length > MAX_ATTACHMENT_BYTES) {
				throw new IllegalArgumentException("an attachment has at most " + MAX_ATTACHMENT_BYTES + " bytes");
			}
		}
	}

	/** A notice whose e-mail, if any, carries no attachment. */
	public Notice(String dedupKey, UUID recipientUserId, String kind, String subject, String body,
			@Nullable String link, boolean email) {
		this(dedupKey, recipientUserId, kind, subject, body, link, email, null);
	}

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
