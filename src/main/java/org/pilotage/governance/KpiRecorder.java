package org.pilotage.governance;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.pilotage.governance.KpiInputs.Rating;
import org.pilotage.governance.KpiInputs.SlaCycle;
import org.pilotage.governance.KpiInputs.TimeEntry;
import org.pilotage.sla.BusinessTime;
import org.pilotage.sla.ClockLedger;
import org.pilotage.sla.ClockLedger.MetricClock;
import org.pilotage.sla.SlaClocks;
import org.pilotage.sla.SlaClocksRecomputed;
import org.pilotage.work.TimeEvents;
import org.pilotage.work.WorkEvents;
import org.pilotage.work.WorkImports;
import org.pilotage.work.WorkMeasures;
import org.pilotage.work.WorkMeasures.MeasuredItem;
import org.pilotage.work.WorkTimelines;
import org.pilotage.work.WorkTimelines.Timeline;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the stored {@link KpiFact}s in step with the work: the items a transaction changed (their timeline, a survey,
 * a time entry) are derived again once, just before it commits, after every other module has reacted (the SLA
 * engine has pinned a new item); an engagement whose clocks were all computed again is derived again whole. The
 * same derivation rebuilds an engagement on demand, so stored facts are always what a recompute writes.
 */
@Component
class KpiRecorder {

	/** How many items are derived and written at once. */
	private static final int CHUNK = 500;

	private final WorkTimelines timelines;
	private final WorkMeasures measures;
	private final SlaClocks clocks;
	private final KpiFactStore store;
	private final KpiRollups rollups;
	private final GovernanceScopes scopes;

	KpiRecorder(WorkTimelines timelines, WorkMeasures measures, SlaClocks clocks, KpiFactStore store,
			KpiRollups rollups, GovernanceScopes scopes) {
		this.timelines = timelines;
		this.measures = measures;
		this.clocks = clocks;
		this.store = store;
		this.rollups = rollups;
		this.scopes = scopes;
	}

	@EventListener
	void on(WorkEvents.WorkItemEvent event) {
		if (event instanceof WorkEvents.AttachmentAdded || event instanceof WorkEvents.AttachmentRemoved) {
			return;
		}
		itemsChanged(List.of(event.itemId()));
	}

	@EventListener
	void on(WorkImports.WorkItemsImported event) {
		itemsChanged(timelines.numbered(event.engagementId(), event.firstNumber(), event.lastNumber()));
	}

	@EventListener
	void on(TimeEvents.TimeEntryChanged event) {
		itemsChanged(List.of(event.itemId()));
	}

	@EventListener
	void on(SlaClocksRecomputed event) {
		Pending pending = pending();
		if (pending == null) {
			rebuild(event.engagementId());
		}
		else {
			pending.engagements.add(event.engagementId());
		}
	}

	private void itemsChanged(Collection<UUID> items) {
		Pending pending = pending();
		if (pending == null) {
			record(items);
		}
		else {
			pending.items.addAll(items);
		}
	}

	/** Derives the engagement's facts again from its items' events; how many items were read. */
	@Transactional
	int rebuild(UUID engagementId) {
		store.clear(engagementId);
		List<UUID> items = measures.itemsOf(engagementId);
		record(items);
		return items.size();
	}

	/** Derives and stores the facts of the given items, engagement by engagement, by chunks. */
	@Transactional
	void record(Collection<UUID> itemIds) {
		recordItems(measures.items(itemIds));
	}

	/** Derives and stores the facts of items already read, engagement by engagement, by chunks. */
	private void recordItems(List<MeasuredItem> read) {
		Map<UUID, List<MeasuredItem>> byEngagement = read.stream()
			.collect(Collectors.groupingBy(MeasuredItem::engagementId, LinkedHashMap::new, Collectors.toList()));
		byEngagement.forEach((engagement, items) -> {
			ZoneId zone = scopes.zoneOf(engagement);
			BusinessTime time = clocks.businessTime(engagement);
			for (int from = 0; from < items.size(); from += CHUNK) {
				recordChunk(engagement, items.subList(from, Math.min(items.size(), from + CHUNK)), zone, time);
			}
		});
	}

	private void recordChunk(UUID engagement, List<MeasuredItem> items, ZoneId zone, BusinessTime time) {
		Map<UUID, MeasuredItem> byId = items.stream()
			.collect(Collectors.toMap(MeasuredItem::id, item -> item, (a, b) -> a, LinkedHashMap::new));
		List<Timeline> read = new ArrayList<>(items.size());
		timelines.forEach(byId.keySet(), false, read::add);
		Map<UUID, SlaClocks.ItemClocks> itemClocks = clocks.live(engagement, read);
		Map<UUID, List<WorkMeasures.Survey>> surveys = measures.surveys(byId.keySet())
			.stream()
			.collect(Collectors.groupingBy(WorkMeasures.Survey::itemId));
		Map<UUID, List<WorkMeasures.Logged>> logged = measures.logged(byId.keySet())
			.stream()
			.collect(Collectors.groupingBy(WorkMeasures.Logged::itemId));
		List<KpiFact> facts = new ArrayList<>();
		List<DependencyRisks.Resolved> resolved = new ArrayList<>();
		for (Timeline timeline : read) {
			MeasuredItem item = byId.get(timeline.itemId());
			DependencyRisks.resolvedNow(timeline).ifPresent(resolved::add);
			SlaClocks.ItemClocks computed = itemClocks.get(timeline.itemId());
			if (computed != null) {
				for (SlaCycle cycle : stoppedCycles(item, computed)) {
					facts.add(KpiFacts.cycle(cycle, item.assignee()));
				}
			}
			facts.addAll(KpiFacts.ofItem(KpiHistories.of(timeline, item), time, zone));
			for (WorkMeasures.Survey survey : surveys.getOrDefault(item.id(), List.of())) {
				facts.addAll(KpiFacts.ofRating(
						new Rating(item.id(), survey.rating(), survey.askedAt(), survey.answeredAt()), item.assignee()));
			}
			for (WorkMeasures.Logged entry : logged.getOrDefault(item.id(), List.of())) {
				facts.add(KpiFacts.ofTime(new TimeEntry(entry.personId(), item.id(), entry.date(), entry.minutes()),
						zone));
			}
		}
		store.replace(new KpiFactStore.ItemFacts(engagement, byId.keySet(), facts, resolved));
	}

	/**
	 * The item's stopped cycles measured against a goal, as {@link SlaCycle}s; a cycle of a priority without a goal
	 * is not measured, so it is neither met nor breached.
	 */
	static List<SlaCycle> stoppedCycles(MeasuredItem item, SlaClocks.ItemClocks computed) {
		List<SlaCycle> stopped = new ArrayList<>();
		for (MetricClock metric : computed.metrics()) {
			for (ClockLedger.Cycle cycle : metric.cycles()) {
				if (cycle.phase() == ClockLedger.Phase.STOPPED && cycle.stoppedAt() != null
						&& cycle.goalSeconds() != null) {
					stopped.add(new SlaCycle(item.id(), metric.metric(), metric.agreement(),
							cycle.priority() == null ? item.priority() : cycle.priority(), cycle.stoppedAt(),
							cycle.met(), cycle.goalSeconds(), cycle.elapsedSeconds()));
				}
			}
		}
		return stopped;
	}

	/**
	 * What the current transaction changed, derived once just before it commits; null without a transaction, or when
	 * the transaction is already committing (a change told then, by another listener before commit, is derived at
	 * once).
	 */
	private @Nullable Pending pending() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending(this);
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		return pending.flushed ? null : pending;
	}

	/** The items and engagements a transaction changed, to derive again before it commits. */
	private static final class Pending implements TransactionSynchronization {

		private final KpiRecorder recorder;
		final Set<UUID> items = new LinkedHashSet<>();
		final Set<UUID> engagements = new LinkedHashSet<>();
		boolean flushed;

		Pending(KpiRecorder recorder) {
			this.recorder = recorder;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			flushed = true;
			List<MeasuredItem> changed = recorder.measures.items(items);
			// every engagement's stamp first, in one order, so that two changes never wait for each other's
			Set<UUID> touched = new LinkedHashSet<>(engagements);
			changed.forEach(item -> touched.add(item.engagementId()));
			recorder.rollups.touch(touched);
			for (UUID engagement : engagements) {
				recorder.rebuild(engagement);
			}
			recorder.recordItems(
					changed.stream().filter(item -> !engagements.contains(item.engagementId())).toList());
		}

		@Override
		public void afterCompletion(int status) {
			if (TransactionSynchronizationManager.hasResource(recorder)) {
				TransactionSynchronizationManager.unbindResource(recorder);
			}
		}
	}
}
