package org.pilotage.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.AuditableEvent;

/** Events the identity module publishes; each one is a line of the audit trail. */
public final class IdentityEvents {

	private IdentityEvents() {
	}

	public record OrganizationCreated(Actor actor, UUID organizationId, String name, OrganizationKind kind)
			implements Audited {
		public String action() { return "organization.created"; }
		public String targetType() { return "organization"; }
		public String targetId() { return organizationId.toString(); }
		public String summary() { return "created " + kind + " \"" + name + "\""; }
	}

	public record OrganizationUpdated(Actor actor, UUID organizationId, String before, String after)
			implements Audited {
		public String action() { return "organization.updated"; }
		public String targetType() { return "organization"; }
		public String targetId() { return organizationId.toString(); }
		public String summary() { return "before: " + before + "; after: " + after; }
	}

	public record UserCreated(Actor actor, UUID userId, String email, @Nullable UUID organizationId)
			implements Audited {
		public String action() { return "user.created"; }
		public String targetType() { return "user"; }
		public String targetId() { return userId.toString(); }
		public String summary() { return "created user " + email; }
	}

	public record UserUpdated(Actor actor, UUID userId, String before, String after) implements Audited {
		public @Nullable UUID organizationId() { return null; }
		public String action() { return "user.updated"; }
		public String targetType() { return "user"; }
		public String targetId() { return userId.toString(); }
		public String summary() { return "before: " + before + "; after: " + after; }
	}

	public record PasswordChanged(Actor actor, UUID userId) implements Audited {
		public @Nullable UUID organizationId() { return null; }
		public String action() { return "user.password-changed"; }
		public String targetType() { return "user"; }
		public String targetId() { return userId.toString(); }
		public String summary() { return "password changed"; }
	}

	public record MembershipGranted(Actor actor, UUID membershipId, UUID userId, @Nullable UUID organizationId,
			Role role) implements Audited {
		public String action() { return "membership.granted"; }
		public String targetType() { return "membership"; }
		public String targetId() { return membershipId.toString(); }
		public String summary() { return "granted " + role + " to user " + userId; }
	}

	public record MembershipRevoked(Actor actor, UUID membershipId, UUID userId, @Nullable UUID organizationId,
			Role role) implements Audited {
		public String action() { return "membership.revoked"; }
		public String targetType() { return "membership"; }
		public String targetId() { return membershipId.toString(); }
		public String summary() { return "revoked " + role + " from user " + userId; }
	}

	public record ApiTokenIssued(Actor actor, UUID tokenId, UUID userId, String name, String channel)
			implements Audited {
		public @Nullable UUID organizationId() { return null; }
		public String action() { return "api-token.issued"; }
		public String targetType() { return "api-token"; }
		public String targetId() { return tokenId.toString(); }
		public String summary() { return "issued token \"" + name + "\" for user " + userId + " via " + channel; }
	}

	public record ApiTokenRevoked(Actor actor, UUID tokenId, UUID userId) implements Audited {
		public @Nullable UUID organizationId() { return null; }
		public String action() { return "api-token.revoked"; }
		public String targetType() { return "api-token"; }
		public String targetId() { return tokenId.toString(); }
		public String summary() { return "revoked token of user " + userId; }
	}

	public record UserLockedOut(UUID userId, String email, int failedAttempts) implements AuditableEvent {
		public @Nullable UUID actorId() { return null; }
		public String actorLabel() { return "system"; }
		public @Nullable UUID organizationId() { return null; }
		public String action() { return "user.locked-out"; }
		public String targetType() { return "user"; }
		public String targetId() { return userId.toString(); }
		public String summary() { return "locked after " + failedAttempts + " failed logins of " + email; }
	}

	/** Identity events name their actor once; the audit contract reads it from there. */
	interface Audited extends AuditableEvent {

		Actor actor();

		@Override
		default @Nullable UUID actorId() {
			return actor().id();
		}

		@Override
		default String actorLabel() {
			return actor().label();
		}
	}
}
