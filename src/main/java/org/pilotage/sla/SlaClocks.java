package org.pilotage.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Problem;
import org.pilotage.sla.ClockLedger.MetricClock;
import org.pilotage.work.Priority;
import org.pilotage.work.WorkEvents;
import org.pilotage.work.WorkImports;
import org.pilotage.work.WorkItemType;
import org.pilotage.work.WorkTimelines;
import org.pilotage.work.WorkTimelines.Entry;
import org.pilotage.work.WorkTimelines.Timeline;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine: an item's clocks computed by {@link ClockLedger} from its timeline, the policy version it is pinned
 * to and that version's calendar; stored (their current cycles) in the transaction of every change of the item, and
 * recomputed on demand for an item or a whole engagement. The stored rows are derived data: a recompute writes
 * exactly what the live computation gives.
 */
@Service
public class SlaClocks {

	/** A version without a calendar is counted round the clock. */
	private static final BusinessTime ROUND_THE_CLOCK = new BusinessTime(BusinessCalendar.allDay(ZoneOffset.UTC));

	/** An item's clocks now: the version it is measured against and every started metric with its cycles. */
	public record ItemClocks(UUID itemId, UUID engagementId, PolicyVersion policy, List<MetricClock> metrics,
			Instant at) {
	}

	/** What a recompute did: items read, clocks written, how long it took. */
	public record Recomputed(int items, int clocks, long millis) {
	}

	private final WorkTimelines timelines;
	private final SlaPolicyStore policies;
	private final SlaClockStore clocks;
	private final SlaDeadlines deadlines;
	private final SlaCalendars calendars;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final Map<UUID, Timed> times = new ConcurrentHashMap<>();

	/** The arithmetic of a calendar, kept while the calendars give back the same (unchanged) calendar. */
	private record Timed(BusinessCalendar calendar, BusinessTime time) {
	}

	SlaClocks(WorkTimelines timelines, SlaPolicyStore policies, SlaClockStore clocks, SlaDeadlines deadlines,
			SlaCalendars calendars, Clock clock, ApplicationEventPublisher events) {
		this.timelines = timelines;
		this.policies = policies;
		this.clocks = clocks;
		this.deadlines = deadlines;
		this.calendars = calendars;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Every change of an item, in its transaction: a new item is pinned to its engagement's policy, then computed.
	 * Heard before the audit trail records the change: the item's deadlines are then locked before the audit chain's
	 * head, the order the scheduler takes them in when it fires a deadline (its claim, then the audit of the event),
	 * so a change and a firing on the same item queue instead of deadlocking.
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE + 100)
	void on(WorkEvents.WorkItemEvent event) {
		if (event instanceof WorkEvents.AttachmentAdded || event instanceof WorkEvents.AttachmentRemoved
				|| event instanceof WorkEvents.SatisfactionAsked || event instanceof WorkEvents.SatisfactionRated) {
			return;
		}
		if (event instanceof WorkEvents.WorkItemCreated) {
			policies.ofEngagement(event.engagementId())
				.filter(policy -> policy.currentVersion() > 0)
				.ifPresent(policy -> policies.pin(event.itemId(), event.engagementId(),
						new SlaPolicyStore.Pin(policy.id(), policy.currentVersion()), event.at()));
		}
		store(event.itemId());
	}

	/** Imported items are pinned and computed like created ones (before the audit, as for a change). */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE + 100)
	void on(WorkImports.WorkItemsImported event) {
		Optional<SlaPolicyStore.Policy> policy = policies.ofEngagement(event.engagementId())
			.filter(p -> p.currentVersion() > 0);
		if (policy.isEmpty()) {
			return;
		}
		SlaPolicyStore.Pin pin = new SlaPolicyStore.Pin(policy.get().id(), policy.get().currentVersion());
		for (UUID item : timelines.numbered(event.engagementId(), event.firstNumber(), event.lastNumber())) {
			policies.pin(item, event.engagementId(), pin, event.at());
			store(item);
		}
	}

	/** The item's clocks computed now from its timeline, without storing anything; empty when it has no policy. */
	@Transactional(readOnly = true)
	public Optional<ItemClocks> live(UUID itemId) {
		Optional<Timeline> timeline = timelines.of(itemId);
		Optional<SlaPolicyStore.Pin> pin = policies.pinOf(itemId);
		if (timeline.isEmpty() || pin.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(compute(timeline.get(), pin.get(), clock.instant()));
	}

	/** Computes and stores the item's clocks; what was stored. */
	@Transactional
	public Optional<ItemClocks> store(UUID itemId) {
		Optional<SlaPolicyStore.Pin> pin = policies.pinOf(itemId);
		if (pin.isEmpty()) {
			return Optional.empty();
		}
		Timeline timeline = timelines.of(itemId).orElseThrow(() -> Problem.notFound("Work item"));
		ItemClocks computed = compute(timeline, pin.get(), clock.instant());
		write(computed, pin.get());
		return Optional.of(computed);
	}

	/** Recomputes and stores the clocks of every item of the engagement pinned to a policy version. */
	@Transactional
	public Recomputed recompute(UUID engagementId, boolean openOnly) {
		long started = System.nanoTime();
		Map<UUID, SlaPolicyStore.Pin> pins = policies.pinsOf(engagementId);
		Instant now = clock.instant();
		int[] counts = new int[2];
		List<ItemClocks> batch = new ArrayList<>();
		timelines.forEach(pins.keySet(), openOnly, timeline -> {
			SlaPolicyStore.Pin pin = pins.get(timeline.itemId());
			if (pin != null) {
				ItemClocks computed = compute(timeline, pin, now);
				batch.add(computed);
				counts[0]++;
				counts[1] += computed.metrics().size();
				if (batch.size() == BATCH) {
					write(batch, pins);
				}
			}
		});
		write(batch, pins);
		events.publishEvent(new SlaClocksRecomputed(engagementId, now));
		return new Recomputed(counts[0], counts[1], (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * The clocks of some of an engagement's items computed now from the given timelines, each against the version
	 * its item is pinned to, without storing anything; items without a pin are left out. What the KPIs read their
	 * stopped cycles from, for many items at once.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, ItemClocks> live(UUID engagementId, Collection<Timeline> of) {
		Map<UUID, SlaPolicyStore.Pin> pins = of.isEmpty() ? Map.of() : policies.pinsOf(engagementId);
		Instant now = clock.instant();
		Map<UUID, ItemClocks> computed = new HashMap<>();
		for (Timeline timeline : of) {
			SlaPolicyStore.Pin pin = pins.get(timeline.itemId());
			if (pin != null) {
				computed.put(timeline.itemId(), compute(timeline, pin, now));
			}
		}
		return computed;
	}

	/**
	 * How business time is counted on the engagement: in the calendar of its policy's current version, round the
	 * clock without a policy or a calendar.
	 */
	@Transactional(readOnly = true)
	public BusinessTime businessTime(UUID engagementId) {
		return policies.ofEngagement(engagementId)
			.filter(policy -> policy.currentVersion() > 0)
			.map(policy -> time(policies.version(policy.id(), policy.currentVersion()).calendarId()))
			.orElse(ROUND_THE_CLOCK);
	}

	/** The stored clocks of an item, as the last computation left them. */
	@Transactional(readOnly = true)
	public List<SlaClockStore.StoredClock> stored(UUID itemId) {
		return clocks.of(itemId);
	}

	/**
	 * A calendar's hours or days changed, in the transaction of the change: the open clocks of the engagements whose
	 * policy versions count in it are recomputed, so their rows and deadlines follow at once.
	 */
	@EventListener
	void on(CalendarChanged event) {
		times.remove(event.calendarId());
		for (UUID engagement : policies.engagementsUsing(event.calendarId())) {
			recompute(engagement, true);
		}
	}

	/** How many items a recompute writes at once. */
	private static final int BATCH = 500;

	/** Stores a batch of items' clocks in one go, then hands each item's deadlines over; empties the batch. */
	private void write(List<ItemClocks> batch, Map<UUID, SlaPolicyStore.Pin> pins) {
		clocks.replaceAll(batch.stream()
			.map(item -> new SlaClockStore.Computed(item.itemId(), item.engagementId(), pins.get(item.itemId()),
					item.metrics(), item.at()))
			.toList());
		for (ItemClocks item : batch) {
			schedule(item, pins.get(item.itemId()));
		}
		batch.clear();
	}

	private void write(ItemClocks computed, SlaPolicyStore.Pin pin) {
		clocks.replace(computed.itemId(), computed.engagementId(), pin, computed.metrics(), computed.at());
		schedule(computed, pin);
	}

	/**
	 * Hands the running cycles' at-risk and breach instants to the deadlines (past ones too: a cycle that became late
	 * through a change is told at once, and a deadline already fired is never fired again); a paused or stopped cycle
	 * has none.
	 */
	private void schedule(ItemClocks computed, SlaPolicyStore.Pin pin) {
		List<SlaDeadlines.Deadline> pending = new ArrayList<>();
		for (MetricClock metric : computed.metrics()) {
			ClockLedger.Cycle cycle = metric.current();
			if (cycle.phase() != ClockLedger.Phase.RUNNING || cycle.goalSeconds() == null) {
				continue;
			}
			if (cycle.atRiskAt() != null) {
				pending.add(new SlaDeadlines.Deadline(metric.key(), cycle.number(), SlaDeadlines.Kind.AT_RISK,
						cycle.atRiskAt(), cycle.goalSeconds(), pin.version()));
			}
			if (cycle.dueAt() != null) {
				pending.add(new SlaDeadlines.Deadline(metric.key(), cycle.number(), SlaDeadlines.Kind.BREACH,
						cycle.dueAt(), cycle.goalSeconds(), pin.version()));
			}
		}
		deadlines.replace(computed.itemId(), computed.engagementId(), pending);
	}

	private ItemClocks compute(Timeline timeline, SlaPolicyStore.Pin pin, Instant now) {
		PolicyVersion version = policies.version(pin.policyId(), pin.version());
		List<MetricClock> metrics = ClockLedger.compute(facts(timeline.entries()), version.metrics(),
				version.atRiskPercent(), time(version.calendarId()), now);
		return new ItemClocks(timeline.itemId(), timeline.engagementId(), version, metrics, now);
	}

	private BusinessTime time(@Nullable UUID calendarId) {
		if (calendarId == null) {
			return ROUND_THE_CLOCK;
		}
		BusinessCalendar calendar = calendars.businessCalendar(calendarId);
		Timed timed = times.get(calendarId);
		if (timed == null || timed.calendar() != calendar) {
			timed = new Timed(calendar, new BusinessTime(calendar));
			times.put(calendarId, timed);
		}
		return timed.time();
	}

	/** What the clocks read of each timeline entry. */
	static List<ClockFact> facts(List<Entry> entries) {
		List<ClockFact> facts = new ArrayList<>(entries.size());
		for (Entry entry : entries) {
			WorkItemType type = entry.kind().equals("CREATED") && entry.data().get("type") != null
					? WorkItemType.valueOf(String.valueOf(entry.data().get("type"))) : null;
			Priority priority = null;
			if (entry.data().get("priority") instanceof Map<?, ?> change && change.get("after") != null) {
				priority = Priority.valueOf(String.valueOf(change.get("after")));
			}
			facts.add(new ClockFact(entry.at(), Trigger.of(entry.kind(), entry.data()), type, priority));
		}
		return facts;
	}
}
