package org.pilotage.audit;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuditChainTest {

	private final AuditChain chain = new AuditChain("test-key");
	private final Instant at = Instant.parse("2026-11-28T10:15:30.123456Z");
	private final UUID actor = UUID.fromString("00000000-0000-0000-0000-000000000001");

	@Test
	void theSameRowAlwaysHashesAlike() {
		assertThat(hash("organization.created", "created CLIENT \"Acme\""))
			.isEqualTo(hash("organization.created", "created CLIENT \"Acme\""))
			.hasSize(64);
	}

	@Test
	void changingAnyFieldChangesTheHash() {
		String original = hash("organization.created", "summary");

		assertThat(hash("organization.updated", "summary")).isNotEqualTo(original);
		assertThat(hash("organization.created", "summary!")).isNotEqualTo(original);
		assertThat(chain.hash(AuditChain.GENESIS, 2, at, actor, "system", null, "organization.created", "organization",
				"1", "summary")).isNotEqualTo(original);
	}

	@Test
	void fieldBoundariesCannotBeShiftedToForgeAnotherRow() {
		String a = chain.hash(AuditChain.GENESIS, 1, at, null, "ab", null, "c", "t", null, "s");
		String b = chain.hash(AuditChain.GENESIS, 1, at, null, "a", null, "bc", "t", null, "s");

		assertThat(a).isNotEqualTo(b);
	}

	@Test
	void anEmptyValueIsNotTheSameAsNoValue() {
		String none = chain.hash(AuditChain.GENESIS, 1, at, null, "x", null, "a", "t", null, "s");
		String empty = chain.hash(AuditChain.GENESIS, 1, at, null, "x", null, "a", "t", "", "s");

		assertThat(none).isNotEqualTo(empty);
	}

	@Test
	void withoutTheKeyTheHashCannotBeRecomputed() {
		AuditChain otherKey = new AuditChain("another-key");

		assertThat(otherKey.hash(AuditChain.GENESIS, 1, at, actor, "system", null, "a", "t", "1", "s"))
			.isNotEqualTo(hash("a", "s"));
	}

	@Test
	void aBlankKeyIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AuditChain(" "));
	}

	private String hash(String action, String summary) {
		return chain.hash(AuditChain.GENESIS, 1, at, actor, "system", null, action, "t", "1", summary);
	}
}
