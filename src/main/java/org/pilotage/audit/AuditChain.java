package org.pilotage.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The chain's arithmetic, in plain Java: a row's hash is the HMAC-SHA-256, under the platform's audit key,
 * of its predecessor's hash and of its own fields, each written with its length so that no two different
 * rows encode alike. Without the key, a changed row cannot be given a hash that verifies.
 */
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private final SecretKeySpec key;

	AuditChain(String key) {
		if (key.isBlank()) {
			throw new IllegalArgumentException("the audit key must not be blank");
		}
		this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	String hash(String prevHash, long seq, Instant occurredAt, @Nullable UUID actorId, String actorLabel,
			@Nullable UUID organizationId, String action, String targetType, @Nullable String targetId,
			String summary) {
		StringBuilder canonical = new StringBuilder();
		field(canonical, prevHash);
		field(canonical, Long.toString(seq));
		field(canonical, occurredAt.toString());
		field(canonical, actorId == null ? null : actorId.toString());
		field(canonical, actorLabel);
		field(canonical, organizationId == null ? null : organizationId.toString());
		field(canonical, action);
		field(canonical, targetType);
		field(canonical, targetId);
		field(canonical, summary);
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	String hash(AuditRecord record) {
		return hash(record.prevHash(), record.seq(), record.occurredAt(), record.actorId(), record.actorLabel(),
				record.organizationId(), record.action(), record.targetType(), record.targetId(), record.summary());
	}

	private static void field(StringBuilder out, @Nullable String value) {
		if (value == null) {
			out.append("-1:");
		}
		else {
			out.append(value.length()).append(':').append(value);
		}
		out.append('|');
	}
}
