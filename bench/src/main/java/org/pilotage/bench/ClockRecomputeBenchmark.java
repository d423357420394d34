package org.pilotage.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.pilotage.sla.Agreement;
import org.pilotage.sla.BusinessTime;
import org.pilotage.sla.ClockFact;
import org.pilotage.sla.ClockLedger;
import org.pilotage.sla.Metric;
import org.pilotage.sla.MetricDefinition;
import org.pilotage.sla.Trigger;
import org.pilotage.work.Priority;
import org.pilotage.work.WorkItemType;

/**
 * Recomputing the clocks of 1,000,000 items with 5 timeline entries each, on one thread: what a recompute of every
 * item does once the timelines are read. One operation is the whole million: each item's entries become
 * {@link ClockFact}s (as the engine makes them from the stored timeline) and go through {@link ClockLedger#compute}
 * with the default SLA and its derived OLA (eight metrics, four of which measure each item), the at-risk share at
 * 75 %, on the Paris office calendar of {@link BusinessTimeBenchmark} (split shifts, Saturday mornings, two years of
 * holidays, closures and openings). Items: 80 % tickets (created, a reply, waiting on the client, the client's
 * answer handing the turn back, resolved — or a second client comment, still open), 20 % deliverables (created,
 * handed in, rejected, handed in, accepted), created over 2026 with gaps from a minute to four days, seeded.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = { "-Xmx2g" })
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@State(Scope.Thread)
public class ClockRecomputeBenchmark {

	static final int ITEMS = 1_000_000;

	static final int ENTRIES = 5;

	static final Instant NOW = Instant.parse("2027-01-15T10:00:00Z");

	// the meaning of each kind of entry, as Trigger.of gives it
	static final Set<Trigger> REPLY = Set.of(Trigger.PROVIDER_REPLY);
	static final Set<Trigger> WAITING = Set.of(Trigger.TURN_TO_CLIENT, Trigger.WAITING_ON_CLIENT);
	static final Set<Trigger> CLIENT_BACK = Set.of(Trigger.CLIENT_COMMENT, Trigger.TURN_TO_PROVIDER);
	static final Set<Trigger> CLIENT_COMMENT = Set.of(Trigger.CLIENT_COMMENT);
	static final Set<Trigger> RESOLVED = Set.of(Trigger.RESOLVED, Trigger.TURN_TO_CLIENT);
	static final Set<Trigger> SUBMITTED = Set.of(Trigger.SUBMITTED, Trigger.TURN_TO_CLIENT, Trigger.WAITING_ON_CLIENT);
	static final Set<Trigger> REJECTED = Set.of(Trigger.REJECTED, Trigger.TURN_TO_PROVIDER);
	static final Set<Trigger> ACCEPTED = Set.of(Trigger.ACCEPTED, Trigger.RESOLVED, Trigger.TURN_TO_CLIENT);
	static final Set<Trigger> CREATED = Set.of(Trigger.CREATED);

	static final List<Set<Trigger>> TICKET_RESOLVED = List.of(CREATED, REPLY, WAITING, CLIENT_BACK, RESOLVED);
	static final List<Set<Trigger>> TICKET_OPEN = List.of(CREATED, REPLY, WAITING, CLIENT_BACK, CLIENT_COMMENT);
	static final List<Set<Trigger>> DELIVERABLE = List.of(CREATED, SUBMITTED, REJECTED, SUBMITTED, ACCEPTED);

	List<MetricDefinition> metrics;

	BusinessTime office;

	/** Per item: the epoch seconds of its five entries. */
	long[] at;

	/** Per item: 0 a resolved ticket, 1 an open ticket, 2 a deliverable. */
	byte[] shape;

	/** Per item: its priority. */
	byte[] priority;

	@Setup
	public void setUp() {
		office = new BusinessTime(BusinessTimeBenchmark.office());
		metrics = new ArrayList<>();
		for (Metric metric : Metric.values()) {
			metrics.add(MetricDefinition.defaults(metric, MetricDefinition.defaultGoals(metric)));
		}
		for (Metric metric : Metric.values()) {
			MetricDefinition sla = MetricDefinition.defaults(metric, MetricDefinition.defaultGoals(metric));
			java.util.Map<Priority, Long> goals = new java.util.EnumMap<>(Priority.class);
			sla.goalMinutes().forEach((p, minutes) -> goals.put(p, minutes * 80 / 100));
			metrics.add(sla.as(Agreement.OLA, goals));
		}
		Random random = new Random(42);
		at = new long[ITEMS * ENTRIES];
		shape = new byte[ITEMS];
		priority = new byte[ITEMS];
		long yearStart = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
		for (int item = 0; item < ITEMS; item++) {
			int draw = random.nextInt(10);
			shape[item] = (byte) (draw < 8 ? (draw < 6 ? 0 : 1) : 2);
			priority[item] = (byte) random.nextInt(4);
			long t = yearStart + random.nextInt(365 * 86_400);
			for (int entry = 0; entry < ENTRIES; entry++) {
				at[item * ENTRIES + entry] = t;
				t += 60 + random.nextInt(4 * 86_400);
			}
		}
	}

	/** The clocks of every item; returns how many cycles were computed, so nothing is optimised away. */
	@Benchmark
	public long recomputeAMillionItems(Blackhole hole) {
		long cycles = 0;
		Priority[] priorities = Priority.values();
		for (int item = 0; item < ITEMS; item++) {
			List<Set<Trigger>> kinds = shape[item] == 0 ? TICKET_RESOLVED : shape[item] == 1 ? TICKET_OPEN : DELIVERABLE;
			WorkItemType type = shape[item] == 2 ? WorkItemType.DELIVERABLE : WorkItemType.TICKET;
			List<ClockFact> facts = new ArrayList<>(ENTRIES);
			for (int entry = 0; entry < ENTRIES; entry++) {
				Instant when = Instant.ofEpochSecond(at[item * ENTRIES + entry]);
				facts.add(entry == 0 ? new ClockFact(when, kinds.get(0), type, priorities[priority[item]])
						: new ClockFact(when, kinds.get(entry), null, null));
			}
			List<ClockLedger.MetricClock> clocks = ClockLedger.compute(facts, metrics, 75, office, NOW);
			for (ClockLedger.MetricClock clock : clocks) {
				cycles += clock.cycles().size();
			}
			hole.consume(clocks);
		}
		return cycles;
	}
}
