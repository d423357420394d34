package org.pilotage.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pilotage.sla.Instances.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotage.shared.Paging;
import org.pilotage.sla.SlaDeadlines.Deadline;
import org.pilotage.sla.SlaDeadlines.FiredDeadline;
import org.pilotage.sla.SlaDeadlines.Kind;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deadlines of an item on each database, with the running application's scheduler: what {@code replace} leaves
 * behind, a breach firing on time, and who hears of it.
 */
abstract class SlaDeadlinesContract extends IntegrationTest {

	@Autowired
	SlaDeadlines deadlines;

	@Autowired
	Environment environment;

	@Autowired
	PlatformTransactionManager transactionManager;

	private TransactionTemplate transactions;

	@BeforeEach
	void transactions() {
		transactions = new TransactionTemplate(transactionManager);
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	@Test
	void replacingInsertsMovesAndDeletesTheUnfiredDeadlinesAndNeverTouchesAFiredOne() throws InterruptedException {
		UUID item = UUID.randomUUID();
		UUID engagement = UUID.randomUUID();
		Instant later = now().plus(Duration.ofDays(2));
		Deadline firstResponse = new Deadline("FIRST_RESPONSE", 1, Kind.BREACH, now().minusSeconds(1), 3600, 1);
		Deadline atRisk = new Deadline("RESOLUTION", 1, Kind.AT_RISK, later, 28_800, 1);
		Deadline breach = new Deadline("RESOLUTION", 1, Kind.BREACH, later.plus(Duration.ofHours(2)), 28_800, 1);
		deadlines.replace(item, engagement, List.of(firstResponse, atRisk, breach));
		await(Duration.ofSeconds(10), () -> deadlines.fired(item).size() == 1);

		Deadline moved = new Deadline("RESOLUTION", 1, Kind.BREACH, later.plus(Duration.ofHours(5)), 28_800, 2);
		Deadline nextCycle = new Deadline("RESOLUTION", 2, Kind.BREACH, later.plus(Duration.ofDays(1)), 28_800, null);
		Deadline firstResponseAgain = new Deadline("FIRST_RESPONSE", 1, Kind.BREACH, later, 3600, 1);
		deadlines.replace(item, engagement, List.of(moved, nextCycle, firstResponseAgain));

		assertThat(deadlines.pending(item)).containsExactly(moved, nextCycle);
		List<FiredDeadline> fired = deadlines.fired(item);
		assertThat(fired).singleElement().satisfies(f -> {
			assertThat(f.metric()).isEqualTo("FIRST_RESPONSE");
			assertThat(f.dueAt()).isEqualTo(firstResponse.dueAt());
			assertThat(f.firedAt()).isAfterOrEqualTo(firstResponse.dueAt());
			assertThat(f.firedBy()).isNotBlank();
		});
		assertThat(jdbc.sql("SELECT COUNT(*) FROM sla_deadlines WHERE item_id = ?").param(item).query(Long.class).single())
			.isEqualTo(3);

		deadlines.replace(item, engagement, List.of());
		assertThat(deadlines.pending(item)).isEmpty();
		assertThat(deadlines.fired(item)).isEqualTo(fired);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE action = 'sla.breached' AND target_id = ?")
			.param(item.toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aDeadlineListedTwiceIsRefusedAndNothingIsStored() {
		UUID item = UUID.randomUUID();
		Deadline once = new Deadline("RESOLUTION", 1, Kind.BREACH, now().plusSeconds(3600), 60, null);
		Deadline twice = new Deadline("RESOLUTION", 1, Kind.BREACH, now().plusSeconds(7200), 60, null);

		assertThatThrownBy(() -> deadlines.replace(item, UUID.randomUUID(), List.of(once, twice)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(deadlines.pending(item)).isEmpty();
	}

	@Test
	void aBreachFiresWithinFiveSecondsOfItsInstantOnceAndIsAudited() throws InterruptedException {
		UUID item = UUID.randomUUID();
		UUID engagement = UUID.randomUUID();
		Deadline breach = new Deadline("RESOLUTION", 1, Kind.BREACH, now().plusSeconds(2), 14_400, 3);
		deadlines.replace(item, engagement, List.of(breach));

		await(Duration.ofSeconds(10), () -> !deadlines.fired(item).isEmpty());

		FiredDeadline fired = deadlines.fired(item).get(0);
		assertThat(fired.firedAt()).isAfterOrEqualTo(fired.dueAt()).isBefore(fired.dueAt().plusSeconds(5));
		assertThat(fired.policyVersion()).isEqualTo(3);
		assertThat(deadlines.pending(item)).isEmpty();
		assertThat(jdbc.sql("SELECT summary FROM audit_events WHERE action = 'sla.breached' AND target_id = ?")
			.param(item.toString()).query(String.class).list())
			.singleElement().asString().contains("RESOLUTION cycle 1 breached");
		assertThat(deadlines.firedOnEngagement(engagement, Kind.BREACH, Paging.of(0, 10)).items()).containsExactly(fired);
		assertThat(deadlines.firedOnEngagement(engagement, Kind.AT_RISK, Paging.of(0, 10)).totalElements()).isZero();
	}

	@Test
	void theNextDueDeadlineIsReadInTheOrderOfItsIndexWithoutSortingTheUnfiredOnes() {
		String plan = transactions.execute(status -> {
			if (postgres()) {
				// the tables of a test run are small enough for a sequential scan; what matters is that the index can
				// give the order without a sort
				jdbc.sql("SET LOCAL enable_seqscan = off").update();
			}
			return String.join("\n", jdbc.sql("EXPLAIN " + DeadlineStore.NEXT_DUE).query(String.class).list());
		});

		assertThat(plan).as(plan).containsIgnoringCase("sla_deadlines_due_idx");
		if (postgres()) {
			assertThat(plan).as(plan).contains("Index Only Scan").doesNotContain("Sort");
		}
		else {
			assertThat(plan).as(plan).contains("index sorted");
		}
	}

	private boolean postgres() {
		return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
	}

	/** The demo mission's task assigned to Andrei Popescu, a freelancer the client knows as a pseudonym only. */
	private Map<String, Object> andreisTask() {
		return jdbc.sql("""
				SELECT w.id, w.engagement_id FROM work_items w JOIN engagements e ON e.id = w.engagement_id
				WHERE e.title = ? AND w.title = 'Move the data pipeline jobs to CronJobs'""")
			.param(Demo.MISSION).query().singleRow();
	}

	/** The subject and body of what a user was told about a deadline, by the notice's dedup key. */
	private List<String> told(String email, String dedupKey) {
		return jdbc.sql("""
				SELECT n.subject || ' / ' || n.body FROM notifications n JOIN users u ON u.id = n.user_id
				WHERE u.email = ? AND n.dedup_key = ?""")
			.param(email).param(dedupKey).query(String.class).list();
	}

	@Test
	void theAssigneeAndTheProvidersManagersHearOfARiskAndTheClientsAdministratorsOfABreachWithoutTheFreelancersName()
			throws InterruptedException {
		Map<String, Object> task = andreisTask();
		UUID item = (UUID) task.get("id");
		UUID engagement = (UUID) task.get("engagement_id");
		int cycle = ThreadLocalRandom.current().nextInt(100, 1_000_000);
		Instant due = now().minusSeconds(1);
		deadlines.replace(item, engagement, List.of(new Deadline("RESOLUTION", cycle, Kind.AT_RISK, due, 14_400, 1),
				new Deadline("RESOLUTION", cycle, Kind.BREACH, due, 14_400, 1),
				new Deadline("OLA_RESOLUTION", cycle, Kind.BREACH, due, 11_520, 1)));
		await(Duration.ofSeconds(10), () -> deadlines.pending(item).isEmpty());
		String atRisk = "sla:at-risk:" + item + ":RESOLUTION:" + cycle;
		String breached = "sla:breached:" + item + ":RESOLUTION:" + cycle;
		String olaBreached = "sla:breached:" + item + ":OLA_RESOLUTION:" + cycle;

		assertThat(told(Demo.FREELANCER_2, atRisk)).singleElement().asString()
			.contains("#", "Move the data pipeline jobs to CronJobs", "resolution at risk", "goal 4 h");
		assertThat(told(Demo.FREELANCER_2, breached)).singleElement().asString().contains("resolution breached");
		assertThat(told(Demo.FREELANCER_2, olaBreached)).singleElement().asString().contains("resolution (OLA) breached");
		assertThat(told(Demo.PROVIDER_MANAGER, atRisk)).singleElement().asString().contains("résolution en risque");
		assertThat(told(Demo.PROVIDER_MANAGER, breached)).singleElement().asString().contains("résolution dépassée");
		assertThat(told(Demo.PROVIDER_MANAGER, olaBreached)).hasSize(1);

		assertThat(told(Demo.CLIENT_ADMIN, atRisk)).isEmpty();
		assertThat(told(Demo.CLIENT_ADMIN, olaBreached)).isEmpty();
		assertThat(told(Demo.CLIENT_ADMIN, breached)).singleElement().asString()
			.contains("résolution dépassée", "Move the data pipeline jobs to CronJobs")
			.doesNotContain("Andrei", "Popescu");
		for (String nobody : List.of(Demo.CLIENT_MEMBER, Demo.PROVIDER_AGENT, Demo.FREELANCER, Demo.AUDITOR)) {
			for (String key : List.of(atRisk, breached, olaBreached)) {
				assertThat(told(nobody, key)).as(nobody + " " + key).isEmpty();
			}
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox o JOIN notifications n ON n.id = o.notification_id"
				+ " WHERE n.dedup_key IN (?, ?, ?)").param(atRisk).param(breached).param(olaBreached)
			.query(Long.class).single()).isEqualTo(7);
	}
}
