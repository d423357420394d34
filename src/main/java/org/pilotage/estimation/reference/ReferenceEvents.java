package org.pilotage.estimation.reference;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.AuditableEvent;

/** Events of the reference data; each one is a line of the audit trail. */
public final class ReferenceEvents {

	private ReferenceEvents() {
	}

	/** A new version of the reference data was published: the seed, an edit or an import. */
	public record ReferenceDataPublished(@Nullable UUID actorId, String actorLabel, int version, String dataset,
			String summary) implements AuditableEvent {

		public @Nullable UUID organizationId() {
			return null;
		}

		public String action() {
			return "estimation-reference.published";
		}

		public String targetType() {
			return "estimation-reference-version";
		}

		public String targetId() {
			return Integer.toString(version);
		}
	}
}
