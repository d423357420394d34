package org.pilotage.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pilotage.support.Api;
import org.pilotage.support.Browser;
import org.pilotage.support.BrowserAvailable;
import org.pilotage.support.Demo;
import org.pilotage.support.H2Database;
import org.pilotage.support.IntegrationTest;

/**
 * A deliverable of the subcontracting mission in two browsers: the freelancer hands it in, the client rejects it
 * with a reason, the freelancer reworks and hands it in again, the client accepts it at the second submission.
 * On every page the client reads, in English and in French, the freelancer is "Developer A" and nothing more: no
 * name, no e-mail address, no organization.
 */
@H2Database
@Tag("browser")
@ExtendWith(BrowserAvailable.class)
class MissionDeliverableBrowserTests extends IntegrationTest {

	/** What would tell the client who the freelancers are. */
	private static final List<String> IDENTITY = List.of("Yasmine", "Benali", Demo.FREELANCER, "Andrei", "Popescu",
			Demo.FREELANCER_2, "freelance.demo");

	@Test
	void aDeliverableIsRejectedReworkedAndAcceptedWhileTheClientSeesOnlyAPseudonym() {
		UUID mission = jdbc.sql("SELECT id FROM engagements WHERE title = ?").param(Demo.MISSION).query(UUID.class)
			.single();
		UUID yasmine = jdbc.sql("SELECT id FROM people WHERE display_name = ?").param(Demo.YASMINE)
			.query(UUID.class).single();
		String manager = tokenFor(Demo.PROVIDER_MANAGER);
		Api.Response created = api.post("/api/v1/engagements/" + mission + "/work-items", manager, """
				{"type":"DELIVERABLE","title":"Network policies for the order services",
				 "acceptanceCriteria":"Every namespace denies by default; the order flow still passes its smoke test",
				 "dueDate":"2026-12-18"}""");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String item = "/work-items/" + created.body().get("id").asString();
		assertThat(api.call("PUT", "/api/v1" + item + "/assignee").token(manager)
			.json("{\"personId\":\"" + yasmine + "\"}").send().status()).isEqualTo(200);

		try (Browser freelancerBrowser = Browser.open(); Browser clientBrowser = Browser.open()) {
			ChromeDriver freelancer = freelancerBrowser.signIn(api.base(), Demo.FREELANCER);
			ChromeDriver client = clientBrowser.signIn(api.base(), Demo.CLIENT_ADMIN);

			// the freelancer hands it in
			freelancer.get(api.base() + item + "?lang=en");
			assertThat(text(freelancer, "assignee")).isEqualTo(Demo.YASMINE);
			act(freelancerBrowser, "submit");
			assertThat(text(freelancer, "status")).isEqualTo("Resolved");
			assertThat(text(freelancer, "submissions")).isEqualTo("1");

			// the client reviews it: the assignee and the one who handed it in are "Developer A"
			client.get(api.base() + item + "?lang=en");
			assertThat(text(client, "assignee")).isEqualTo("Developer A");
			assertThat(text(client, "timeline")).contains("Developer A");
			assertAnonymous(client);
			client.findElement(By.id("reason")).sendKeys("The payment namespace still accepts traffic from everywhere");
			act(clientBrowser, "reject");
			assertThat(text(client, "status")).isEqualTo("In progress");
			assertThat(turn(client)).isEqualTo("PROVIDER");

			// the freelancer reads the reason, reworks and hands it in again
			freelancer.navigate().refresh();
			assertThat(text(freelancer, "timeline")).contains("The payment namespace still accepts traffic");
			act(freelancerBrowser, "submit");
			assertThat(text(freelancer, "submissions")).isEqualTo("2");

			// the client accepts the second submission
			client.navigate().refresh();
			assertThat(text(client, "submissions")).isEqualTo("2");
			act(clientBrowser, "accept");
			assertThat(text(client, "status")).isEqualTo("Closed");
			assertThat(turn(client)).isEqualTo("NOBODY");
			assertAnonymous(client);
			client.get(api.base() + item + "?lang=fr");
			assertThat(text(client, "status")).isEqualTo("Clos");
			assertThat(text(client, "assignee")).isEqualTo("Developer A");
			assertAnonymous(client);
			client.get(api.base() + "/engagements/" + mission + "/work?lang=en");
			assertAnonymous(client);

			freelancer.navigate().refresh();
			assertThat(text(freelancer, "status")).isEqualTo("Closed");
		}

		// the timeline keeps both rounds: two submissions, one rejection with its reason, the acceptance
		List<String> kinds = jdbc.sql("SELECT kind FROM work_item_events WHERE item_id = ? ORDER BY sequence")
			.param(UUID.fromString(item.substring("/work-items/".length()))).query(String.class).list();
		assertThat(kinds).containsSubsequence("SUBMITTED", "REJECTED", "SUBMITTED", "ACCEPTED");
	}

	private static void assertAnonymous(ChromeDriver client) {
		String page = client.getPageSource();
		for (String identity : IDENTITY) {
			assertThat(page).as("the client's page names a freelancer").doesNotContain(identity);
		}
	}


	/** Presses a step's button and waits for the page that shows its result. */
	private static void act(Browser browser, String action) {
		String before = browser.driver().findElement(By.cssSelector("[data-role=timeline]")).getText();
		browser.clickAndLoad(browser.driver().findElement(By.cssSelector("[data-action=" + action + "]")));
		browser.waiting()
			.until(d -> !d.findElement(By.cssSelector("[data-role=timeline]")).getText().equals(before));
		assertThat(browser.driver().findElements(By.cssSelector("[data-role=work-problem]"))).isEmpty();
	}

	private static String text(ChromeDriver driver, String role) {
		return driver.findElement(By.cssSelector("[data-role=" + role + "]")).getText();
	}

	private static String turn(ChromeDriver driver) {
		return driver.findElement(By.cssSelector("[data-role=turn]")).getDomAttribute("data-turn");
	}
}
