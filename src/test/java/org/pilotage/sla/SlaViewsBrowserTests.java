package org.pilotage.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pilotage.support.Api;
import org.pilotage.support.Browser;
import org.pilotage.support.BrowserAvailable;
import org.pilotage.support.Demo;
import org.pilotage.support.H2Database;
import org.pilotage.support.IntegrationTest;

/**
 * A provider manager, in a real browser, goes from the demo helpdesk to its service levels page, reads the counts
 * and the lines, opens an item from it and reads its service levels panel; each page is kept as a screenshot to
 * look at its layout.
 */
@H2Database
@Tag("browser")
@ExtendWith(BrowserAvailable.class)
class SlaViewsBrowserTests extends IntegrationTest {

	private static Browser browser;

	private static ChromeDriver driver;

	@BeforeAll
	static void openBrowser() {
		browser = Browser.open();
		driver = browser.driver();
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void aManagerReadsTheHelpdesksServiceLevelsAndAnItemsPanel() {
		UUID helpdesk = jdbc.sql("SELECT id FROM engagements WHERE title = ?").param(Demo.HELPDESK).query(UUID.class)
			.single();
		// a fresh ticket, so that at least one clock runs whatever the demo's items went through
		Api.Response created = api.post("/api/v1/engagements/" + helpdesk + "/work-items", tokenFor(Demo.CLIENT_MEMBER),
				"{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"Screen flickers "
						+ UUID.randomUUID().toString().substring(0, 6) + "\",\"impact\":\"HIGH\",\"urgency\":\"HIGH\"}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);

		browser.signIn(api.base(), Demo.PROVIDER_MANAGER);
		driver.get(api.base() + "/engagements/" + helpdesk + "?lang=en");
		driver.findElement(By.cssSelector("[data-action=sla]")).click();
		browser.waiting().until(d -> !d.findElements(By.cssSelector("[data-role=sla-counts]")).isEmpty());
		assertThat(driver.findElements(By.cssSelector("[data-count]"))).hasSize(3);
		assertThat(driver.findElement(By.cssSelector("[data-role=sla-policy]")).getText())
			.contains("Current policy: version 1");
		WebElement lines = driver.findElement(By.cssSelector("[data-role=sla-lines]"));
		assertThat(lines.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
		assertThat(lines.findElements(By.cssSelector("[data-role=time-to-breach]")).get(0).getText())
			.matches("(in|breached) .*");
		browser.screenshot("sla-engagement-page");

		lines.findElements(By.cssSelector("[data-role=item-link]")).get(0).click();
		browser.waiting().until(d -> !d.findElements(By.cssSelector("[data-role=sla-panel]")).isEmpty());
		WebElement panel = driver.findElement(By.cssSelector("[data-role=sla-panel]"));
		assertThat(panel.getText()).contains("Service levels", "Policy version");
		assertThat(panel.findElements(By.cssSelector("[data-role=sla-metrics] tbody tr"))).isNotEmpty();
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", panel);
		browser.screenshot("sla-item-panel");
		assertThat(browser.console()).filteredOn(entry -> !entry.getMessage().contains("favicon.ico")).isEmpty();
	}
}
