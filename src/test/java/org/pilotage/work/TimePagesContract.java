package org.pilotage.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;
import org.pilotage.support.WebSession;

/**
 * The time pages as their users see them, on each database: the agent logs time from the item page (a bad field
 * comes back with status 400 and its message), finds it in its week's grid and submits the week; the manager
 * returns it (a reason is required) from the team view, in French; the client sees minutes on the item and the
 * engagement's totals, never who logged them.
 */
abstract class TimePagesContract extends IntegrationTest {

	private WebSession signIn(String email, String lang) {
		WebSession session = WebSession.signIn(api.base(), email, Demo.PASSWORD);
		assertThat(session.get("/engagements?lang=" + lang).status()).isEqualTo(200);
		return session;
	}

	@Test
	void theAgentLogsAndSubmitsItsWeekAndTheManagerReturnsIt() {
		UUID helpdesk = jdbc.sql("SELECT id FROM engagements WHERE title = ?").param(Demo.HELPDESK).query(UUID.class)
			.single();
		String title = "Projector " + UUID.randomUUID().toString().substring(0, 6);
		String item = api.post("/api/v1/engagements/" + helpdesk + "/work-items", tokenFor(Demo.CLIENT_MEMBER),
				"{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"" + title + "\"}").body().get("id").asString();
		LocalDate monday = LocalDate.now(ZoneId.of("Africa/Casablanca"))
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.minusWeeks(13);
		String week = new IsoWeek(monday).toString();

		WebSession agent = signIn(Demo.PROVIDER_AGENT, "en");
		String page = "/work-items/" + item;
		assertThat(agent.get(page).body()).contains("data-role=\"time-form\"", "data-nav=\"timesheets\"");
		WebSession.Page refused = agent.post(page + "/time",
				Map.of("date", monday.toString(), "minutes", "lots", "note", "Lamp"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("data-error-for=\"minutes\"", "must be 1 to 1440 minutes", title);
		WebSession.Page future = agent.post(page + "/time",
				Map.of("date", LocalDate.now().plusDays(3).toString(), "minutes", "30", "note", ""));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.body()).contains("data-error-for=\"date\"", "is after today");
		WebSession.Page logged = agent.post(page + "/time",
				Map.of("date", monday.plusDays(1).toString(), "minutes", "95", "note", "Replaced the lamp"));
		assertThat(logged.status()).as(logged.toString()).isEqualTo(302);
		assertThat(agent.get(page).body()).contains("Replaced the lamp", "1:35", Demo.SALMA);

		String grid = agent.get("/timesheets?week=" + week).body();
		assertThat(grid).contains("data-role=\"grid\"", title, "1:35", "data-action=\"submit-week\"",
				"data-action=\"previous-week\"");
		String sheet = jdbc.sql("SELECT s.id FROM time_sheets s JOIN people p ON p.id = s.person_id"
				+ " WHERE p.display_name = ? AND s.week_start = ?").params(Demo.SALMA, monday).query(String.class).single();
		assertThat(agent.post("/timesheets/" + sheet + "/submit", Map.of()).status()).isEqualTo(302);
		assertThat(agent.get("/timesheets?week=" + week).body()).contains("data-status=\"SUBMITTED\"")
			.doesNotContain("data-action=\"submit-week\"");

		WebSession manager = signIn(Demo.PROVIDER_MANAGER, "fr");
		String team = manager.get("/timesheets?week=" + week).body();
		assertThat(team).contains("Feuilles de temps", "Mon équipe", Demo.SALMA, "data-action=\"approve\"",
				"data-action=\"return\"");
		WebSession.Page noReason = manager.post("/timesheets/" + sheet + "/return", Map.of("reason", " "));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body()).contains("data-error-for=\"reason\"");
		assertThat(manager.post("/timesheets/" + sheet + "/return", Map.of("reason", "Split per room")).status())
			.isEqualTo(302);
		assertThat(manager.get("/timesheets?week=" + week).body()).contains("Renvoyée");
		assertThat(agent.get("/timesheets?week=" + week).body()).contains("Split per room", "data-action=\"submit-week\"");

		WebSession client = signIn(Demo.CLIENT_MEMBER, "en");
		assertThat(client.get(page).body()).contains("data-role=\"time-total\"", "1:35")
			.doesNotContain("Replaced the lamp", Demo.SALMA, "data-role=\"time-form\"");
		String totals = client.get("/engagements/" + helpdesk + "/time").body();
		assertThat(totals).contains("data-role=\"by-week\"", "data-role=\"by-type\"").doesNotContain("data-role=\"by-person\"");
		assertThat(client.get("/engagements/" + helpdesk + "/time?from=someday").status()).isEqualTo(400);
		assertThat(client.get("/timesheets").body()).doesNotContain("data-role=\"my-week\"");
		assertThat(manager.get("/engagements/" + helpdesk + "/time").body()).contains("data-role=\"by-person\"",
				Demo.SALMA);
	}
}
