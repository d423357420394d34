package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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
 * The weekly meeting in a real browser: the client's administrator generates the report of the last week ended (with
 * the month's service credits as they stand), adds
 * a decision during the meeting, generates the week again and finds it in the report, then rewrites it on the report's
 * page: its row's fields sit in table cells and reach their form through the {@code form} attribute, which only a
 * browser submits. What was saved is read back through the API.
 */
@H2Database
@Tag("browser")
@ExtendWith(BrowserAvailable.class)
class WeeklyReportMeetingBrowserTests extends IntegrationTest {

	@Test
	void theClientsAdministratorRecordsADecisionDuringTheMeetingAndClosesItOnTheReport() {
		UUID engagement = engagement();
		try (Browser browser = Browser.open()) {
			meeting(browser, engagement);
		}
	}

	private void meeting(Browser browser, UUID engagement) {
		ChromeDriver driver = browser.driver();
		String reports = "/engagements/" + engagement + "/reports";
		browser.signIn(api.base(), Demo.CLIENT_ADMIN);
		driver.get(api.base() + reports + "?lang=en");
		assertThat(driver.findElements(By.cssSelector("[data-role=no-report]"))).isNotEmpty();
		String week = driver.findElement(By.id("week")).getDomAttribute("value");
		browser.clickAndLoad(driver.findElement(By.cssSelector("[data-action=generate]")));
		assertThat(browser.path()).isEqualTo(reports + "/" + week);
		assertThat(driver.findElement(By.cssSelector("[data-role=notice]")).getText()).contains(week);
		assertThat(driver.findElements(By.cssSelector("[data-role=no-actions]"))).isNotEmpty();
		// the month's service credits as they stand: nothing measured yet, so no credit
		WebElement credits = driver.findElement(By.cssSelector("[data-role=report-credits]"));
		assertThat(credits.getText()).contains("Service credits of", "SLA compliance", "No measure");
		assertThat(credits.findElement(By.cssSelector("[data-role=credits-total]")).getText()).startsWith("0.00");
		assertThat(credits.findElement(By.cssSelector("[data-action=credits]")).getDomAttribute("href"))
			.startsWith("/engagements/" + engagement + "/credits?month=");
		driver.executeScript("arguments[0].scrollIntoView()", credits);
		browser.screenshot("governance-weekly-credits");

		// during the meeting: a decision, owned by a member of the provider, due in a week
		String due = LocalDate.now().plusDays(7).toString();
		WebElement add = driver.findElement(By.cssSelector("[data-role=add-action]"));
		new Select(add.findElement(By.name("kind"))).selectByValue("DECISION");
		add.findElement(By.name("text")).sendKeys("Weekly call moved to Tuesdays");
		Select owner = new Select(add.findElement(By.name("ownerUserId")));
		owner.selectByIndex(1);
		String ownerName = owner.getFirstSelectedOption().getText();
		// as a date picker sets it, whatever the browser's display format
		driver.executeScript("arguments[0].value = arguments[1]", add.findElement(By.name("dueDate")), due);
		browser.clickAndLoad(add.findElement(By.cssSelector("[data-action=add-action]")));
		assertThat(browser.path()).isEqualTo(reports + "/" + week);
		assertThat(driver.findElements(By.cssSelector("[data-role=action-notice]"))).isNotEmpty();
		WebElement row = driver.findElement(By.cssSelector("[data-role=actions] tbody tr"));
		assertThat(row.getDomAttribute("data-status")).isEqualTo("OPEN");
		String id = row.getDomAttribute("data-action-id");
		JsonNode added = action(engagement, id);
		assertThat(added.get("kind").asString()).isEqualTo("DECISION");
		assertThat(added.get("text").asString()).isEqualTo("Weekly call moved to Tuesdays");
		assertThat(added.get("owner").asString()).isEqualTo(ownerName);
		assertThat(added.get("dueDate").asString()).isEqualTo(due);

		// the week generated again: its new revision lists the open decision
		driver.get(api.base() + reports + "?lang=en");
		browser.clickAndLoad(driver.findElement(By.cssSelector("[data-action=generate]")));
		assertThat(driver.findElement(By.cssSelector("[data-role=report-actions]")).getText())
			.contains("Weekly call moved to Tuesdays", ownerName, due);
		browser.screenshot("governance-weekly-meeting");

		// rewritten on the report's page: its fields are outside the row's form, joined to it by their form attribute
		row = driver.findElement(By.cssSelector("[data-action-id='" + id + "']"));
		WebElement text = row.findElement(By.name("text"));
		text.clear();
		text.sendKeys("Weekly call on Tuesdays at 10:00");
		row.findElement(By.name("owner")).sendKeys("Both parties");
		new Select(row.findElement(By.name("ownerUserId"))).selectByValue("");
		new Select(row.findElement(By.name("status"))).selectByValue("DONE");
		browser.clickAndLoad(row.findElement(By.cssSelector("[data-action=save-action]")));
		assertThat(driver.findElements(By.cssSelector("[data-role=action-notice]"))).isNotEmpty();
		assertThat(driver.findElements(By.cssSelector("[data-role=action-problem]"))).isEmpty();
		assertThat(driver.findElement(By.cssSelector("[data-action-id='" + id + "']")).getDomAttribute("data-status"))
			.isEqualTo("DONE");
		JsonNode closed = action(engagement, id);
		assertThat(closed.get("text").asString()).isEqualTo("Weekly call on Tuesdays at 10:00");
		assertThat(closed.get("owner").asString()).isEqualTo("Both parties");
		assertThat(closed.hasNonNull("ownerUserId")).isFalse();
		assertThat(closed.get("status").asString()).isEqualTo("DONE");
		assertThat(closed.get("dueDate").asString()).isEqualTo(due);
		assertThat(closed.hasNonNull("closedAt")).isTrue();
		assertThat(closed.get("version").asInt()).isEqualTo(2);

		browser.screenshot("governance-weekly-meeting-closed");

		// the provider reopens it meanwhile: the row saved from the page read before is refused, nothing written
		Api.Response reopened = api.call("PUT", "/api/v1/engagements/" + engagement + "/weekly-report-actions/" + id)
			.token(tokenFor(Demo.PROVIDER_MANAGER))
			.header("If-Match", "\"2\"")
			.json("{\"kind\":\"DECISION\",\"text\":\"Weekly call on Tuesdays at 10:00\",\"owner\":\"Both parties\","
					+ "\"dueDate\":\"" + due + "\",\"status\":\"OPEN\"}")
			.send();
		assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
		row = driver.findElement(By.cssSelector("[data-action-id='" + id + "']"));
		new Select(row.findElement(By.name("status"))).selectByValue("DROPPED");
		browser.clickAndLoad(row.findElement(By.cssSelector("[data-action=save-action]")));
		assertThat(driver.findElement(By.cssSelector("[data-role=action-problem]")).getText()).isNotBlank();
		assertThat(action(engagement, id).get("status").asString()).isEqualTo("OPEN");
		assertThat(driver.findElement(By.cssSelector("[data-action-id='" + id + "']")).getDomAttribute("data-status"))
			.isEqualTo("OPEN");
		assertThat(browser.console()).filteredOn(entry -> !entry.getMessage().contains("favicon.ico")).isEmpty();
	}

	/** A new BPO of Acme with Atlas, active, with a fee and a rate, so that its reports have every part. */
	private UUID engagement() {
		String admin = tokenFor(Demo.CLIENT_ADMIN);
		java.util.Map<String, UUID> organizations = new java.util.HashMap<>();
		jdbc.sql("SELECT name, id FROM organizations WHERE name IN (?, ?)")
			.params(Demo.ACME, Demo.ATLAS)
			.query(rs -> {
				organizations.put(rs.getString(1), rs.getObject(2, UUID.class));
			});
		Api.Response created = api.post("/api/v1/engagements", admin, """
				{"kind":"BPO","clientOrganizationId":"%s","providerOrganizationId":"%s","title":"Weekly meeting %s",
				 "bpoFunction":"HELPDESK","startDate":"2026-01-01","renewalDate":"2027-06-01","noticeDays":90,
				 "renewalAlertDays":60,"currency":"EUR","monthlyFee":42000,
				 "rates":[{"role":"Support engineer","dayRate":400}]}""".formatted(organizations.get(Demo.ACME),
						organizations.get(Demo.ATLAS), UUID.randomUUID()));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		UUID id = UUID.fromString(created.body().get("id").asString());
		Api.Response active = api.post("/api/v1/engagements/" + id + "/status", admin, "{\"status\":\"ACTIVE\"}");
		assertThat(active.status()).as(active.toString()).isEqualTo(200);
		Api.Response credits = api.call("PUT", "/api/v1/engagements/" + id + "/credit-contract")
			.token(admin)
			.json("""
					{"currency":"EUR","monthlyFee":42000,"atRiskShare":10,
					 "levels":[{"kpi":"sla-compliance","target":95,"minimum":90,"allocation":100}]}""")
			.send();
		assertThat(credits.status()).as(credits.toString()).isEqualTo(200);
		return id;
	}

	/** The decision or action as the API gives it. */
	private JsonNode action(UUID engagement, String id) {
		Api.Response actions = api.get("/api/v1/engagements/" + engagement + "/weekly-report-actions",
				tokenFor(Demo.CLIENT_ADMIN));
		assertThat(actions.status()).as(actions.toString()).isEqualTo(200);
		for (JsonNode action : actions.body()) {
			if (action.get("id").asString().equals(id)) {
				return action;
			}
		}
		throw new AssertionError("no action " + id + " in " + actions.body());
	}
}
