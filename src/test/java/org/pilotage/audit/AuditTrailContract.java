package org.pilotage.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pilotage.shared.AuditableEvent;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail on each database: every change is recorded, and changing, removing or adding a row
 * behind the application's back is found. Each tampering test puts the row back, so the shared
 * application context keeps a valid chain for the other tests.
 */
abstract class AuditTrailContract extends IntegrationTest {

	@Autowired
	AuditLog log;

	private final List<Runnable> repairs = new ArrayList<>();

	@AfterEach
	void repair() {
		java.util.Collections.reverse(repairs);
		repairs.forEach(Runnable::run);
		repairs.clear();
		assertThat(log.verify().valid()).as("the chain is whole again after the test").isTrue();
	}

	@Test
	void theChainOfTheDemoDataIsValid() {
		JsonNode verification = verify();

		assertThat(verification.get("valid").asBoolean()).isTrue();
		assertThat(verification.get("checked").asLong()).isGreaterThanOrEqualTo(20);
		assertThat(verification.has("firstBrokenId")).isTrue();
		assertThat(verification.get("firstBrokenId").isNull()).isTrue();
	}

	@Test
	void aChangeThroughTheApiAppendsWhoDidWhatToWhich() {
		String admin = tokenFor(Demo.ADMIN);
		String name = "Audited Org " + UUID.randomUUID();
		var created = api.post("/api/v1/organizations", admin,
				"{\"name\":\"" + name + "\",\"kind\":\"CLIENT\",\"country\":\"BE\",\"timeZone\":\"Europe/Brussels\"}");
		String id = created.body().get("id").asString();

		AuditRecord last = log.page(new org.pilotage.shared.Paging(0, 5), UUID.fromString(id)).items().get(0);

		assertThat(last.action()).isEqualTo("organization.created");
		assertThat(last.actorLabel()).isEqualTo(Demo.ADMIN);
		assertThat(last.actorId()).isNotNull();
		assertThat(last.targetType()).isEqualTo("organization");
		assertThat(last.targetId()).isEqualTo(id);
		assertThat(last.summary()).contains(name);
	}

	@Test
	void aRowChangedBehindTheApplicationsBackIsFound() {
		long seq = middleSeq();
		String summary = jdbc.sql("SELECT summary FROM audit_events WHERE seq = :seq").param("seq", seq)
			.query(String.class).single();
		jdbc.sql("UPDATE audit_events SET summary = 'nothing happened' WHERE seq = :seq").param("seq", seq).update();
		repairs.add(() -> jdbc.sql("UPDATE audit_events SET summary = :s WHERE seq = :seq")
			.param("s", summary).param("seq", seq).update());

		JsonNode verification = verify();

		assertThat(verification.get("valid").asBoolean()).isFalse();
		assertThat(verification.get("firstBrokenId").asLong()).isEqualTo(seq);
	}

	@Test
	void aRowDeletedBehindTheApplicationsBackIsFound() {
		long seq = middleSeq();
		Map<String, Object> row = remove(seq);

		JsonNode verification = verify();

		assertThat(verification.get("valid").asBoolean()).isFalse();
		assertThat(verification.get("firstBrokenId").asLong()).isEqualTo(seq);
		assertThat(row).isNotEmpty();
	}

	@Test
	void theLastRowDeletedBehindTheApplicationsBackIsFound() {
		long last = lastSeq();
		remove(last);

		JsonNode verification = verify();

		assertThat(verification.get("valid").asBoolean()).isFalse();
		assertThat(verification.get("firstBrokenId").asLong()).isEqualTo(last);
	}

	@Test
	void aRowInsertedBehindTheApplicationsBackIsFound() {
		long last = lastSeq();
		String lastHash = jdbc.sql("SELECT hash FROM audit_events WHERE seq = :seq").param("seq", last)
			.query(String.class).single();
		long forged = last + 1;
		jdbc.sql("""
				INSERT INTO audit_events (seq, occurred_at, actor_id, actor_label, organization_id, action, target_type,
				                          target_id, summary, prev_hash, hash)
				VALUES (:seq, :at, NULL, 'system', NULL, 'user.created', 'user', 'x', 'a forged line', :prev, :hash)""")
			.param("seq", forged)
			.param("at", OffsetDateTime.now())
			.param("prev", lastHash)
			.param("hash", "f".repeat(64))
			.update();
		repairs.add(() -> jdbc.sql("DELETE FROM audit_events WHERE seq = :seq").param("seq", forged).update());

		JsonNode verification = verify();

		assertThat(verification.get("valid").asBoolean()).isFalse();
		assertThat(verification.get("firstBrokenId").asLong()).isEqualTo(forged);
	}

	@Test
	void concurrentWritersStillFormOneValidChain() throws Exception {
		long before = lastSeq();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<AuditRecord>> appends = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				int n = i;
				appends.add(pool.submit(() -> log.append(new TestEvent("concurrent " + n))));
			}
			for (Future<AuditRecord> append : appends) {
				append.get();
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(lastSeq()).isEqualTo(before + 40);
		assertThat(log.verify().valid()).isTrue();
	}

	@Test
	void onlyAuditorsAndPlatformAdminsMayVerify() {
		assertThat(api.get("/api/v1/audit/verify", tokenFor(Demo.AUDITOR)).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/audit/verify", tokenFor(Demo.ADMIN)).status()).isEqualTo(200);
		var refused = api.get("/api/v1/audit/verify", tokenFor(Demo.CLIENT_ADMIN));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.isProblem()).isTrue();
	}

	private @Nullable String auditor;

	/** The auditor's token is taken before any tampering: issuing a token is itself audited. */
	@org.junit.jupiter.api.BeforeEach
	void signInAsAuditor() {
		auditor = tokenFor(Demo.AUDITOR);
	}

	private JsonNode verify() {
		var response = api.get("/api/v1/audit/verify", auditor);
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}

	private Map<String, Object> remove(long seq) {
		Map<String, Object> row = jdbc.sql("SELECT * FROM audit_events WHERE seq = :seq").param("seq", seq)
			.query().singleRow();
		jdbc.sql("DELETE FROM audit_events WHERE seq = :seq").param("seq", seq).update();
		repairs.add(() -> jdbc.sql("""
				INSERT INTO audit_events (seq, occurred_at, actor_id, actor_label, organization_id, action, target_type,
				                          target_id, summary, prev_hash, hash)
				VALUES (:seq, :occurred_at, :actor_id, :actor_label, :organization_id, :action, :target_type,
				        :target_id, :summary, :prev_hash, :hash)""")
			.paramSource(row)
			.update());
		return row;
	}

	private long lastSeq() {
		return jdbc.sql("SELECT MAX(seq) FROM audit_events").query(Long.class).single();
	}

	private long middleSeq() {
		return Math.max(1, lastSeq() / 2);
	}

	record TestEvent(String summary) implements AuditableEvent {
		public @Nullable UUID actorId() { return null; }
		public String actorLabel() { return "test"; }
		public @Nullable UUID organizationId() { return null; }
		public String action() { return "test.appended"; }
		public String targetType() { return "test"; }
		public String targetId() { return "1"; }
	}
}
