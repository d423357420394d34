package org.pilotage.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotage.sla.Instances.await;
import static org.pilotage.sla.Instances.count;
import static org.pilotage.sla.Instances.deadlines;
import static org.pilotage.sla.Instances.firedBy;
import static org.pilotage.sla.Instances.heard;
import static org.pilotage.sla.Instances.name;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilotage.sla.SlaDeadlines.Deadline;
import org.pilotage.sla.SlaDeadlines.Kind;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Deadlines across a restart, on an H2 file database as the embedded default keeps it: those fired before the stop
 * never fire again, those whose instant passed while the application was down fire once at the next start (late),
 * those still ahead wait.
 */
class DeadlinesAcrossRestartsTests {

	private static final int EACH = 5;

	@TempDir
	Path home;

	@Test
	void eachDeadlineFiresOnceAcrossARestartAndThoseDueWhileDownFireLateAtTheNextStart() throws InterruptedException {
		List<String> database = List.of("spring.datasource.url=jdbc:h2:file:" + home.resolve("pilotage").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		List<UUID> before = items();
		List<UUID> whileDown = items();
		List<UUID> ahead = items();
		Instant dueWhileDown;
		String first;
		try (ConfigurableApplicationContext instance = Instances.start(database)) {
			first = name(instance);
			Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
			dueWhileDown = now.plusSeconds(4);
			before.forEach(item -> schedule(instance, item, now.minusSeconds(1)));
			whileDown.forEach(item -> schedule(instance, item, dueWhileDown));
			ahead.forEach(item -> schedule(instance, item, now.plus(Duration.ofHours(1))));
			// the claim commits, then the breach is told: wait for both
			await(Duration.ofSeconds(10), () -> before.stream()
				.allMatch(item -> firedBy(instance, item) != null
						&& heard(instance).count(item, "RESOLUTION", 1, "BREACH") > 0));

			before.forEach(item -> assertThat(heard(instance).count(item, "RESOLUTION", 1, "BREACH")).isEqualTo(1));
			assertThat(count(instance, "SELECT COUNT(*) FROM sla_deadlines WHERE fired_at IS NOT NULL")).isEqualTo(EACH);
		}
		// the instant passes while no instance runs
		long left = Duration.between(Instant.now(), dueWhileDown).toMillis();
		if (left > 0) {
			Thread.sleep(left + 200);
		}

		try (ConfigurableApplicationContext instance = Instances.start(database)) {
			String second = name(instance);
			await(Duration.ofSeconds(10), () -> whileDown.stream()
				.allMatch(item -> firedBy(instance, item) != null
						&& heard(instance).count(item, "RESOLUTION", 1, "BREACH") > 0));
			// time for a second, wrong, firing to show
			Thread.sleep(500);

			HeardDeadlines heard = heard(instance);
			whileDown.forEach(item -> {
				assertThat(heard.count(item, "RESOLUTION", 1, "BREACH")).isEqualTo(1);
				assertThat(firedBy(instance, item)).isEqualTo(second);
			});
			before.forEach(item -> {
				assertThat(heard.count(item, "RESOLUTION", 1, "BREACH")).isZero();
				assertThat(firedBy(instance, item)).isEqualTo(first);
			});
			ahead.forEach(item -> assertThat(firedBy(instance, item)).isNull());
			assertThat(heard.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(EACH);
			assertThat(count(instance, "SELECT COUNT(*) FROM audit_events WHERE action = 'sla.breached'"))
				.isEqualTo(2 * EACH);
			assertThat(second).isNotEqualTo(first);
		}
	}

	private static List<UUID> items() {
		List<UUID> items = new ArrayList<>();
		for (int i = 0; i < EACH; i++) {
			items.add(UUID.randomUUID());
		}
		return items;
	}

	private static void schedule(ConfigurableApplicationContext instance, UUID item, Instant due) {
		deadlines(instance).replace(item, UUID.randomUUID(), List.of(new Deadline("RESOLUTION", 1, Kind.BREACH, due, 3600, 1)));
	}
}
