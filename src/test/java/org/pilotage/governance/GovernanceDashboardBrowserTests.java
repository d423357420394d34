package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.pilotage.support.Api;
import org.pilotage.support.Browser;
import org.pilotage.support.BrowserAvailable;
import org.pilotage.support.Demo;
import org.pilotage.support.H2Database;
import org.pilotage.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The demo client, in a real browser, opens its dashboards, goes to the helpdesk's, picks a month of the replayed
 * history, drills down from the SLA compliance figure to the breached items (the same the API lists), reads the
 * trend chart, and downloads the month's service-credit statement; each page is kept as a screenshot.
 */
@H2Database
@Tag("browser")
@ExtendWith(BrowserAvailable.class)
class GovernanceDashboardBrowserTests extends IntegrationTest {

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
	void theDemoClientDrillsFromSlaComplianceToTheBreachedItemsAndDownloadsTheMonthlyStatement() {
		UUID helpdesk = jdbc.sql("SELECT id FROM engagements WHERE title = ?").param(Demo.HELPDESK).query(UUID.class)
			.single();
		// a month well inside the nine replayed weeks of the demo helpdesk
		YearMonth month = YearMonth.from(LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(35));
		String day = month.atDay(15).toString();
		Api.Response breaches = api.get("/api/v1/engagements/" + helpdesk
				+ "/kpis/sla-compliance/items?period=month&date=" + day + "&among=other", tokenFor(Demo.CLIENT_ADMIN));
		assertThat(breaches.status()).as(breaches.toString()).isEqualTo(200);
		List<String> breachedKeys = new ArrayList<>();
		breaches.body().get("items").forEach(item -> breachedKeys.add(item.get("key").asString()));
		assertThat(breachedKeys).as("the replayed month has breaches").isNotEmpty();

		browser.signIn(api.base(), Demo.CLIENT_ADMIN);
		driver.get(api.base() + "/dashboard?lang=en");
		WebElement portfolio = driver.findElement(By.cssSelector("[data-role=portfolio]"));
		assertThat(portfolio.getText()).contains(Demo.HELPDESK);
		browser.screenshot("governance-portfolio");
		portfolio.findElement(By.cssSelector("[data-engagement='" + helpdesk + "'] [data-role=engagement-dashboard]"))
			.click();
		browser.waiting().until(d -> !d.findElements(By.cssSelector("[data-role=kpi-cards]")).isEmpty());

		new Select(driver.findElement(By.cssSelector("[data-field=period]"))).selectByValue("month");
		WebElement date = driver.findElement(By.cssSelector("[data-field=date]"));
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", date, day);
		driver.findElement(By.cssSelector("[data-action=show-period]")).click();
		browser.waiting().until(d -> d.getCurrentUrl().contains("date=" + day));
		WebElement compliance = driver.findElement(By.cssSelector("[data-kpi=sla-compliance]"));
		assertThat(compliance.findElement(By.cssSelector("[data-role=kpi-value]")).getText()).endsWith("%");
		assertThat(compliance.findElement(By.cssSelector("[data-role=definition]")).getDomAttribute("title"))
			.startsWith("Share of the client SLA");
		assertThat(driver.findElements(By.cssSelector("[data-kpi=ola-compliance]"))).isEmpty();
		// the replayed agent resolved most of the helpdesk's tickets: the key-person warning shows on the dashboard
		assertThat(driver.findElements(By.cssSelector("[data-role=risk-warnings] [data-role=warning]")))
			.extracting(warning -> warning.getDomAttribute("data-code"))
			.isNotEmpty();
		browser.waiting().until(d -> !d.findElements(By.cssSelector("#trend-chart canvas")).isEmpty());
		browser.screenshot("governance-dashboard");

		compliance.findElement(By.cssSelector("[data-role=other-items]")).click();
		browser.waiting().until(d -> !d.findElements(By.cssSelector("[data-role=figure]")).isEmpty());
		List<String> shown = driver.findElements(By.cssSelector("[data-role=figure-items] tbody tr td:first-child"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(shown).containsExactlyInAnyOrderElementsOf(breachedKeys);
		assertThat(driver.findElement(By.cssSelector("[data-role=figure]")).getText()).contains("SLA compliance",
				"breached");
		browser.screenshot("governance-breached-items");

		driver.get(api.base() + "/engagements/" + helpdesk + "/credits?month=" + month + "&lang=en");
		WebElement download = driver.findElement(By.cssSelector("[data-action=download-csv]"));
		String csv = (String) ((JavascriptExecutor) driver).executeAsyncScript(
				"var done = arguments[arguments.length - 1];"
						+ "fetch(arguments[0]).then(function (r) { return r.text().then(function (t) {"
						+ " done(r.status + ' ' + r.headers.get('Content-Type') + '\\n' + t); }); });",
				download.getDomAttribute("href"));
		assertThat(csv).startsWith("200 text/csv").contains("Month," + month, "sla-compliance,Higher is better");
		browser.screenshot("governance-credits");
		assertThat(browser.console()).filteredOn(entry -> !entry.getMessage().contains("favicon.ico")).isEmpty();
	}
}
