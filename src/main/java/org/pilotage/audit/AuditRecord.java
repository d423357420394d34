package org.pilotage.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One line of the audit trail as stored. */
public record AuditRecord(long seq, Instant occurredAt, @Nullable UUID actorId, String actorLabel,
		@Nullable UUID organizationId, String action, String targetType, @Nullable String targetId, String summary,
		String prevHash, String hash) {
}
