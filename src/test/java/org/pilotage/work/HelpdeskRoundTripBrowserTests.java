package org.pilotage.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.pilotage.support.Browser;
import org.pilotage.support.BrowserAvailable;
import org.pilotage.support.Demo;
import org.pilotage.support.TestSmtp;
import org.pilotage.support.H2Database;
import org.pilotage.support.IntegrationTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The helpdesk's round trip as its two users live it, each in their own browser, with the e-mails going out
 * through a real SMTP server: the demo client opens a ticket on the BPO helpdesk; the provider's agent takes it,
 * notes something internal, asks a question and hands the turn to the client; the client sees the question and
 * replies, which hands the ticket back; the agent resolves it; the client rates it through the one-time link of
 * its e-mail, and the agent reads the rating. Each step is checked on both sides, the internal
 * note on neither the client's page nor its e-mails.
 */
@H2Database
@Tag("browser")
@ExtendWith(BrowserAvailable.class)
@TestPropertySource(properties = { "pilotage.mail.dispatcher.enabled=true", "pilotage.mail.poll-interval=200ms",
		"pilotage.mail.from=helpdesk@test.example" })
class HelpdeskRoundTripBrowserTests extends IntegrationTest {

	private static final int SMTP_PORT = TestSmtp.freePort();

	private static final GreenMail SMTP = TestSmtp.start(SMTP_PORT);

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		registry.add("pilotage.smtp.host", () -> "127.0.0.1");
		registry.add("pilotage.smtp.port", () -> SMTP_PORT);
	}

	@AfterAll
	static void stopSmtp() {
		SMTP.stop();
	}

	private String itemId;

	@Test
	void aTicketGoesFromTheClientToTheAgentAndBackUntilResolvedWithTheEmailsSent() throws Exception {
		UUID helpdesk = jdbc.sql("SELECT id FROM engagements WHERE title = ?").param(Demo.HELPDESK).query(UUID.class)
			.single();
		String title = "Mail not syncing on my phone " + UUID.randomUUID().toString().substring(0, 6);
		try (Browser clientBrowser = Browser.open(); Browser agentBrowser = Browser.open()) {
			ChromeDriver client = clientBrowser.signIn(api.base(), Demo.CLIENT_MEMBER);
			ChromeDriver agent = agentBrowser.signIn(api.base(), Demo.PROVIDER_AGENT);

			// the client opens the ticket
			client.get(api.base() + "/engagements/" + helpdesk + "/work/new?lang=en");
			new Select(client.findElement(By.id("type"))).selectByValue("TICKET");
			new Select(client.findElement(By.id("ticketType"))).selectByValue("INCIDENT");
			client.findElement(By.id("title")).sendKeys(title);
			client.findElement(By.id("description")).sendKeys("Since this morning my phone shows no new mail.");
			client.findElement(By.cssSelector("[data-action=create]")).click();
			clientBrowser.waiting().until(d -> clientBrowser.path().matches("/work-items/[0-9a-f-]{36}"));
			String item = clientBrowser.path();
			itemId = item.substring("/work-items/".length());
			assertThat(text(client, "status")).isEqualTo("New");

			// the agent takes it, notes something internal, asks a question and waits on the client
			agent.get(api.base() + item + "?lang=en");
			assertThat(text(agent, "title")).isEqualTo(title);
			new Select(agent.findElement(By.id("personId"))).selectByVisibleText(Demo.SALMA);
			click(agentBrowser, "assign");
			assertThat(text(agent, "assignee")).isEqualTo(Demo.SALMA);
			click(agentBrowser, "to-IN_PROGRESS");
			assertThat(text(agent, "status")).isEqualTo("In progress");
			comment(agentBrowser, "Internal: the device is not enrolled in MDM yet.", true);
			comment(agentBrowser, "Which phone model do you use, and which app?", false);
			click(agentBrowser, "to-WAITING_ON_CLIENT");
			assertThat(turn(agent)).isEqualTo("CLIENT");

			// the client sees the question, the named agent, never the internal note, and replies
			client.navigate().refresh();
			assertThat(turn(client)).isEqualTo("CLIENT");
			assertThat(text(client, "assignee")).isEqualTo(Demo.SALMA);
			assertThat(text(client, "comments")).contains("Which phone model do you use");
			assertThat(client.getPageSource()).doesNotContain("not enrolled in MDM");
			comment(clientBrowser, "An iPhone 15 with the Outlook app.", false);
			assertThat(turn(client)).as("the reply hands the ticket back").isEqualTo("PROVIDER");
			assertThat(text(client, "status")).isEqualTo("In progress");

			// the agent sees the reply and resolves
			agent.navigate().refresh();
			assertThat(text(agent, "comments")).contains("An iPhone 15 with the Outlook app.", "not enrolled in MDM");
			assertThat(turn(agent)).isEqualTo("PROVIDER");
			click(agentBrowser, "to-RESOLVED");
			assertThat(text(agent, "status")).isEqualTo("Resolved");

			client.navigate().refresh();
			assertThat(text(client, "status")).isEqualTo("Resolved");
			assertThat(turn(client)).isEqualTo("CLIENT");
			assertThat(text(client, "timeline")).contains("Resolved", "Waiting on the client");
			assertThat(client.getPageSource()).doesNotContain("not enrolled in MDM");
		}

		// the e-mails (both demo users read French): the agent hears of the client's reply; the client of the
		// question, of each status the agent moved its ticket to and of the satisfaction survey; nobody of the
		// internal note, nobody of their own step
		List<MimeMessage> toAgent = awaitMails(Demo.PROVIDER_AGENT, title, 1);
		assertThat(toAgent).extracting(MimeMessage::getSubject).singleElement().asString().contains("le client a répondu");
		List<MimeMessage> toClient = awaitMails(Demo.CLIENT_MEMBER, title, 5);
		assertThat(toClient).hasSize(5);
		for (MimeMessage mail : toClient) {
			assertThat(text(mail)).doesNotContain("MDM", Demo.SALMA);
			assertThat(mail.getFrom()[0].toString()).isEqualTo("helpdesk@test.example");
		}
		assertThat(toClient).extracting(MimeMessage::getSubject)
			.anySatisfy(subject -> assertThat(subject).contains("En attente"))
			.anySatisfy(subject -> assertThat(subject).contains("Résolu"));

		// the client rates the resolution through the e-mail's one-time link, without signing in; the link then
		// refuses a second answer, and the agent reads the rating on the ticket
		String link = toClient.stream()
			.map(HelpdeskRoundTripBrowserTests::text)
			.map(body -> java.util.regex.Pattern.compile("/satisfaction/[A-Za-z0-9_-]+").matcher(body))
			.filter(java.util.regex.Matcher::find)
			.map(java.util.regex.Matcher::group)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no satisfaction link in the client's e-mails"));
		try (Browser anonymous = Browser.open(); Browser agentBrowser = Browser.open()) {
			ChromeDriver survey = anonymous.driver();
			survey.get(api.base() + link + "?lang=en");
			assertThat(text(survey, "survey-item")).contains(title);
			survey.findElement(By.cssSelector("input[name=rating][value='5']")).click();
			survey.findElement(By.cssSelector("[data-role=survey-form] textarea[name=comment]"))
				.sendKeys("Quick and clear, thank you.");
			survey.findElement(By.cssSelector("[data-action=rate]")).click();
			anonymous.waiting().until(d -> !d.findElements(By.cssSelector("[data-role=survey-answered]")).isEmpty());
			assertThat(survey.getPageSource()).doesNotContain("MDM", Demo.SALMA);
			survey.get(api.base() + link + "?lang=en");
			assertThat(survey.findElements(By.cssSelector("[data-role=survey-form]"))).isEmpty();

			ChromeDriver agent = agentBrowser.signIn(api.base(), Demo.PROVIDER_AGENT);
			agent.get(api.base() + "/work-items/" + itemId + "?lang=en");
			assertThat(agent.findElement(By.cssSelector("[data-role=rating]")).getDomAttribute("data-rating"))
				.isEqualTo("5");
			assertThat(text(agent, "rating-comment")).isEqualTo("Quick and clear, thank you.");
		}
	}

	private static void click(Browser browser, String action) {
		String before = browser.driver().findElement(By.cssSelector("[data-role=fields]")).getText()
				+ browser.driver().findElement(By.cssSelector("[data-role=timeline]")).getText();
		browser.driver().findElement(By.cssSelector("[data-action=" + action + "]")).click();
		browser.waiting().until(d -> {
			try {
				return !(d.findElement(By.cssSelector("[data-role=fields]")).getText()
						+ d.findElement(By.cssSelector("[data-role=timeline]")).getText()).equals(before);
			}
			catch (org.openqa.selenium.WebDriverException replaced) {
				// the page is being replaced under the read: Chromium may say so as "Node with given id does not
				// belong to the document" rather than as a stale element; look again
				return false;
			}
		});
		assertThat(browser.driver().findElements(By.cssSelector("[data-role=work-problem]"))).isEmpty();
	}

	private static void comment(Browser browser, String body, boolean internal) {
		ChromeDriver driver = browser.driver();
		int before = driver.findElements(By.cssSelector("[data-role=comments] article")).size();
		driver.findElement(By.id("body")).sendKeys(body);
		if (internal) {
			driver.findElement(By.cssSelector("input[name=visibility][value=INTERNAL]")).click();
		}
		driver.findElement(By.cssSelector("[data-action=comment]")).click();
		browser.waiting()
			.until(d -> d.findElements(By.cssSelector("[data-role=comments] article")).size() == before + 1);
	}

	private static String text(ChromeDriver driver, String role) {
		return driver.findElement(By.cssSelector("[data-role=" + role + "]")).getText();
	}

	private static String turn(ChromeDriver driver) {
		return driver.findElement(By.cssSelector("[data-role=turn]")).getDomAttribute("data-turn");
	}


	/** The e-mails to one address about the ticket, waiting up to 20 s for at least {@code count} of them. */
	private static List<MimeMessage> awaitMails(String to, String title, int count) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		List<MimeMessage> found;
		do {
			found = Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> about(mail, to, title)).toList();
			if (found.size() >= count) {
				Thread.sleep(500);
				return Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> about(mail, to, title)).toList();
			}
			Thread.sleep(100);
		}
		while (System.nanoTime() < deadline);
		return found;
	}

	/** The e-mail's text as its reader sees it (decoded from its transfer encoding). */
	private static String text(MimeMessage mail) {
		try {
			return String.valueOf(mail.getContent());
		}
		catch (MessagingException | java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean about(MimeMessage mail, String to, String title) {
		try {
			return mail.getSubject().contains(title) && Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
				.anyMatch(address -> address.toString().contains(to));
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
