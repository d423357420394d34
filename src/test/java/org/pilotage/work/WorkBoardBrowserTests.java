package org.pilotage.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.pilotage.support.Api;
import org.pilotage.support.Browser;
import org.pilotage.support.BrowserAvailable;
import org.pilotage.support.Demo;
import org.pilotage.support.H2Database;
import org.pilotage.support.IntegrationTest;

/**
 * The board as a person uses it: a card dragged to another column moves the item (as the API then tells), a card
 * dropped where the workflow does not allow it goes back and the page says why. Selenium's mouse cannot drive
 * HTML5 drag and drop in Chromium, so the test fires the same drag events a mouse would.
 */
@H2Database
@Tag("browser")
@ExtendWith(BrowserAvailable.class)
class WorkBoardBrowserTests extends IntegrationTest {

	private static final String DRAG = """
			var card = arguments[0], column = arguments[1], data = new DataTransfer();
			function fire(type, target) {
			  target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
			}
			fire('dragstart', card); fire('dragover', column); fire('drop', column); fire('dragend', card);""";

	@Test
	void aCardDraggedToAnotherColumnMovesTheItemAndAnIllegalDropGoesBackWithTheReason() {
		UUID helpdesk = jdbc.sql("SELECT id FROM engagements WHERE title = ?").param(Demo.HELPDESK).query(UUID.class)
			.single();
		String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String client = tokenFor(Demo.CLIENT_MEMBER);
		Api.Response created = api.post("/api/v1/engagements/" + helpdesk + "/work-items", client,
				"{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"" + word + " dragged\"}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.body().get("id").asString();
		String agent = tokenFor(Demo.PROVIDER_AGENT);

		try (Browser browser = Browser.open()) {
			ChromeDriver driver = browser.driver();
			driver.get("http://localhost:" + port + "/login");
			driver.findElement(By.id("username")).sendKeys(Demo.PROVIDER_AGENT);
			driver.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
			driver.findElement(By.cssSelector("[data-action=sign-in]")).click();
			browser.waiting().until(d -> !d.getCurrentUrl().contains("/login"));
			driver.get("http://localhost:" + port + "/engagements/" + helpdesk + "/board?q=" + word);

			By card = By.cssSelector(".board-card[data-item='" + id + "']");
			By inProgress = By.cssSelector(".board-column[data-status=IN_PROGRESS]");
			assertThat(driver.findElement(By.cssSelector(".board-column[data-status=NEW]")).findElements(card)).hasSize(1);
			driver.executeScript(DRAG, driver.findElement(card), driver.findElement(inProgress));
			browser.waiting().until(d -> "1".equals(d.findElement(card).getAttribute("data-version")));
			assertThat(driver.findElement(inProgress).findElements(card)).hasSize(1);
			assertThat(api.get("/api/v1/work-items/" + id, agent).body().get("status").asString())
				.isEqualTo("IN_PROGRESS");

			WebElement problem = driver.findElement(By.cssSelector("[data-role=board-problem]"));
			assertThat(problem.isDisplayed()).isFalse();
			driver.executeScript(DRAG, driver.findElement(card),
					driver.findElement(By.cssSelector(".board-column[data-status=NEW]")));
			browser.waiting().until(d -> d.findElement(By.cssSelector("[data-role=board-problem]")).isDisplayed());
			assertThat(problem.getText()).containsAnyOf("cannot move to this status", "ne peut pas passer à ce statut");
			assertThat(driver.findElement(inProgress).findElements(card)).hasSize(1);
			assertThat(api.get("/api/v1/work-items/" + id, agent).body().get("status").asString())
				.isEqualTo("IN_PROGRESS");
			assertThat(browser.console().stream().map(LogEntry::getMessage))
				.noneMatch(line -> line.contains("Content Security Policy") || line.contains("Uncaught"));
			browser.screenshot("work-board");

			driver.get("http://localhost:" + port + "/work?q=" + word);
			driver.findElement(By.cssSelector("[data-role=save-filter] input[name=name]")).sendKeys("Dragged " + word);
			driver.findElement(By.cssSelector("[data-role=save-filter] button")).click();
			browser.waiting().until(d -> !d.findElements(By.cssSelector("[data-saved='Dragged " + word + "']")).isEmpty());
			assertThat(driver.findElement(By.cssSelector("[data-role=work-items]")).getText()).contains(word + " dragged");
			browser.screenshot("work-list");
		}
	}
}
