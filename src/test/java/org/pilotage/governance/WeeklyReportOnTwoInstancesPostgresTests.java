package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.PostgresSchema;
import org.pilotage.support.SettableClock;
import org.pilotage.support.TestSmtp;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * The acceptance of the weekly report: two instances of the application on one fresh PostgreSQL schema, reading one
 * settable clock, both running the report scheduler and the mail dispatcher against a test SMTP server. The demo data is
 * loaded at the settable clock's usual start (Monday 1 June 2026, 08:00 in Paris), where the week before is caught up
 * on once. At Monday 8 June 2026, 06:59:30 in Paris (the demo client's zone) week 2026-W23 is not reported yet; at
 * 07:00:05 it is, exactly
 * once per active engagement whichever instance won each claim; the report is archived, renders as PDF, and its e-mail
 * with the PDF attached reaches the SMTP server once per stakeholder.
 */
@Tag("postgres")
@ExtendWith(PostgresSchema.class)
class WeeklyReportOnTwoInstancesPostgresTests {

	private static final String WEEK = "2026-W23";

	/** Monday 8 June 2026, 06:59:30 in Paris (UTC+2 in summer). */
	private static final Instant BEFORE = Instant.parse("2026-06-08T04:59:30Z");

	private static final Instant AFTER = Instant.parse("2026-06-08T05:00:05Z");

	@Test
	void twoInstancesGenerateTheWeeksReportOnceAtMondaySevenArchiveItAndMailItsPdf() throws Exception {
		int port = TestSmtp.freePort();
		GreenMail smtp = TestSmtp.start(port);
		SettableClock clock = new SettableClock(SettableClock.Configuration.START);
		List<String> settings = new ArrayList<>(PostgresSchema.freshSchema("pilotage_reports_two"));
		// both look every second, so both race for every claim; both send e-mail to the test server
		settings.addAll(List.of("pilotage.governance.reports.max-sleep=1s", "pilotage.smtp.host=127.0.0.1",
				"pilotage.smtp.port=" + port, "pilotage.mail.poll-interval=1s", "pilotage.sla.scheduler.enabled=false"));
		List<String> first = new ArrayList<>(settings);
		first.add("pilotage.demo=true");
		List<String> second = new ArrayList<>(settings);
		second.add("pilotage.demo=false");
		try (ConfigurableApplicationContext one = SharedClockInstances.start(clock, first, "postgres");
				ConfigurableApplicationContext two = SharedClockInstances.start(clock, second, "postgres")) {
			JdbcClient jdbc = one.getBean(JdbcClient.class);
			// the active engagements started by the end of the week (the helpdesk; the mission starts in October)
			List<UUID> active = jdbc.sql("SELECT id FROM engagements WHERE status = 'ACTIVE' AND (start_date IS NULL"
					+ " OR start_date <= DATE '2026-05-31')").query(UUID.class).list();
			assertThat(active).isNotEmpty();
			// the week before was due last Monday: each instance catches up on it once at start, and only once
			await(Duration.ofSeconds(60), () -> reports(jdbc, "2026-W22") == active.size());
			clock.set(BEFORE);
			Thread.sleep(2500);
			assertThat(reports(jdbc, "2026-W22")).isEqualTo(active.size());
			assertThat(reports(jdbc, WEEK)).as("not before 07:00").isZero();

			clock.set(AFTER);
			await(Duration.ofSeconds(30), () -> reports(jdbc, WEEK) == active.size());
			Thread.sleep(3000);
			assertThat(reports(jdbc, WEEK)).as("one report per engagement, not two").isEqualTo(active.size());
			assertThat(jdbc.sql("SELECT COUNT(*) FROM weekly_reports WHERE engagement_id NOT IN (:active)")
				.param("active", active).query(Long.class).single()).as("none before an engagement starts").isZero();
			assertThat(jdbc.sql("SELECT COUNT(DISTINCT engagement_id) FROM weekly_reports WHERE week = ?").param(WEEK)
				.query(Long.class).single()).isEqualTo(active.size());
			assertThat(jdbc.sql("SELECT COUNT(*) FROM weekly_reports WHERE week = ? AND scheduled AND revision = 1")
				.param(WEEK).query(Long.class).single()).isEqualTo(active.size());
			assertThat(jdbc.sql("SELECT COUNT(*) FROM weekly_report_runs WHERE week = ?").param(WEEK).query(Long.class)
				.single()).isEqualTo(active.size());
			assertThat(jdbc.sql("SELECT MIN(generated_at) FROM weekly_reports WHERE week = ?").param(WEEK)
				.query(java.time.OffsetDateTime.class).single().toInstant()).isEqualTo(AFTER);

			// archived, and rendered as PDF by the other instance from the archive
			Api api = new Api("http://localhost:" + ((WebServerApplicationContext) two).getWebServer().getPort(),
					two.getBean(JsonMapper.class));
			String token = api.tokenFor(Demo.CLIENT_ADMIN, Demo.PASSWORD);
			for (UUID engagement : active) {
				Api.Response report = api.get("/api/v1/engagements/" + engagement + "/weekly-reports/" + WEEK, token);
				assertThat(report.status()).as(report.toString()).isEqualTo(200);
				assertThat(report.body().get("scheduled").asBoolean()).isTrue();
				assertThat(report.body().get("report").get("monday").asString()).isEqualTo("2026-06-01");
			}

			// the e-mail of each report reaches each stakeholder once, its PDF attached
			int stakeholders = 2;
			await(Duration.ofSeconds(30), () -> weekMails(smtp).size() >= active.size() * stakeholders);
			Thread.sleep(2000);
			List<MimeMessage> mails = weekMails(smtp);
			assertThat(mails).hasSize(active.size() * stakeholders);
			List<String> recipients = new ArrayList<>();
			for (MimeMessage mail : mails) {
				recipients.add(mail.getAllRecipients()[0].toString());
				byte[] pdf = attachment(mail);
				assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
				assertThat(WeeklyReportsApiContract.text(pdf)).contains(WEEK);
			}
			assertThat(recipients).containsOnly(Demo.CLIENT_ADMIN, Demo.PROVIDER_MANAGER);
			assertThat(recipients.stream().filter(Demo.CLIENT_ADMIN::equals)).hasSize(active.size());
		}
		finally {
			smtp.stop();
		}
	}

	private static long reports(JdbcClient jdbc, String week) {
		return jdbc.sql("SELECT COUNT(*) FROM weekly_reports WHERE week = ?").param(week).query(Long.class).single();
	}

	private static List<MimeMessage> weekMails(GreenMail smtp) {
		List<MimeMessage> mails = new ArrayList<>();
		for (MimeMessage mail : smtp.getReceivedMessages()) {
			try {
				if (mail.getSubject().contains(WEEK)) {
					mails.add(mail);
				}
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}
		return mails;
	}

	private static byte[] attachment(MimeMessage mail) throws MessagingException, IOException {
		Multipart parts = (Multipart) mail.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				assertThat(part.getFileName()).isEqualTo("weekly-report-" + WEEK + ".pdf");
				assertThat(part.getContentType()).startsWith("application/pdf");
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				part.getDataHandler().writeTo(bytes);
				return bytes.toByteArray();
			}
		}
		throw new AssertionError("no attachment in " + mail.getSubject());
	}

	private static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
		Instant until = Instant.now().plus(timeout);
		while (!condition.getAsBoolean() && Instant.now().isBefore(until)) {
			Thread.sleep(100);
		}
		assertThat(condition.getAsBoolean()).as("within " + timeout).isTrue();
	}
}
