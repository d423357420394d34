package org.pilotage.notification;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.pilotage.support.Browser;
import org.pilotage.support.BrowserAvailable;
import org.pilotage.support.Demo;
import org.pilotage.support.H2Database;
import org.pilotage.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The bell as a person uses it: the count in the header, the list behind it, "mark all read". One test, one browser. */
@H2Database
@Tag("browser")
@ExtendWith(BrowserAvailable.class)
class NotificationBrowserTests extends IntegrationTest {

	@Autowired
	Notifications notifications;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aUserSeesTheUnreadCountOpensTheListAndMarksAllRead() {
		UUID agent = jdbc.sql("SELECT id FROM users WHERE email = :e").param("e", Demo.PROVIDER_AGENT)
			.query(UUID.class).single();
		jdbc.sql("UPDATE notifications SET read_at = created_at WHERE user_id = :u").param("u", agent).update();
		for (String subject : new String[] { "Ticket HD-7 is assigned to you", "Client replied on HD-3" }) {
			transactions.executeWithoutResult(status -> notifications.notify(new Notice("test:browser:" + UUID.randomUUID(),
					agent, "test", subject, "Details of " + subject, "/engagements", false)));
		}

		try (Browser browser = Browser.open()) {
			ChromeDriver driver = browser.driver();
			driver.get("http://localhost:" + port + "/login");
			driver.findElement(By.id("username")).sendKeys(Demo.PROVIDER_AGENT);
			driver.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
			driver.findElement(By.cssSelector("[data-action=sign-in]")).click();
			browser.waiting().until(d -> !d.getCurrentUrl().contains("/login"));

			assertThat(driver.findElement(By.cssSelector("[data-role=bell] [data-role=unread]")).getText()).isEqualTo("2");
			driver.findElement(By.cssSelector("[data-role=bell]")).click();
			browser.waiting().until(d -> d.getCurrentUrl().endsWith("/notifications"));
			assertThat(driver.findElements(By.cssSelector("[data-role=notification][data-unread=true]"))).hasSize(2);
			assertThat(driver.findElement(By.tagName("main")).getText()).contains("Ticket HD-7 is assigned to you",
					"Client replied on HD-3");

			driver.findElement(By.cssSelector("[data-action=read-all]")).click();
			browser.waiting().until(d -> d.findElements(By.cssSelector("[data-role=notification][data-unread=true]")).isEmpty());
			assertThat(driver.findElements(By.cssSelector("[data-role=bell] [data-role=unread]"))).isEmpty();
			assertThat(browser.console().stream().map(LogEntry::getMessage))
				.noneMatch(line -> line.contains("Content Security Policy") || line.contains("Uncaught"));
		}
	}
}
