package org.pilotage.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotage.PilotageApplication;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.TestSmtp;
import org.pilotage.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The e-mail outbox against a real SMTP server (GreenMail) on each database. The scheduled dispatcher is off in
 * this context, so each test decides when e-mails go out, and "a crash before sending" is simply a committed
 * notification nobody has dispatched yet.
 */
@TestPropertySource(properties = { "pilotage.mail.dispatcher.enabled=false", "pilotage.mail.from=pilotage@test.example",
		"pilotage.mail.retry-initial=30s", "pilotage.mail.retry-max=1h", "pilotage.mail.max-attempts=4",
		"pilotage.mail.smtp-timeout=2s" })
abstract class MailOutboxContract extends IntegrationTest {

	static final int SMTP_PORT = TestSmtp.freePort();

	static GreenMail smtp = TestSmtp.start(SMTP_PORT);

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		registry.add("pilotage.smtp.host", () -> "127.0.0.1");
		registry.add("pilotage.smtp.port", () -> SMTP_PORT);
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Autowired
	Notifications notifications;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailSettings settings;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Autowired
	Environment environment;

	UUID member;

	@BeforeEach
	void freshMailbox() throws Exception {
		if (!smtp.isRunning()) {
			smtp = TestSmtp.start(SMTP_PORT);
		}
		smtp.purgeEmailFromAllMailboxes();
		// Rows other tests left waiting must not be sent by this test's dispatchers.
		jdbc.sql("DELETE FROM mail_outbox WHERE status = 'PENDING'").update();
		member = userId(Demo.CLIENT_MEMBER);
	}

	@Test
	void aNoticeIsStoredInAppAndItsEmailDeliveredWithSubjectBodyAndRecipient() throws Exception {
		Notice notice = notice("first", "Ticket T-1 is assigned to you", "Open it at /work/T-1");

		commit(notice);

		assertThat(jdbc.sql("SELECT subject FROM notifications WHERE dedup_key = :k").param("k", notice.dedupKey())
			.query(String.class).single()).isEqualTo("Ticket T-1 is assigned to you");
		assertThat(statusOf(notice)).isEqualTo("PENDING");

		assertThat(dispatcher.dispatchDue()).isEqualTo(1);

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("Ticket T-1 is assigned to you");
		assertThat(GreenMailUtil.getBody(received[0])).contains("Open it at /work/T-1");
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(Demo.CLIENT_MEMBER);
		assertThat(received[0].getFrom()[0].toString()).isEqualTo("pilotage@test.example");
		assertThat(received[0].getMessageID()).endsWith("@pilotage>");
		assertThat(statusOf(notice)).isEqualTo("SENT");
		assertThat(dispatcher.dispatchDue()).as("nothing left to send").isZero();
	}

	@Test
	void theSameKeyForTheSameRecipientIsStoredAndMailedOnce() {
		Notice notice = notice("dedup", "Status changed", "RESOLVED");

		commit(notice);
		commit(notice);
		transactions.executeWithoutResult(status -> {
			notifications.notify(notice);
			notifications.notify(notice);
		});
		dispatcher.dispatchDue();

		assertThat(jdbc.sql("SELECT COUNT(*) FROM notifications WHERE dedup_key = :k").param("k", notice.dedupKey())
			.query(Long.class).single()).isEqualTo(1);
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	@Test
	void theSameKeyForAnotherRecipientIsItsOwnNotification() {
		Notice toMember = notice("shared-key", "Deliverable accepted", "Well done");
		Notice toAdmin = new Notice(toMember.dedupKey(), userId(Demo.CLIENT_ADMIN), toMember.kind(), toMember.subject(),
				toMember.body(), null, true);

		commit(toMember);
		commit(toAdmin);
		dispatcher.dispatchDue();

		assertThat(smtp.getReceivedMessages()).hasSize(2);
	}

	@Test
	void aNoticeWithoutEmailIsOnlyInApp() {
		Notice notice = new Notice("in-app-" + UUID.randomUUID(), member, "test", "Only in the bell", "body", null, false);

		commit(notice);

		assertThat(jdbc.sql("SELECT COUNT(*) FROM notifications WHERE dedup_key = :k").param("k", notice.dedupKey())
			.query(Long.class).single()).isEqualTo(1);
		assertThat(dispatcher.dispatchDue()).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void aNoticeInATransactionThatRollsBackLeavesNothingAndSendsNothing() {
		Notice notice = notice("rolled-back", "Never happened", "body");

		transactions.executeWithoutResult(status -> {
			notifications.notify(notice);
			status.setRollbackOnly();
		});

		assertThat(jdbc.sql("SELECT COUNT(*) FROM notifications WHERE dedup_key = :k").param("k", notice.dedupKey())
			.query(Long.class).single()).isZero();
		assertThat(dispatcher.dispatchDue()).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void aNoticeOutsideATransactionIsRefused() {
		assertThatThrownBy(() -> notifications.notify(notice("no-transaction", "Lost?", "body")))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void duringAnOutageAttemptsAndBackOffAreRecordedAndTheEmailGoesOnceTheServerIsBack() throws Exception {
		Notice notice = notice("outage", "Client replied", "Thanks, it works");
		commit(notice);
		smtp.stop();

		assertThat(dispatcher.dispatchDue()).isEqualTo(1);
		Map<String, Object> first = row(notice);
		assertThat(first.get("status")).isEqualTo("PENDING");
		assertThat(((Number) first.get("attempts")).intValue()).isEqualTo(1);
		assertThat(first.get("last_error")).asString().isNotBlank();
		Instant retry = nextAttempt(notice);
		assertThat(Duration.between(clock.instant(), retry)).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30));
		assertThat(dispatcher.dispatchDue()).as("not due before its back-off").isZero();

		// 31 seconds later the server is still down: the second wait doubles.
		Instant secondTry = retry.plusSeconds(1);
		assertThat(dispatcherAt(secondTry).dispatchDue()).isEqualTo(1);
		assertThat(((Number) row(notice).get("attempts")).intValue()).isEqualTo(2);
		assertThat(Duration.between(secondTry, nextAttempt(notice))).isEqualTo(Duration.ofMinutes(1));

		smtp = TestSmtp.start(SMTP_PORT);
		Instant thirdTry = nextAttempt(notice).plusSeconds(1);
		assertThat(dispatcherAt(thirdTry).dispatchDue()).isEqualTo(1);
		assertThat(dispatcherAt(thirdTry.plus(Duration.ofHours(2))).dispatchDue()).isZero();

		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Client replied");
		Map<String, Object> sent = row(notice);
		assertThat(sent.get("status")).isEqualTo("SENT");
		assertThat(((Number) sent.get("attempts")).intValue()).isEqualTo(3);
		assertThat(sent.get("last_error")).isNull();
	}

	@Test
	void afterTheLastAllowedAttemptAnEmailIsFailedAndKept() throws Exception {
		Notice notice = notice("given-up", "Unlucky", "body");
		commit(notice);
		smtp.stop();

		Instant at = clock.instant();
		for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
			assertThat(dispatcherAt(at).dispatchDue()).isEqualTo(1);
			at = at.plus(Duration.ofHours(2));
		}
		smtp = TestSmtp.start(SMTP_PORT);

		assertThat(statusOf(notice)).isEqualTo("FAILED");
		assertThat(dispatcherAt(at.plus(Duration.ofDays(1))).dispatchDue()).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(outbox.counts().get(MailOutbox.Status.FAILED)).isPositive();
	}

	@Test
	void anEmailCommittedBeforeACrashIsDeliveredOnceByTheNextInstance() throws Exception {
		// The change and its notification commit; the instance "crashes" before any dispatcher runs (this
		// context's scheduled dispatcher is off), so the e-mail exists only in the outbox.
		Notice notice = notice("crash", "Deliverable submitted", "Please review it");
		commit(notice);
		assertThat(smtp.getReceivedMessages()).isEmpty();

		// A new instance on the same database, with its scheduled dispatcher on, sends it once.
		try (ConfigurableApplicationContext restarted = anotherInstance()) {
			awaitMessages(1);
			Thread.sleep(3 * 100);
			assertThat(smtp.getReceivedMessages()).hasSize(1);
		}
		assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Deliverable submitted");
		assertThat(statusOf(notice)).isEqualTo("SENT");
		assertThat(dispatcher.dispatchDue()).isZero();
	}

	@Test
	void aWorkItemsAssignmentSavedJustBeforeACrashIsMailedOnceAfterTheRestart() throws Exception {
		// A real change through the API: the assignment and its e-mail to the agent commit together; this
		// instance's dispatcher is off, so it "crashes" with the e-mail only in the outbox.
		UUID helpdesk = jdbc.sql("SELECT id FROM engagements WHERE title = ?").param(Demo.HELPDESK).query(UUID.class)
			.single();
		UUID salma = jdbc.sql("SELECT id FROM people WHERE display_name = ?").param(Demo.SALMA).query(UUID.class)
			.single();
		String title = "Badge reader at the gate " + UUID.randomUUID().toString().substring(0, 6);
		Api.Response ticket = api.post("/api/v1/engagements/" + helpdesk + "/work-items", tokenFor(Demo.CLIENT_MEMBER),
				"{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"" + title + "\"}");
		assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
		assertThat(api.call("PUT", "/api/v1/work-items/" + ticket.body().get("id").asString() + "/assignee")
			.token(tokenFor(Demo.PROVIDER_MANAGER)).json("{\"personId\":\"" + salma + "\"}").send().status())
			.isEqualTo(200);
		String waiting = "SELECT o.status FROM mail_outbox o JOIN notifications n ON n.id = o.notification_id"
				+ " WHERE n.user_id = :u AND n.subject LIKE :t";
		assertThat(jdbc.sql(waiting).param("u", userId(Demo.PROVIDER_AGENT)).param("t", "%" + title + "%")
			.query(String.class).list()).containsExactly("PENDING");
		assertThat(smtp.getReceivedMessages()).isEmpty();

		try (ConfigurableApplicationContext restarted = anotherInstance()) {
			awaitMessages(1);
			Thread.sleep(3 * 100);
		}
		assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(mail -> subject(mail).contains(title)))
			.singleElement()
			.satisfies(mail -> assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(Demo.PROVIDER_AGENT));
		assertThat(jdbc.sql(waiting).param("u", userId(Demo.PROVIDER_AGENT)).param("t", "%" + title + "%")
			.query(String.class).list()).containsExactly("SENT");
	}

	private static String subject(jakarta.mail.internet.MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void anEmailClaimedByADispatcherThatDiedGoesAgainOnceItsClaimExpired() throws Exception {
		Notice notice = notice("dead-claim", "Mentioned", "You were mentioned");
		commit(notice);
		List<MailOutbox.OutgoingMail> claimed = outbox.claim(UUID.randomUUID(), clock.instant(),
				clock.instant().plus(settings.claimLease()), 10);
		assertThat(claimed).hasSize(1);

		assertThat(dispatcher.dispatchDue()).as("still claimed by the dead dispatcher").isZero();
		assertThat(dispatcherAt(clock.instant().plus(settings.claimLease()).plusSeconds(1)).dispatchDue()).isEqualTo(1);

		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(statusOf(notice)).isEqualTo("SENT");
	}

	@Test
	void twoDispatchersOnTheSameRowsSendEachEmailExactlyOnce() throws Exception {
		int count = 40;
		List<Notice> notices = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			notices.add(notice("concurrent-" + i, "Concurrent " + i, "body " + i));
		}
		transactions.executeWithoutResult(status -> notices.forEach(notifications::notify));

		MailSettings smallBatches = new MailSettings(settings.from(), settings.pollInterval(), 3, settings.maxAttempts(),
				settings.retryInitial(), settings.retryMax(), settings.claimLease(), settings.smtpTimeout());
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				MailDispatcher another = new MailDispatcher(outbox, sender(), smallBatches, clock);
				runs.add(pool.submit(drain(another)));
			}
			int tried = 0;
			for (Future<Integer> run : runs) {
				tried += run.get();
			}
			assertThat(tried).isEqualTo(count);
		}
		finally {
			pool.shutdown();
		}

		Map<String, Integer> subjects = new HashMap<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			subjects.merge(message.getSubject(), 1, Integer::sum);
		}
		assertThat(subjects).hasSize(count).allSatisfy((subject, times) -> assertThat(times).isEqualTo(1));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT' AND attempts = 1 AND subject LIKE 'Concurrent %'")
			.query(Long.class).single()).isGreaterThanOrEqualTo(count);
	}

	private static Callable<Integer> drain(MailDispatcher dispatcher) {
		return () -> {
			int total = 0;
			int tried;
			do {
				tried = dispatcher.dispatchDue();
				total += tried;
			}
			while (tried > 0);
			return total;
		};
	}

	private Notice notice(String name, String subject, String body) {
		return new Notice("test:" + name + ":" + UUID.randomUUID(), member, "test", subject, body, "/notifications", true);
	}

	private void commit(Notice notice) {
		transactions.executeWithoutResult(status -> notifications.notify(notice));
	}

	private UUID userId(String email) {
		return jdbc.sql("SELECT id FROM users WHERE email = :e").param("e", email).query(UUID.class).single();
	}

	private Map<String, Object> row(Notice notice) {
		return jdbc.sql("""
				SELECT o.* FROM mail_outbox o JOIN notifications n ON n.id = o.notification_id
				WHERE n.dedup_key = :k""").param("k", notice.dedupKey()).query().singleRow();
	}

	private String statusOf(Notice notice) {
		return (String) row(notice).get("status");
	}

	private Instant nextAttempt(Notice notice) {
		return jdbc.sql("""
				SELECT o.next_attempt_at FROM mail_outbox o JOIN notifications n ON n.id = o.notification_id
				WHERE n.dedup_key = :k""").param("k", notice.dedupKey())
			.query((rs, n) -> org.pilotage.shared.Jdbc.requiredInstant(rs, "next_attempt_at")).single();
	}

	/** A dispatcher like this instance's, whose clock reads {@code now}: time moved on. */
	private MailDispatcher dispatcherAt(Instant now) {
		return new MailDispatcher(outbox, sender(), settings, Clock.fixed(now, clock.getZone()));
	}

	private static JavaMailSenderImpl sender() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(SMTP_PORT);
		sender.getJavaMailProperties().setProperty("mail.smtp.connectiontimeout", "2000");
		sender.getJavaMailProperties().setProperty("mail.smtp.timeout", "2000");
		return sender;
	}

	private void awaitMessages(int count) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(20);
		while (smtp.getReceivedMessages().length < count && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(smtp.getReceivedMessages()).hasSizeGreaterThanOrEqualTo(count);
	}

	/** A second instance of the application on this test's database, its scheduled dispatcher polling fast. */
	private ConfigurableApplicationContext anotherInstance() {
		Map<String, Object> properties = new HashMap<>();
		for (String name : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
				"spring.flyway.schemas", "spring.flyway.default-schema", "pilotage.mail.from", "pilotage.mail.max-attempts")) {
			String value = environment.getProperty(name);
			if (value != null) {
				properties.put(name, value);
			}
		}
		properties.put("pilotage.smtp.host", "127.0.0.1");
		properties.put("pilotage.smtp.port", SMTP_PORT);
		properties.put("pilotage.mail.dispatcher.enabled", "true");
		properties.put("pilotage.mail.poll-interval", "100ms");
		properties.put("pilotage.demo", "false");
		// its weekly reports of the demo engagements would add e-mails of their own to the outbox this test counts
		properties.put("pilotage.governance.reports.enabled", "false");
		properties.put("server.port", "0");
		properties.put("spring.main.banner-mode", "off");
		properties.put("logging.level.org.pilotage", "WARN");
		// As arguments, so they win over the profile's own properties files as they do in the test context.
		String[] arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(PilotageApplication.class)
			.profiles(environment.getActiveProfiles())
			.run(arguments);
	}
}
