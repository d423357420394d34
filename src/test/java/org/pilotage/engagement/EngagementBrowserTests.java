package org.pilotage.engagement;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.pilotage.support.Browser;
import org.pilotage.support.BrowserAvailable;
import org.pilotage.support.Demo;
import org.pilotage.support.H2Database;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client administrator in a real browser: from the navigation to a new engagement, its activation with the
 * lifecycle button, a document attached with the file picker, and the same page in French. And the demo client
 * user on the subcontracting mission: pseudonyms only, in both languages, never a freelancer's name, e-mail or rate.
 */
@H2Database
@Tag("browser")
@ExtendWith(BrowserAvailable.class)
class EngagementBrowserTests extends EngagementTest {

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
	void aClientAdministratorStartsActivatesAndDocumentsAnEngagement() throws Exception {
		driver.get(api.base() + "/login?lang=en");
		driver.findElement(By.id("username")).sendKeys(Demo.CLIENT_ADMIN);
		driver.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
		driver.findElement(By.cssSelector("[data-action=sign-in]")).click();
		browser.waiting().until(d -> !path().equals("/login"));
		driver.get(api.base() + "/?lang=en");

		driver.findElement(By.cssSelector("[data-nav=engagements]")).click();
		browser.waiting().until(d -> path().equals("/engagements"));
		driver.findElement(By.cssSelector("[data-action=new-engagement]")).click();
		browser.waiting().until(d -> path().equals("/engagements/new"));
		new Select(driver.findElement(By.id("clientOrganizationId"))).selectByVisibleText(Demo.ACME);
		new Select(driver.findElement(By.id("providerOrganizationId"))).selectByVisibleText(Demo.ATLAS);
		driver.findElement(By.id("title")).sendKeys("Browser mission");
		driver.findElement(By.id("startDate")).sendKeys("03012026");
		driver.findElement(By.id("endDate")).sendKeys("09302026");
		driver.findElement(By.id("budget")).sendKeys("90000");
		driver.findElement(By.cssSelector("[data-action=save-engagement]")).click();
		browser.waiting().until(d -> path().matches("/engagements/[0-9a-f-]{36}"));
		assertThat(driver.findElement(By.cssSelector("[data-role=status]")).getText()).isEqualTo("Draft");
		browser.screenshot("engagement-draft");

		driver.findElement(By.cssSelector("[data-action=status-ACTIVE]")).click();
		browser.waiting().until(d -> d.findElement(By.cssSelector("[data-role=status]")).getText().equals("Active"));
		assertThat(driver.findElements(By.cssSelector("[data-role=history] tr[data-to=ACTIVE]"))).hasSize(1);

		Path file = Files.createTempFile("minutes", ".txt");
		Files.writeString(file, "Kick-off minutes", StandardCharsets.UTF_8);
		try {
			driver.findElement(By.id("file")).sendKeys(file.toString());
			driver.findElement(By.cssSelector("[data-action=upload-document]")).click();
			browser.waiting().until(d -> !d.findElements(By.cssSelector("[data-document]")).isEmpty());
		}
		finally {
			Files.deleteIfExists(file);
		}
		assertThat(driver.findElement(By.cssSelector("[data-document] a")).getText()).endsWith(".txt");
		browser.screenshot("engagement-active");

		driver.findElement(By.cssSelector("[data-lang=fr]")).click();
		browser.waiting().until(d -> d.findElement(By.cssSelector("[data-role=status]")).getText().equals("En cours"));
		assertThat(driver.findElement(By.cssSelector("[data-role=history] h2")).getText())
			.isEqualTo("Historique des statuts");
		assertThat(driver.findElement(By.cssSelector("[data-nav=engagements]")).getText()).isEqualTo("Contrats");
	}

	@Test
	void theDemoClientUserReadsTheMissionWithoutEverLearningWhoTheFreelancersAre() {
		driver.manage().deleteAllCookies();
		driver.get(api.base() + "/login?lang=en");
		driver.findElement(By.id("username")).sendKeys(Demo.CLIENT_MEMBER);
		driver.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
		driver.findElement(By.cssSelector("[data-action=sign-in]")).click();
		browser.waiting().until(d -> !path().equals("/login"));
		java.util.List<String> identity = java.util.List.of("Yasmine", "Benali", Demo.FREELANCER, "Andrei", "Popescu",
				Demo.FREELANCER_2, "450.00", "2400.00");

		// Other tests create engagements for Acme too, so the demo mission (the oldest) may be on a later page.
		driver.get(api.base() + "/engagements?lang=en");
		assertThat(DirectContracts.without(driver.getPageSource())).doesNotContain(identity);
		for (int pages = 1; driver.findElements(By.linkText(Demo.MISSION)).isEmpty(); pages++) {
			assertThat(pages).as("pages read looking for the mission").isLessThan(50);
			java.util.List<org.openqa.selenium.WebElement> next = driver.findElements(By.linkText("Next"));
			assertThat(next).as("a next page while the mission is not found").isNotEmpty();
			driver.get(next.get(0).getAttribute("href"));
			assertThat(DirectContracts.without(driver.getPageSource())).doesNotContain(identity);
		}
		driver.findElement(By.linkText(Demo.MISSION)).click();
		browser.waiting().until(d -> path().matches("/engagements/[0-9a-f-]{36}"));

		assertThat(driver.findElements(By.cssSelector("[data-role=pseudonym-table] tbody tr"))).hasSize(2);
		assertThat(driver.findElement(By.cssSelector("[data-role=pseudonym-table]")).getText())
			.contains("Developer A", "DevOps engineer", "80 %", "Developer B", "Data engineer");
		assertThat(driver.getPageSource()).doesNotContain(identity);
		assertThat(driver.findElements(By.cssSelector("[data-role=staff-form]"))).isEmpty();
		browser.screenshot("engagement-mission-as-client");

		driver.findElement(By.cssSelector("[data-lang=fr]")).click();
		browser.waiting().until(d -> d.findElement(By.cssSelector("[data-nav=engagements]")).getText().equals("Contrats"));
		assertThat(driver.findElement(By.cssSelector("[data-role=pseudonym-table] caption")).getText())
			.isEqualTo("Affectés par l'agence");
		assertThat(driver.getPageSource()).doesNotContain(identity);
	}

	private String path() {
		return URI.create(driver.getCurrentUrl()).getPath();
	}
}
