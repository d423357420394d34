package org.pilotage.engagement;

import java.time.Instant;
import java.util.UUID;

/** A document attached to an engagement, without its bytes. */
public record EngagementDocument(UUID id, String fileName, String contentType, long size, String sha256,
		String uploadedBy, Instant uploadedAt) {
}
