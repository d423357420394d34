package org.pilotage.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * Time on work items, on each database: the agent logs on a helpdesk ticket and the freelancer on the mission; a
 * day holds 24 hours at most; no future day; a submitted or approved week no longer changes; the person submits,
 * the provider's manager returns (with a reason) or approves, each move in the history and told to the right
 * people; a manager of another provider sees nothing; the client gets minutes, never a name or a note; the
 * engagement's totals add up to what was logged. Each test works in a week of its own, some weeks back.
 */
abstract class TimeLogContract extends IntegrationTest {

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private UUID helpdesk;

	private UUID mission;

	@BeforeEach
	void demoEngagements() {
		helpdesk = jdbc.sql("SELECT id FROM engagements WHERE title = ?").param(Demo.HELPDESK).query(UUID.class).single();
		mission = jdbc.sql("SELECT id FROM engagements WHERE title = ?").param(Demo.MISSION).query(UUID.class).single();
	}

	private String token(String email) {
		return TOKENS.computeIfAbsent(port + " " + email, key -> tokenFor(email));
	}

	/**
	 * The Monday some weeks before this one, in Casablanca (where the agency's people work): each test its own week,
	 * further back than the demo helpdesk's replayed weeks, whose time the agent logged.
	 */
	private static LocalDate monday(int weeksBack) {
		return LocalDate.now(ZoneId.of("Africa/Casablanca"))
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.minusWeeks(weeksBack);
	}

	private static String week(LocalDate monday) {
		return new IsoWeek(monday).toString();
	}

	private String ticket(String title) {
		Api.Response created = api.post("/api/v1/engagements/" + helpdesk + "/work-items", token(Demo.CLIENT_MEMBER),
				"{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"" + title + "\"}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.body().get("id").asString();
	}

	private String missionItem(String type, String title) {
		Api.Response created = api.post("/api/v1/engagements/" + mission + "/work-items", token(Demo.PROVIDER_MANAGER),
				"{\"type\":\"" + type + "\",\"title\":\"" + title + "\"}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.body().get("id").asString();
	}

	private Api.Response log(String email, String item, LocalDate date, int minutes, String note) {
		return api.post("/api/v1/work-items/" + item + "/time-entries", token(email),
				"{\"date\":\"" + date + "\",\"minutes\":" + minutes + ",\"note\":\"" + note + "\"}");
	}

	private JsonNode logged(String email, String item, LocalDate date, int minutes, String note) {
		Api.Response response = log(email, item, date, minutes, note);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.body();
	}

	private JsonNode sheetOf(String email, String week) {
		Api.Response sheets = api.get("/api/v1/timesheets?week=" + week, token(email));
		assertThat(sheets.status()).as(sheets.toString()).isEqualTo(200);
		assertThat(sheets.body().size()).as(sheets.toString()).isGreaterThanOrEqualTo(1);
		return sheets.body().get(0);
	}

	private Api.Response move(String email, String sheet, String step, String body) {
		return api.post("/api/v1/timesheets/" + sheet + "/" + step, token(email), body);
	}

	private List<String> kinds(String email, String week) {
		List<String> kinds = new ArrayList<>();
		api.get("/api/v1/notifications?size=100", token(email)).body().get("items").forEach(n -> {
			if (n.get("link").asString().equals("/timesheets?week=" + week)) {
				kinds.add(0, n.get("kind").asString());
			}
		});
		return kinds;
	}

	@Test
	void theAgentLogsTimeAndTheClientSeesMinutesOnly() {
		String item = ticket("VPN drops every hour");
		LocalDate monday = monday(19);
		JsonNode entry = logged(Demo.PROVIDER_AGENT, item, monday, 90, "Traced the tunnel renegotiation");
		assertThat(entry.get("person").asString()).isEqualTo(Demo.SALMA);
		assertThat(entry.get("week").asString()).isEqualTo(week(monday));
		assertThat(entry.get("sheetStatus").asString()).isEqualTo("OPEN");
		logged(Demo.PROVIDER_AGENT, item, monday.plusDays(1), 45, "Replaced the client profile");

		JsonNode manager = api.get("/api/v1/work-items/" + item + "/time-entries", token(Demo.PROVIDER_MANAGER)).body();
		assertThat(manager.get("totalMinutes").asLong()).isEqualTo(135);
		assertThat(manager.get("approvedMinutes").asLong()).isZero();
		assertThat(manager.get("entries")).hasSize(2);
		assertThat(manager.get("entries").get(0).get("minutes").asInt()).isEqualTo(45);
		assertThat(manager.get("mayLog").asBoolean()).isFalse();
		assertThat(api.get("/api/v1/work-items/" + item + "/time-entries", token(Demo.PROVIDER_AGENT)).body()
			.get("mayLog").asBoolean()).isTrue();

		Api.Response client = api.get("/api/v1/work-items/" + item + "/time-entries", token(Demo.CLIENT_MEMBER));
		assertThat(client.status()).isEqualTo(200);
		assertThat(client.body().get("totalMinutes").asLong()).isEqualTo(135);
		assertThat(client.body().get("entries")).isEmpty();
		assertThat(client.text()).doesNotContain("Salma", "Traced the tunnel", "personId");
		// the client's timeline never holds the time lines; the agency's does
		assertThat(api.get("/api/v1/work-items/" + item + "/events", token(Demo.CLIENT_MEMBER)).text())
			.doesNotContain("TIME_LOGGED");
		assertThat(api.get("/api/v1/work-items/" + item + "/events", token(Demo.PROVIDER_MANAGER)).text())
			.contains("TIME_LOGGED");
		// the client logs nothing, nor does an auditor; nor reads a single entry
		assertThat(log(Demo.CLIENT_MEMBER, item, monday, 10, "").status()).isEqualTo(403);
		assertThat(log(Demo.AUDITOR, item, monday, 10, "").status()).isEqualTo(403);
		assertThat(api.call("PUT", "/api/v1/time-entries/" + entry.get("id").asString()).token(token(Demo.CLIENT_MEMBER))
			.header("If-Match", "\"0\"").json("{\"date\":\"" + monday + "\",\"minutes\":5}").send().status())
			.isEqualTo(404);
	}

	@Test
	void aDayHoldsTwentyFourHoursAndTheFutureIsNotLogged() {
		String item = ticket("Mail server full");
		String other = ticket("Backup job failing");
		LocalDate day = monday(15).plusDays(2);
		logged(Demo.PROVIDER_AGENT, item, day, 1000, "Long night");
		Api.Response full = log(Demo.PROVIDER_AGENT, other, day, 441, "");
		assertThat(full.status()).as(full.toString()).isEqualTo(409);
		assertThat(full.body().get("code").asString()).isEqualTo("day-full");
		assertThat(full.body().get("date").asString()).isEqualTo(day.toString());
		assertThat(full.body().get("loggedMinutes").asLong()).isEqualTo(1000);
		logged(Demo.PROVIDER_AGENT, other, day, 440, "Up to midnight");

		Api.Response future = log(Demo.PROVIDER_AGENT, item, LocalDate.now(ZoneId.of("Pacific/Kiritimati")).plusDays(2),
				30, "");
		assertThat(future.status()).as(future.toString()).isEqualTo(422);
		assertThat(future.body().get("code").asString()).isEqualTo("future-date");
		Api.Response beforeStart = log(Demo.PROVIDER_AGENT, item, LocalDate.of(2026, 3, 31), 30, "");
		assertThat(beforeStart.status()).as(beforeStart.toString()).isEqualTo(422);
		assertThat(beforeStart.body().get("code").asString()).isEqualTo("before-engagement");

		Api.Response bad = api.post("/api/v1/work-items/" + item + "/time-entries", token(Demo.PROVIDER_AGENT),
				"{\"date\":\"yesterday\",\"minutes\":0,\"note\":\"" + "x".repeat(2001) + "\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.text()).contains("\"date\"", "\"minutes\"", "\"note\"");
		assertThat(jdbc.sql("SELECT COALESCE(SUM(minutes), 0) FROM time_entries WHERE item_id IN (?, ?)")
			.params(UUID.fromString(item), UUID.fromString(other)).query(Long.class).single()).isEqualTo(1440);
	}

	@Test
	void theWeekIsSubmittedReturnedWithAReasonAndApprovedAndThenNoLongerChanges() {
		String item = ticket("Laptop reimaging");
		LocalDate monday = monday(17);
		String week = week(monday);
		JsonNode entry = logged(Demo.PROVIDER_AGENT, item, monday, 120, "Reimaged");
		String entryId = entry.get("id").asString();
		JsonNode sheet = sheetOf(Demo.PROVIDER_AGENT, week);
		String id = sheet.get("id").asString();
		assertThat(sheet.get("status").asString()).isEqualTo("OPEN");
		assertThat(sheet.get("totalMinutes").asLong()).isEqualTo(120);
		assertThat(sheet.get("days")).hasSize(7);
		assertThat(sheet.get("days").get(0).get("minutes").asLong()).isEqualTo(120);
		assertThat(sheet.get("allowed").toString()).isEqualTo("[\"SUBMITTED\"]");

		// the manager cannot approve an open week, nor submit it for the agent
		Api.Response early = move(Demo.PROVIDER_MANAGER, id, "approval", "{}");
		assertThat(early.status()).as(early.toString()).isEqualTo(409);
		assertThat(early.body().get("code").asString()).isEqualTo("illegal-transition");
		assertThat(early.body().get("allowed")).isEmpty();
		assertThat(move(Demo.PROVIDER_MANAGER, id, "submission", "{}").status()).isEqualTo(403);
		assertThat(move(Demo.PROVIDER_AGENT, id, "approval", "{}").status()).isEqualTo(403);
		assertThat(api.call("POST", "/api/v1/timesheets/" + id + "/submission").token(token(Demo.PROVIDER_AGENT))
			.header("If-Match", "\"99\"").json("{}").send().status()).isEqualTo(412);

		assertThat(move(Demo.PROVIDER_AGENT, id, "submission", "{}").body().get("status").asString())
			.isEqualTo("SUBMITTED");
		// a submitted week is locked: no new entry, no change, no removal
		Api.Response locked = log(Demo.PROVIDER_AGENT, item, monday.plusDays(1), 30, "");
		assertThat(locked.status()).as(locked.toString()).isEqualTo(409);
		assertThat(locked.body().get("code").asString()).isEqualTo("timesheet-locked");
		assertThat(api.call("PUT", "/api/v1/time-entries/" + entryId).token(token(Demo.PROVIDER_AGENT))
			.header("If-Match", "\"0\"").json("{\"date\":\"" + monday + "\",\"minutes\":60}").send().status())
			.isEqualTo(409);
		assertThat(api.call("DELETE", "/api/v1/time-entries/" + entryId).token(token(Demo.PROVIDER_AGENT))
			.header("If-Match", "\"0\"").send().status()).isEqualTo(409);
		Api.Response twice = move(Demo.PROVIDER_AGENT, id, "submission", "{}");
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.body().get("from").asString()).isEqualTo("SUBMITTED");

		// a return needs a reason
		Api.Response noReason = move(Demo.PROVIDER_MANAGER, id, "return", "{\"reason\":\"  \"}");
		assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
		assertThat(noReason.text()).contains("reason");
		JsonNode returned = move(Demo.PROVIDER_MANAGER, id, "return", "{\"reason\":\"Split the reimaging per laptop\"}")
			.body();
		assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
		assertThat(returned.get("history").get(1).get("reason").asString()).isEqualTo("Split the reimaging per laptop");
		assertThat(returned.get("history").get(1).get("by").asString()).isEqualTo(Demo.PROVIDER_MANAGER);

		// returned: the agent changes the entry and submits again; the manager approves
		Api.Response changed = api.call("PUT", "/api/v1/time-entries/" + entryId).token(token(Demo.PROVIDER_AGENT))
			.header("If-Match", "\"0\"").json("{\"date\":\"" + monday + "\",\"minutes\":60,\"note\":\"Laptop 1\"}").send();
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.body().get("version").asLong()).isEqualTo(1);
		assertThat(api.call("PUT", "/api/v1/time-entries/" + entryId).token(token(Demo.PROVIDER_AGENT))
			.header("If-Match", "\"0\"").json("{\"date\":\"" + monday + "\",\"minutes\":60}").send().status())
			.isEqualTo(412);
		logged(Demo.PROVIDER_AGENT, item, monday.plusDays(1), 60, "Laptop 2");
		assertThat(move(Demo.PROVIDER_AGENT, id, "submission", "{}").status()).isEqualTo(200);
		JsonNode approved = move(Demo.PROVIDER_MANAGER, id, "approval", "{}").body();
		assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
		assertThat(approved.get("totalMinutes").asLong()).isEqualTo(120);
		assertThat(approved.get("history")).hasSize(4);

		// approved is final
		assertThat(api.call("PUT", "/api/v1/time-entries/" + entryId).token(token(Demo.PROVIDER_AGENT))
			.header("If-Match", "\"1\"").json("{\"date\":\"" + monday + "\",\"minutes\":30}").send().status())
			.isEqualTo(409);
		Api.Response reopen = move(Demo.PROVIDER_MANAGER, id, "return", "{\"reason\":\"Again\"}");
		assertThat(reopen.status()).isEqualTo(409);
		assertThat(reopen.body().get("allowed")).isEmpty();
		assertThat(api.get("/api/v1/work-items/" + item + "/time-entries", token(Demo.CLIENT_MEMBER)).body()
			.get("approvedMinutes").asLong()).isEqualTo(120);

		// who heard of it: the manager of each submission, the agent of the return and the approval
		assertThat(kinds(Demo.PROVIDER_MANAGER, week)).containsExactly("timesheet.submitted", "timesheet.submitted");
		assertThat(kinds(Demo.PROVIDER_AGENT, week)).containsExactly("timesheet.returned", "timesheet.approved");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE target_id = ?").param(id).query(Long.class).single())
			.isEqualTo(4);
	}

	@Test
	void aManagerOfAnotherProviderSeesNoneOfIt() {
		String item = ticket("Badge reader");
		LocalDate monday = monday(21);
		logged(Demo.PROVIDER_AGENT, item, monday, 30, "Rebooted");
		String id = sheetOf(Demo.PROVIDER_AGENT, week(monday)).get("id").asString();
		UUID salma = jdbc.sql("SELECT id FROM people WHERE display_name = ?").param(Demo.SALMA).query(UUID.class).single();

		String admin = token(Demo.ADMIN);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Api.Response organization = api.post("/api/v1/organizations", admin, "{\"name\":\"Boreal " + suffix
				+ "\",\"kind\":\"PROVIDER\",\"country\":\"DE\",\"timeZone\":\"Europe/Berlin\"}");
		assertThat(organization.status()).as(organization.toString()).isEqualTo(201);
		String email = "boreal-" + suffix + "@time.test";
		assertThat(api.post("/api/v1/users", admin, "{\"email\":\"" + email + "\",\"displayName\":\"Boreal\","
				+ "\"password\":\"time-password\",\"organizationId\":\"" + organization.body().get("id").asString()
				+ "\",\"role\":\"PROVIDER_MANAGER\"}").status()).isEqualTo(201);
		String other = api.tokenFor(email, "time-password");

		assertThat(api.get("/api/v1/timesheets?person=" + salma + "&week=" + week(monday), other).status())
			.isEqualTo(404);
		assertThat(api.get("/api/v1/timesheets/" + id, other).status()).isEqualTo(404);
		assertThat(api.post("/api/v1/timesheets/" + id + "/approval", other, "{}").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/timesheets?week=" + week(monday), other).body()).isEmpty();
		assertThat(api.get("/api/v1/work-items/" + item + "/time-entries", other).status()).isEqualTo(404);
		// Atlas's manager sees Salma's week
		assertThat(api.get("/api/v1/timesheets?person=" + salma + "&week=" + week(monday), token(Demo.PROVIDER_MANAGER))
			.body().get(0).get("id").asString()).isEqualTo(id);
		assertThat(api.get("/api/v1/timesheets?week=2026-W60", token(Demo.PROVIDER_MANAGER)).status()).isEqualTo(400);
	}

	@Test
	void theMissionsTotalsAddUpAndTheClientNeverLearnsWhoLoggedThem() {
		String task = missionItem("TASK", "Terraform the staging cluster");
		String deliverable = missionItem("DELIVERABLE", "Runbook");
		LocalDate monday = monday(3);
		logged(Demo.FREELANCER, task, monday, 90, "Modules");
		logged(Demo.FREELANCER, deliverable, monday.plusDays(1), 30, "Outline");
		logged(Demo.PROVIDER_AGENT, task, monday.plusDays(4), 15, "Review");
		String period = "?from=" + monday + "&to=" + monday.plusDays(6);

		JsonNode totals = api.get("/api/v1/engagements/" + mission + "/time-totals" + period,
				token(Demo.PROVIDER_MANAGER)).body();
		assertThat(totals.get("totalMinutes").asLong()).isEqualTo(135);
		assertThat(totals.get("approvedMinutes").asLong()).isZero();
		assertThat(totals.get("weeks")).hasSize(1);
		assertThat(totals.get("weeks").get(0).get("week").asString()).isEqualTo(week(monday));
		assertThat(totals.get("itemTypes").toString()).contains("\"type\":\"TASK\",\"minutes\":105")
			.contains("\"type\":\"DELIVERABLE\",\"minutes\":30");
		assertThat(totals.get("people").toString()).contains("\"person\":\"Salma Tazi\",\"minutes\":15")
			.contains("\"person\":\"Yasmine Benali\",\"minutes\":120");

		// the freelancer's week goes to the agency that staffed it: Atlas's manager approves it
		String sheet = sheetOf(Demo.FREELANCER, week(monday)).get("id").asString();
		assertThat(move(Demo.FREELANCER, sheet, "submission", "{}").status()).isEqualTo(200);
		assertThat(move(Demo.PROVIDER_MANAGER, sheet, "approval", "{}").status()).isEqualTo(200);
		assertThat(api.get("/api/v1/engagements/" + mission + "/time-totals" + period, token(Demo.PROVIDER_MANAGER))
			.body().get("approvedMinutes").asLong()).isEqualTo(120);

		// the freelancer sees its own entries and its own line only
		JsonNode own = api.get("/api/v1/work-items/" + task + "/time-entries", token(Demo.FREELANCER)).body();
		assertThat(own.get("totalMinutes").asLong()).isEqualTo(105);
		assertThat(own.get("entries")).hasSize(1);
		assertThat(api.get("/api/v1/engagements/" + mission + "/time-totals" + period, token(Demo.FREELANCER)).body()
			.get("people")).hasSize(1);

		for (String client : List.of(Demo.CLIENT_ADMIN, Demo.CLIENT_MEMBER, Demo.AUDITOR)) {
			Api.Response clientTotals = api.get("/api/v1/engagements/" + mission + "/time-totals" + period,
					token(client));
			assertThat(clientTotals.status()).isEqualTo(200);
			assertThat(clientTotals.body().get("totalMinutes").asLong()).isEqualTo(135);
			assertThat(clientTotals.body().has("people")).isFalse();
			Api.Response entries = api.get("/api/v1/work-items/" + task + "/time-entries", token(client));
			assertThat(entries.body().get("entries")).isEmpty();
			for (Api.Response answer : List.of(clientTotals, entries)) {
				assertThat(answer.text()).doesNotContain("Yasmine", "Benali", "Salma", "Modules", "personId");
			}
		}
	}
}
