package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.pilotage.support.IntegrationTest;
import org.pilotage.support.PostgresDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored figures of a closed period are never those of facts a change has replaced ({@link KpiRollups}): a
 * reader that read the facts before a change stores nothing once the change is committed, or while it is pending (it
 * waits for it), and stores when nothing changed. On PostgreSQL, with a change held open on another connection.
 */
@PostgresDatabase
class StoringClosedPeriodsBesideChangesPostgresTests extends IntegrationTest {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	private KpiRollups rollups;

	@Autowired
	private PlatformTransactionManager transactions;

	private final Period week = Period.week(LocalDate.of(2026, 3, 2), PARIS);

	private KpiRollups.Computed computed() {
		return new KpiRollups.Computed(week, null, Kpis.aggregate(week, List.of(), null));
	}

	private boolean stored(UUID engagement) {
		return rollups.findWithAnyBudget(engagement, week).isPresent();
	}

	@Test
	void withoutAChangeInBetweenTheFiguresAreStoredAndAChangeInThePeriodForgetsThem() {
		UUID engagement = UUID.randomUUID();
		Long stamp = rollups.stamp(engagement);
		rollups.store(engagement, stamp, List.of(computed()));
		assertThat(stored(engagement)).isTrue();

		// a change after the period's end keeps it; one inside it forgets it
		new TransactionTemplate(transactions).executeWithoutResult(s -> rollups.changed(engagement, week.to()));
		assertThat(stored(engagement)).isTrue();
		new TransactionTemplate(transactions)
			.executeWithoutResult(s -> rollups.changed(engagement, week.from().plusSeconds(3_600)));
		assertThat(stored(engagement)).isFalse();
	}

	@Test
	void aChangeCommittedAfterTheReaderNotedTheStampKeepsItsFiguresOut() {
		UUID engagement = UUID.randomUUID();
		Long stamp = rollups.stamp(engagement);
		// the change commits between the reader's read of the facts and its store
		new TransactionTemplate(transactions).executeWithoutResult(s -> rollups.changed(engagement, Instant.EPOCH));
		rollups.store(engagement, stamp, List.of(computed()));
		assertThat(stored(engagement)).isFalse();
	}

	@Test
	void aReaderWaitsForAPendingChangeAndThenStoresNothing() throws Exception {
		UUID engagement = UUID.randomUUID();
		Long stamp = rollups.stamp(engagement);
		CountDownLatch changed = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
			.executeWithoutResult(s -> {
				rollups.touch(List.of(engagement));
				changed.countDown();
				try {
					release.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
			}));
		assertThat(changed.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> reader = CompletableFuture
			.runAsync(() -> rollups.store(engagement, stamp, List.of(computed())));
		Thread.sleep(300);
		// the reader waits for the change's stamp lock
		assertThat(reader).isNotDone();
		release.countDown();
		writer.get(10, TimeUnit.SECONDS);
		reader.get(10, TimeUnit.SECONDS);
		assertThat(stored(engagement)).isFalse();
	}
}
