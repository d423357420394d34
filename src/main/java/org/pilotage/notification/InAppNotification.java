package org.pilotage.notification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A notification as its recipient sees it in the bell. */
public record InAppNotification(UUID id, String kind, String subject, String body, @Nullable String link,
		Instant createdAt, @Nullable Instant readAt) {

	public boolean unread() {
		return readAt == null;
	}
}
