package org.pilotage.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.pilotage.shared.AuditableEvent;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.PostgresDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A change of an item while the scheduler fires one of its deadlines: the firing claims the deadline's row and then
 * records its event in the audit trail; the change locks the item, its deadlines, then the audit chain's head. Both
 * take the deadline before the audit head, so the change waits for the firing to commit and then succeeds, instead
 * of the two deadlocking and the user getting a 500. On PostgreSQL, whose deadlock detector would pick a victim.
 */
@PostgresDatabase
class ChangingAnItemWhileItsDeadlineFiresPostgresTests extends SlaTest {

	@Autowired
	DeadlineStore deadlines;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	/** What a firing records, as the scheduler's events are recorded. */
	record Fired(UUID item) implements AuditableEvent {

		@Override
		public @Nullable UUID actorId() {
			return null;
		}

		@Override
		public String actorLabel() {
			return "system";
		}

		@Override
		public @Nullable UUID organizationId() {
			return null;
		}

		@Override
		public String action() {
			return "sla.test-fired";
		}

		@Override
		public String targetType() {
			return "work-item";
		}

		@Override
		public String targetId() {
			return item.toString();
		}

		@Override
		public String summary() {
			return "fired in a test";
		}
	}

	@Test
	void aChangeWaitsForAFiringOnTheSameItemInsteadOfDeadlocking() throws Exception {
		UUID engagement = newEngagement("Firing while changing " + UUID.randomUUID());
		assertThat(writePolicy(engagement, Demo.PROVIDER_MANAGER, "{}").status()).isEqualTo(200);
		String item = ticket(engagement, "Server room too warm");
		UUID deadline = jdbc.sql("SELECT id FROM sla_deadlines WHERE item_id = ? AND fired_at IS NULL ORDER BY due_at")
			.param(UUID.fromString(item))
			.query(UUID.class)
			.list()
			.get(0);

		CountDownLatch claimed = new CountDownLatch(1);
		CompletableFuture<Void> firing = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
			assertThat(deadlines.claim(deadline, Instant.now().plus(365, ChronoUnit.DAYS), "test")).isTrue();
			claimed.countDown();
			// the change starts meanwhile and reaches the item's deadlines
			sleep(1_500);
			events.publishEvent(new Fired(UUID.fromString(item)));
		}));
		assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
		Api.Response changed = api.post("/api/v1/work-items/" + item + "/comments", token(Demo.PROVIDER_AGENT),
				"{\"body\":\"Looking at the air conditioning\"}");

		firing.get(20, TimeUnit.SECONDS);
		assertThat(changed.status()).as(changed.toString()).isEqualTo(201);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE action = 'sla.test-fired' AND target_id = ?")
			.param(item)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
