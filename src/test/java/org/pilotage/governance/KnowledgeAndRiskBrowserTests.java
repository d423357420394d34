package org.pilotage.governance;

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
import org.openqa.selenium.support.ui.Select;
import org.pilotage.support.Browser;
import org.pilotage.support.BrowserAvailable;
import org.pilotage.support.Demo;
import org.pilotage.support.H2Database;

/**
 * The agency's manager, in a real browser, goes from an engagement to its knowledge base, writes a runbook, finds it
 * again with the search box, and opens the engagement's dependency risk, where the empty exit plan raises a critical
 * warning; each page is kept as a screenshot to look at its layout.
 */
@H2Database
@Tag("browser")
@ExtendWith(BrowserAvailable.class)
class KnowledgeAndRiskBrowserTests extends KnowledgeRiskTest {

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
	void aManagerWritesARunbookFindsItBySearchAndReadsTheEngagementsRiskWarnings() {
		UUID engagement = newEngagement("Knowledge in a browser " + UUID.randomUUID().toString().substring(0, 6));
		String title = "Replace the printer toner " + UUID.randomUUID().toString().substring(0, 6);

		browser.signIn(api.base(), Demo.PROVIDER_MANAGER);
		driver.get(api.base() + "/engagements/" + engagement + "?lang=en");
		driver.findElement(By.cssSelector("[data-action=knowledge]")).click();
		browser.waiting().until(d -> !d.findElements(By.cssSelector("[data-role=knowledge-search]")).isEmpty());
		assertThat(driver.findElement(By.cssSelector("[data-role=empty]")).getText()).isEqualTo("No article yet.");

		driver.findElement(By.id("title")).sendKeys(title);
		new Select(driver.findElement(By.id("kind"))).selectByValue("RUNBOOK");
		driver.findElement(By.id("tags")).sendKeys("printers, Floor-3");
		driver.findElement(By.id("body")).sendKeys("1. Open the front panel\n2. Swap the cartridge\n3. Print a test page");
		browser.screenshot("knowledge-new-article");
		driver.findElement(By.cssSelector("[data-action=create-article]")).click();
		browser.waiting().until(d -> !d.findElements(By.cssSelector("[data-role=body]")).isEmpty());
		assertThat(driver.findElement(By.cssSelector("[data-role=title]")).getText()).isEqualTo(title);
		assertThat(driver.findElement(By.cssSelector("[data-role=body]")).getText()).contains("2. Swap the cartridge");
		assertThat(driver.findElements(By.cssSelector("[data-role=tag]"))).extracting(WebElement::getText)
			.containsExactly("printers", "floor-3");
		assertThat(driver.findElement(By.cssSelector("[data-role=version]")).getText()).startsWith("Version 1");
		browser.screenshot("knowledge-article");

		driver.findElement(By.cssSelector("[data-action=knowledge]")).click();
		browser.waiting().until(d -> !d.findElements(By.cssSelector("[data-role=knowledge-search]")).isEmpty());
		driver.findElement(By.id("q")).sendKeys("CARTRIDGE swap");
		driver.findElement(By.cssSelector("[data-action=search]")).click();
		browser.waiting().until(d -> !d.findElements(By.cssSelector("[data-action=clear]")).isEmpty());
		assertThat(driver.findElements(By.cssSelector("[data-role=article-link]"))).extracting(WebElement::getText)
			.containsExactly(title);
		browser.screenshot("knowledge-search");
		driver.findElement(By.id("q")).clear();
		driver.findElement(By.id("q")).sendKeys("stapler");
		driver.findElement(By.cssSelector("[data-action=search]")).click();
		browser.waiting().until(d -> !d.findElements(By.cssSelector("[data-role=empty]")).isEmpty());
		assertThat(driver.findElement(By.cssSelector("[data-role=empty]")).getText())
			.isEqualTo("No article matches this search.");

		driver.get(api.base() + "/engagements/" + engagement + "?lang=en");
		driver.findElement(By.cssSelector("[data-action=risk]")).click();
		browser.waiting().until(d -> !d.findElements(By.cssSelector("[data-role=warnings]")).isEmpty());
		WebElement warning = driver.findElement(By.cssSelector("[data-role=warning][data-code=exit-readiness]"));
		assertThat(warning.getAttribute("data-level")).isEqualTo("CRITICAL");
		assertThat(warning.getText()).contains("Critical", "The exit plan scores 0 of 100 points (threshold 25).");
		assertThat(driver.findElement(By.cssSelector("[data-role=exit-score]")).getText()).isEqualTo("0 / 100");
		assertThat(driver.findElement(By.cssSelector("[data-role=thresholds]")).getText())
			.contains("a warning above 50 %, critical above 75 %");
		browser.screenshot("risk-page");
		assertThat(browser.console()).filteredOn(entry -> !entry.getMessage().contains("favicon.ico")).isEmpty();
	}
}
