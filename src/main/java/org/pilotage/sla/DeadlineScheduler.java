package org.pilotage.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Caller;
import org.pilotage.shared.BackgroundLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires the deadlines at their instant. One thread per instance reads the earliest unfired instant (one index read),
 * sleeps until it, until {@link SlaDeadlines#replace} wakes it for an earlier one, or at most {@code max-sleep}
 * (so that a deadline another instance stored is seen), then fires every due deadline: each in a transaction of
 * its own that claims the row with a conditional UPDATE and publishes its event, so the row is marked fired if and
 * only if its event's listeners (the audit trail, the notices) committed. One claimant wins a row, so each deadline
 * fires once across restarts and across instances on one database; one whose instant passed while every instance
 * was down fires at the next start. There is no scan of the items.
 */
@Component
class DeadlineScheduler extends BackgroundLoop {

	private static final Logger log = LoggerFactory.getLogger(DeadlineScheduler.class);

	/** Deadlines fired per read; a full batch is followed at once by the next. */
	static final int BATCH = 100;

	private final DeadlineStore store;
	private final Engagements engagements;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	private final Object nextLock = new Object();
	/** The earliest unfired instant the thread knows of (null: none), so that only an earlier one wakes it. */
	private @Nullable Instant next;

	DeadlineScheduler(DeadlineStore store, Engagements engagements, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${pilotage.sla.scheduler.enabled:true}") boolean enabled,
			@Value("${pilotage.sla.scheduler.max-sleep:30s}") Duration maxSleep) {
		super("sla-deadlines", enabled, maxSleep, "pilotage.sla.scheduler.max-sleep");
		this.store = store;
		this.engagements = engagements;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** A deadline due at {@code dueAt} was stored: wakes the thread if it sleeps until a later instant. */
	void wake(Instant dueAt) {
		synchronized (nextLock) {
			if (next == null || dueAt.isBefore(next)) {
				next = dueAt;
				wakeUp();
			}
		}
	}

	@Override
	protected Duration pass() {
		return fireDue();
	}

	/** Fires every deadline due now, and answers how long to sleep before the next one. */
	private Duration fireDue() {
		// what the thread knew is read again now: a deadline stored from here on wakes it, whatever its instant, so
		// one stored after this pass read the table is not left to the next max-sleep (a wake compared with the
		// instant of an earlier one, already served, was lost that way)
		synchronized (nextLock) {
			next = null;
		}
		boolean failed = false;
		List<UUID> due;
		do {
			due = store.due(clock.instant(), BATCH);
			for (UUID id : due) {
				if (!running()) {
					return Duration.ZERO;
				}
				failed |= !fire(id);
			}
		}
		while (due.size() == BATCH && !failed);
		Optional<Instant> earliest = store.nextDue();
		synchronized (nextLock) {
			next = earliest.orElse(null);
		}
		if (failed) {
			return retry();
		}
		return earliest.map(at -> capped(Duration.between(clock.instant(), at))).orElse(maxSleep());
	}

	/** Claims and fires one deadline; false when its event's listeners failed (it stays unfired, tried again). */
	private boolean fire(UUID id) {
		try {
			transactions.executeWithoutResult(status -> {
				Instant now = clock.instant();
				if (store.claim(id, now, instance())) {
					SlaDeadlines.FiredDeadline fired = store.find(id).orElseThrow().fired();
					events.publishEvent(SlaEvents.of(fired, organizationOf(fired)));
				}
			});
			return true;
		}
		catch (RuntimeException failure) {
			log.warn("SLA deadline {} could not be fired; trying again in {}", id, retry(), failure);
			return false;
		}
	}

	/** The client's organization, or the provider's for an OLA metric; null for an engagement that is not there. */
	private @Nullable UUID organizationOf(SlaDeadlines.FiredDeadline fired) {
		Caller platform = Caller.platform();
		if (engagements.audience(platform, fired.engagementId()).isEmpty()) {
			return null;
		}
		EngagementAccess access = engagements.access(platform, fired.engagementId());
		return SlaEvents.internal(fired.metric()) ? access.providerOrgId() : access.clientOrgId();
	}
}
