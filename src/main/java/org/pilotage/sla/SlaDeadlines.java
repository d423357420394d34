package org.pilotage.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The at-risk and breach instants of each running SLA metric of a work item: the clock ledger hands them over with
 * {@link #replace} in the transaction of the item's change, and the scheduler fires each at its instant, once, as
 * {@link SlaEvents.SlaAtRisk} or {@link SlaEvents.SlaBreached}. See docs/sla/DESIGN.md, slice 5.
 *
 * <p>The reads are not scoped by a caller: they serve the SLA module's own views, which check the reader's access
 * to the engagement (and hide the OLA metrics from the client) before showing anything.
 */
@Service
@Transactional
public class SlaDeadlines {

	/** Which threshold of a metric's goal: the warning (default 75 %) or the breach (100 %). */
	public enum Kind {
		AT_RISK, BREACH
	}

	/**
	 * One instant to fire: {@code metric} is the policy's metric name (FIRST_RESPONSE, RESOLUTION, OLA_RESOLUTION,
	 * ..., at most 32 characters), {@code cycle} its cycle from 1, {@code goalSeconds} the business seconds of the
	 * goal the instant was computed from, {@code policyVersion} the version the item is measured against.
	 */
	public record Deadline(String metric, int cycle, Kind kind, Instant dueAt, long goalSeconds,
			@Nullable Integer policyVersion) {

		public Deadline {
			Objects.requireNonNull(metric, "metric");
			Objects.requireNonNull(kind, "kind");
			// stored to the microsecond, as both databases keep it, so that a deadline read back equals the one given
			dueAt = Objects.requireNonNull(dueAt, "dueAt").truncatedTo(ChronoUnit.MICROS);
			if (metric.isBlank() || metric.length() > 32) {
				throw new IllegalArgumentException("metric must have 1 to 32 characters: " + metric);
			}
			if (cycle < 1) {
				throw new IllegalArgumentException("cycle must be 1 or more: " + cycle);
			}
			if (goalSeconds < 0) {
				throw new IllegalArgumentException("goalSeconds must be 0 or more: " + goalSeconds);
			}
		}

		Key key() {
			return new Key(metric, cycle, kind);
		}
	}

	/** A deadline that fired: when it was due, when it fired, and which instance fired it. */
	public record FiredDeadline(UUID itemId, UUID engagementId, String metric, int cycle, Kind kind, Instant dueAt,
			long goalSeconds, @Nullable Integer policyVersion, Instant firedAt, String firedBy) {
	}

	/** What identifies a deadline of an item: one row per item, metric, cycle and kind. */
	record Key(String metric, int cycle, Kind kind) {
	}

	private final DeadlineStore store;
	private final DeadlineScheduler scheduler;
	private final Clock clock;

	SlaDeadlines(DeadlineStore store, DeadlineScheduler scheduler, Clock clock) {
		this.store = store;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	/**
	 * Makes the item's unfired deadlines exactly {@code pending}: inserts the new ones, moves those whose instant
	 * (or goal, or policy version) changed, deletes the unfired ones not listed. A deadline that already fired is
	 * kept as it is and never created or fired again, even when listed. Joins the caller's transaction; after it
	 * commits, the scheduler is woken if a deadline now falls before the one it sleeps until.
	 *
	 * @throws IllegalArgumentException when {@code pending} lists the same metric, cycle and kind twice
	 */
	public void replace(UUID itemId, UUID engagementId, Collection<Deadline> pending) {
		Map<Key, Deadline> wanted = new HashMap<>();
		for (Deadline deadline : pending) {
			if (wanted.put(deadline.key(), deadline) != null) {
				throw new IllegalArgumentException("listed twice: " + deadline.key());
			}
		}
		Instant earliest = null;
		for (DeadlineStore.Row row : store.lockOfItem(itemId)) {
			Deadline update = wanted.remove(row.key());
			if (row.firedAt() != null) {
				continue;
			}
			if (update == null) {
				store.delete(row.id());
			}
			else if (!update.equals(row.deadline())) {
				store.update(row.id(), update);
				earliest = earlier(earliest, update.dueAt());
			}
		}
		Instant now = clock.instant();
		for (Deadline deadline : wanted.values()) {
			store.insert(UUID.randomUUID(), itemId, engagementId, deadline, now);
			earliest = earlier(earliest, deadline.dueAt());
		}
		if (earliest != null) {
			wakeAfterCommit(earliest);
		}
	}

	/** The item's deadlines that fired, in the order they were due. */
	@Transactional(readOnly = true)
	public List<FiredDeadline> fired(UUID itemId) {
		return store.firedOfItem(itemId);
	}

	/** The item's deadlines still to fire, soonest first. */
	@Transactional(readOnly = true)
	public List<Deadline> pending(UUID itemId) {
		return store.pendingOfItem(itemId);
	}

	/** The engagement's fired deadlines (its at-risk and breached items), the latest fired first; all kinds if null. */
	@Transactional(readOnly = true)
	public PageResult<FiredDeadline> firedOnEngagement(UUID engagementId, @Nullable Kind kind, Paging paging) {
		return PageResult.of(store.firedOfEngagement(engagementId, kind, paging), paging,
				store.countFiredOfEngagement(engagementId, kind));
	}

	private void wakeAfterCommit(Instant dueAt) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			scheduler.wake(dueAt);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				scheduler.wake(dueAt);
			}
		});
	}

	private static Instant earlier(@Nullable Instant a, Instant b) {
		return a == null || b.isBefore(a) ? b : a;
	}
}
