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
import org.openqa.selenium.support.ui.Select;
import org.pilotage.support.Browser;
import org.pilotage.support.BrowserAvailable;
import org.pilotage.support.Demo;
import org.pilotage.support.H2Database;
import org.pilotage.support.IntegrationTest;

/**
 * A provider manager, in a real browser, creates a calendar from the office preset, gives Monday a lunch break and
 * an evening shift, saves, and reads the preview (open or closed now, when a 4 h target is due).
 */
@H2Database
@Tag("browser")
@ExtendWith(BrowserAvailable.class)
class CalendarBrowserTests extends IntegrationTest {

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
	void aManagerCreatesACalendarWithALunchBreakAndReadsThePreview() {
		browser.signIn(api.base(), Demo.PROVIDER_MANAGER);
		driver.findElement(By.cssSelector("[data-nav=calendars]")).click();
		String name = "Lunch break " + UUID.randomUUID().toString().substring(0, 6);
		type("name", name);
		new Select(driver.findElement(By.id("preset"))).selectByValue("office");
		type("zone", "Indian/Antananarivo");
		new Select(driver.findElement(By.id("holidayCountry"))).selectByValue("MG");
		browser.clickAndLoad(driver.findElement(By.cssSelector("[data-action=create-calendar]")));

		browser.waiting().until(d -> !d.findElements(By.id("calendar-form")).isEmpty());
		type("week.MONDAY", "08:00-12:00, 13:00-17:00, 18:00-20:00");
		browser.clickAndLoad(driver.findElement(By.cssSelector("[data-action=save-calendar]")));

		browser.waiting().until(d -> !d.findElements(By.cssSelector(".notice")).isEmpty());
		assertThat(driver.findElement(By.id("week.MONDAY")).getAttribute("value"))
			.isEqualTo("08:00-12:00, 13:00-17:00, 18:00-20:00");
		WebElement preview = driver.findElement(By.cssSelector("[data-role=preview]"));
		// the manager reads French (its preferred language) or English: the roles of the elements say what they are
		assertThat(preview.findElements(By.cssSelector("[data-role=open-now], [data-role=closed-now]"))).hasSize(1);
		assertThat(preview.getText()).contains("Indian/Antananarivo").containsAnyOf(
				"A target of 4 h started now is due at", "Un objectif de 4 h commencé maintenant est dû le");
		assertThat(driver.findElements(By.cssSelector("[data-role=due]"))).hasSize(4);
		assertThat(browser.console()).filteredOn(entry -> !entry.getMessage().contains("favicon.ico")).isEmpty();
	}

	private static void type(String id, String text) {
		WebElement input = driver.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}
}
