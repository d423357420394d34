package org.pilotage.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotage.sla.Instances.await;
import static org.pilotage.sla.Instances.count;
import static org.pilotage.sla.Instances.deadlines;
import static org.pilotage.sla.Instances.heard;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pilotage.sla.SlaDeadlines.Deadline;
import org.pilotage.sla.SlaDeadlines.Kind;
import org.pilotage.support.PostgresSchema;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the application on one PostgreSQL database, both firing: 200 deadlines due within a few seconds,
 * stored through either, fire once each, on time, whichever instance wins each row.
 */
@Tag("postgres")
@ExtendWith(PostgresSchema.class)
class DeadlinesOnTwoInstancesPostgresTests {

	private static final int DEADLINES = 200;

	@Test
	void twoInstancesFireEachOf200DeadlinesOnceAndOnTime() throws InterruptedException {
		List<String> database = new java.util.ArrayList<>(PostgresSchema.freshSchema("pilotage_sla_two"));
		// both look for the other's deadlines every second, so both race for every row
		database.add("pilotage.sla.scheduler.max-sleep=1s");
		try (ConfigurableApplicationContext one = Instances.start(database, "postgres");
				ConfigurableApplicationContext two = Instances.start(database, "postgres")) {
			Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS).plusSeconds(3);
			Map<String, Instant> due = new HashMap<>();
			for (int i = 0; i < DEADLINES; i++) {
				UUID item = UUID.randomUUID();
				Instant at = start.plusMillis(10L * i);
				Kind kind = i % 2 == 0 ? Kind.BREACH : Kind.AT_RISK;
				deadlines(i % 4 < 2 ? one : two).replace(item, UUID.randomUUID(),
						List.of(new Deadline("RESOLUTION", 1, kind, at, 3600, 1)));
				due.put(HeardDeadlines.key(item, "RESOLUTION", 1, kind.name()), at);
			}

			await(Duration.ofSeconds(20),
					() -> count(one, "SELECT COUNT(*) FROM sla_deadlines WHERE fired_at IS NOT NULL") == DEADLINES);
			Thread.sleep(1500);

			Map<String, Integer> heardByOne = heard(one).counts();
			Map<String, Integer> heardByTwo = heard(two).counts();
			Map<String, Integer> heard = new HashMap<>(heardByOne);
			heardByTwo.forEach((key, count) -> heard.merge(key, count, Integer::sum));
			assertThat(heard).hasSize(DEADLINES).containsOnlyKeys(due.keySet()).allSatisfy((key, count) -> assertThat(count)
				.as(key).isEqualTo(1));
			assertThat(heardByOne.values().stream().mapToInt(Integer::intValue).sum()
					+ heardByTwo.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(DEADLINES);
			assertThat(count(one, "SELECT COUNT(*) FROM sla_deadlines WHERE fired_at IS NOT NULL")).isEqualTo(DEADLINES);
			assertThat(count(one, "SELECT COUNT(*) FROM audit_events WHERE action IN ('sla.breached', 'sla.at-risk')"))
				.isEqualTo(DEADLINES);
			assertThat(count(one, "SELECT COUNT(*) FROM sla_deadlines WHERE fired_at > due_at + INTERVAL '5 seconds'"))
				.isZero();
			assertThat(count(one, "SELECT COUNT(DISTINCT fired_by) FROM sla_deadlines")).isBetween(1L, 2L);
			System.out.printf("two instances: %d fired by one, %d by two%n", heardByOne.size(), heardByTwo.size());
		}
	}
}
