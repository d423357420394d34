package org.pilotage.shared;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A state change that belongs in the audit trail. Modules publish their domain events implementing this
 * contract; the audit module appends each one to the hash-chained log in the publisher's transaction,
 * so a change and its audit row are committed together or not at all.
 */
public interface AuditableEvent {

	/** Who did it: the user id, or {@code null} for the platform itself (start-up tasks, schedulers). */
	@Nullable
	UUID actorId();

	/** A readable name of the actor (e-mail or {@code system}), kept even if the user is later removed. */
	String actorLabel();

	/** The organization whose data changed, or {@code null} for platform-wide changes. */
	@Nullable
	UUID organizationId();

	/** Dotted verb, e.g. {@code organization.created}. */
	String action();

	String targetType();

	String targetId();

	/** A short before/after summary, without secrets. */
	String summary();
}
