package org.pilotage.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
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
class DeadlineScheduler implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeadlineScheduler.class);

	/** Deadlines fired per read; a full batch is followed at once by the next. */
	static final int BATCH = 100;

	private final DeadlineStore store;
	private final Engagements engagements;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final boolean enabled;
	private final Duration maxSleep;
	private final Duration retry;
	private final String instance;

	private final Object monitor = new Object();
	/** The earliest unfired instant the thread knows of (null: none), so that only an earlier one wakes it. */
	private @Nullable Instant next;
	private boolean woken;
	private volatile boolean running;
	private @Nullable Thread thread;

	DeadlineScheduler(DeadlineStore store, Engagements engagements, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${pilotage.sla.scheduler.enabled:true}") boolean enabled,
			@Value("${pilotage.sla.scheduler.max-sleep:30s}") Duration maxSleep) {
		if (maxSleep.isNegative() || maxSleep.isZero()) {
			throw new IllegalArgumentException("pilotage.sla.scheduler.max-sleep must be positive: " + maxSleep);
		}
		this.store = store;
		this.engagements = engagements;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.enabled = enabled;
		this.maxSleep = maxSleep;
		this.retry = maxSleep.compareTo(Duration.ofSeconds(5)) < 0 ? maxSleep : Duration.ofSeconds(5);
		this.instance = instanceName();
	}

	/** Who fires, as stored in {@code fired_by}: the host, the process and this application context. */
	String instance() {
		return instance;
	}

	/** A deadline due at {@code dueAt} was stored: wakes the thread if it sleeps until a later instant. */
	void wake(Instant dueAt) {
		synchronized (monitor) {
			if (next == null || dueAt.isBefore(next)) {
				next = dueAt;
				woken = true;
				monitor.notifyAll();
			}
		}
	}

	@Override
	public void start() {
		if (!enabled || running) {
			return;
		}
		running = true;
		Thread started = new Thread(this::loop, "sla-deadlines");
		started.setDaemon(true);
		thread = started;
		started.start();
	}

	/**
	 * Asks the thread to stop and waits for it to finish the deadline it is firing. It is not interrupted: an
	 * interrupt inside a JDBC call could close the embedded database's file under another thread.
	 */
	@Override
	public void stop() {
		running = false;
		synchronized (monitor) {
			monitor.notifyAll();
		}
		Thread stopping = thread;
		if (stopping != null) {
			try {
				stopping.join(TimeUnit.SECONDS.toMillis(30));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void loop() {
		while (running) {
			Duration wait;
			try {
				wait = fireDue();
			}
			catch (RuntimeException failure) {
				log.warn("SLA deadlines could not be read; trying again in {}", retry, failure);
				wait = retry;
			}
			sleep(wait);
		}
	}

	/** Fires every deadline due now, and answers how long to sleep before the next one. */
	private Duration fireDue() {
		boolean failed = false;
		List<UUID> due;
		do {
			due = store.due(clock.instant(), BATCH);
			for (UUID id : due) {
				if (!running) {
					return Duration.ZERO;
				}
				failed |= !fire(id);
			}
		}
		while (due.size() == BATCH && !failed);
		Optional<Instant> earliest = store.nextDue();
		synchronized (monitor) {
			next = earliest.orElse(null);
		}
		if (failed) {
			return retry;
		}
		return earliest.map(at -> Duration.between(clock.instant(), at))
			.map(until -> until.isNegative() ? Duration.ZERO : until.compareTo(maxSleep) > 0 ? maxSleep : until)
			.orElse(maxSleep);
	}

	/** Claims and fires one deadline; false when its event's listeners failed (it stays unfired, tried again). */
	private boolean fire(UUID id) {
		try {
			transactions.executeWithoutResult(status -> {
				Instant now = clock.instant();
				if (store.claim(id, now, instance)) {
					SlaDeadlines.FiredDeadline fired = store.find(id).orElseThrow().fired();
					events.publishEvent(SlaEvents.of(fired, organizationOf(fired)));
				}
			});
			return true;
		}
		catch (RuntimeException failure) {
			log.warn("SLA deadline {} could not be fired; trying again in {}", id, retry, failure);
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

	private void sleep(Duration wait) {
		long until = System.nanoTime() + wait.toNanos();
		synchronized (monitor) {
			try {
				while (running && !woken) {
					long left = until - System.nanoTime();
					if (left <= 0) {
						break;
					}
					TimeUnit.NANOSECONDS.timedWait(monitor, left);
				}
			}
			catch (InterruptedException e) {
				running = false;
				Thread.currentThread().interrupt();
			}
			woken = false;
		}
	}

	private static String instanceName() {
		String host = System.getenv("HOSTNAME");
		return (host == null || host.isBlank() ? "localhost" : host) + "/" + ProcessHandle.current().pid() + "/"
				+ UUID.randomUUID().toString().substring(0, 8);
	}
}
