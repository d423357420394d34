package org.pilotage.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.WebSession;

import tools.jackson.databind.JsonNode;

/**
 * The SLA views on each database: an engagement's watched clocks by state, soonest due first, with their counts and
 * filters, over the API and on its page; the item panel in English and French; the time-to-breach column of the work
 * list; a client never shown an OLA clock. The goals are one business minute round the clock with an at-risk share of
 * 1 %, so a resolution clock is at risk within a second and breached after a minute — the one wait of the class.
 */
abstract class SlaViewsContract extends SlaTest {

	private static final String POLICY = """
			{"atRiskPercent":1,"metrics":[
			 {"metric":"RESOLUTION","goalMinutes":{"P1":1,"P2":1,"P3":1,"P4":1}},
			 {"metric":"FIRST_RESPONSE","goalMinutes":{"P1":600,"P2":600,"P3":600,"P4":600}}]}""";

	@Test
	void theEngagementsClocksAreListedByStateTheLongestBreachedFirstOnTheApiThePageThePanelAndTheList()
			throws InterruptedException {
		UUID engagement = newEngagement("SLA views " + UUID.randomUUID());
		assertThat(writePolicy(engagement, Demo.PROVIDER_MANAGER, POLICY).status()).isEqualTo(200);
		Instant started = Instant.now();
		String late = ticket(engagement, "Late printer");
		// business time counts whole seconds: the next ticket a second later has a later due instant
		Thread.sleep(1_100);
		String later = ticket(engagement, "Later printer");
		String waiting = ticket(engagement, "Waiting printer");
		move(waiting, Demo.PROVIDER_AGENT, "WAITING_ON_CLIENT");
		String resolved = ticket(engagement, "Resolved printer");
		move(resolved, Demo.PROVIDER_AGENT, "RESOLVED");
		Thread.sleep(1_500);

		// within the minute: the resolutions at risk, the first responses on time; paused and stopped clocks left out
		JsonNode all = items(engagement, "", Demo.PROVIDER_MANAGER);
		assertThat(counts(all)).containsExactly(2L, 2L, 0L);
		assertThat(lines(all)).containsExactly(late + " RESOLUTION AT_RISK", later + " RESOLUTION AT_RISK",
				late + " FIRST_RESPONSE RUNNING", later + " FIRST_RESPONSE RUNNING");
		assertThat(all.get("lines").get("totalElements").asLong()).isEqualTo(4);
		JsonNode first = all.get("lines").get("items").get(0);
		assertThat(first.get("title").asString()).isEqualTo("Late printer");
		assertThat(first.get("agreement").asString()).isEqualTo("SLA");
		assertThat(first.get("key").asString()).startsWith("#");
		assertThat(first.get("timeToBreachSeconds").asLong()).isBetween(0L, 60L);
		assertThat(all.get("policy").get("version").asInt()).isEqualTo(1);
		assertThat(all.get("policy").get("atRiskPercent").asInt()).isEqualTo(1);
		assertThat(all.get("policy").hasNonNull("calendarId")).isFalse();
		assertThat(all.get("policy").get("href").asString()).isEqualTo("/api/v1/engagements/" + engagement + "/sla-policy");

		assertThat(lines(items(engagement, "?state=AT_RISK", Demo.PROVIDER_MANAGER)))
			.containsExactly(late + " RESOLUTION AT_RISK", later + " RESOLUTION AT_RISK");
		assertThat(lines(items(engagement, "?state=running&sort=-timeToBreach", Demo.CLIENT_MEMBER)))
			.containsExactly(later + " FIRST_RESPONSE RUNNING", late + " FIRST_RESPONSE RUNNING");
		JsonNode second = items(engagement, "?state=ALL&page=1&size=1", Demo.CLIENT_ADMIN);
		assertThat(lines(second)).containsExactly(later + " RESOLUTION AT_RISK");
		assertThat(second.get("lines").get("totalPages").asInt()).isEqualTo(4);
		assertThat(lines(items(engagement, "?state=BREACHED", Demo.PROVIDER_MANAGER))).isEmpty();

		Api.Response bad = api.get("/api/v1/engagements/" + engagement + "/sla/items?state=LATE&sort=due&page=-1&size=0",
				token(Demo.PROVIDER_MANAGER));
		assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
		assertThat(bad.isProblem()).isTrue();
		assertThat(bad.body().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("state", "sort",
				"page", "size");
		assertThat(api.get("/api/v1/engagements/" + engagement + "/sla/items?size=201", token(Demo.CLIENT_MEMBER))
			.status()).isEqualTo(400);
		assertThat(api.get("/api/v1/engagements/" + UUID.randomUUID() + "/sla/items", token(Demo.CLIENT_MEMBER))
			.status()).isEqualTo(404);
		assertThat(api.get("/api/v1/engagements/" + engagement + "/sla/items", token(Demo.FREELANCER)).status())
			.isEqualTo(404);

		// a minute after the start both resolutions are breached, the longest first
		Duration left = Duration.ofSeconds(62).minus(Duration.between(started, Instant.now()));
		if (!left.isNegative()) {
			Thread.sleep(left.toMillis());
		}
		JsonNode breached = items(engagement, "", Demo.CLIENT_MEMBER);
		assertThat(counts(breached)).containsExactly(2L, 0L, 2L);
		assertThat(lines(breached)).containsExactly(late + " RESOLUTION BREACHED", later + " RESOLUTION BREACHED",
				late + " FIRST_RESPONSE RUNNING", later + " FIRST_RESPONSE RUNNING");
		assertThat(breached.get("lines").get("items").get(0).get("timeToBreachSeconds").asLong()).isNegative();
		assertThat(lines(items(engagement, "?state=BREACHED&sort=-timeToBreach", Demo.PROVIDER_MANAGER)))
			.containsExactly(later + " RESOLUTION BREACHED", late + " RESOLUTION BREACHED");

		// the page: breached first, a link to each item, the counts; bad parameters named, with 400
		WebSession manager = WebSession.signIn(api.base(), Demo.PROVIDER_MANAGER, Demo.PASSWORD);
		WebSession.Page page = manager.get("/engagements/" + engagement + "/sla?lang=en");
		assertThat(page.status()).isEqualTo(200);
		assertThat(rows(page.body())).containsExactly(late + " RESOLUTION BREACHED", later + " RESOLUTION BREACHED",
				late + " FIRST_RESPONSE RUNNING", later + " FIRST_RESPONSE RUNNING");
		assertThat(page.body()).contains("data-count=\"BREACHED\"", "href=\"/work-items/" + late + "\"",
				"Current policy: version 1", "round the clock")
			.containsPattern("breached \\d+ s ago");
		assertThat(rows(manager.get("/engagements/" + engagement + "/sla?state=AT_RISK").body())).isEmpty();
		WebSession.Page refused = manager.get("/engagements/" + engagement + "/sla?state=LATE&size=x");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("data-field=\"state\"", "data-field=\"size\"");
		WebSession.Page french = manager.get("/engagements/" + engagement + "/sla?lang=fr");
		assertThat(french.body()).contains("Niveaux de service", "Dépassé", "Dans les temps")
			.containsPattern("dépassé depuis \\d+ s");

		// the work list's column, coloured by state, in both languages
		WebSession client = WebSession.signIn(api.base(), Demo.CLIENT_MEMBER, Demo.PASSWORD);
		String list = client.get("/engagements/" + engagement + "/work?lang=en").body();
		// the earliest of an item's deadlines: its breached resolution, not its first response due in ten hours
		assertThat(list).contains("Time to breach", "data-state=\"BREACHED\"").doesNotContain("in 9 h")
			.containsPattern("breached \\d+ s ago");
		assertThat(client.get("/engagements/" + engagement + "/work?lang=fr").body())
			.contains("Avant dépassement")
			.containsPattern("dépassé depuis \\d+ s");
		assertThat(client.get("/work?lang=en").body()).contains("Time to breach");

		// the item's panel: every metric the client may see, its state, times, cycle and the policy
		String panel = client.get("/work-items/" + late + "?lang=en").body();
		assertThat(panel).contains("data-role=\"sla-panel\"", "Service levels", "Resolution", "First response",
				"Breached", "Running", "1 of 1", "Policy version 1", "round the clock (24×7)")
			.doesNotContain("data-role=\"agreement\"");
		assertThat(panel).contains("data-metric=\"RESOLUTION\" data-state=\"BREACHED\"");
		assertThat(client.get("/work-items/" + waiting + "?lang=fr").body()).contains("Niveaux de service",
				"Résolution", "En pause", "Première réponse", "1 sur 1", "Politique version 1");
		assertThat(manager.get("/work-items/" + resolved + "?lang=en").body()).contains("data-state=\"MET\"", "data-role=\"agreement\"");
	}

	@Test
	void aClientNeverSeesAnOlaClockOnTheApiThePanelNorTheList() {
		UUID engagement = newEngagement("SLA views chain " + UUID.randomUUID());
		assertThat(writePolicy(engagement, Demo.PROVIDER_MANAGER, POLICY.replace("\"atRiskPercent\":1", "\"atRiskPercent\":99")
			.replace("\"P1\":1,\"P2\":1,\"P3\":1,\"P4\":1", "\"P1\":600,\"P2\":600,\"P3\":600,\"P4\":600")).status())
			.isEqualTo(200);
		String item = ticket(engagement, "Subcontracted printer");
		// the agency's OLA towards a freelancer, stored as the clocks store it (key OLA_…), due an hour ago
		jdbc.sql("""
				INSERT INTO sla_clocks (item_id, metric, engagement_id, policy_id, version, cycle, phase, priority,
				    goal_seconds, elapsed_seconds, paused_seconds, started_at, stopped_at, at_risk_at, due_at, breached,
				    computed_at)
				SELECT item_id, 'OLA_RESOLUTION', engagement_id, policy_id, version, cycle, phase, priority, goal_seconds,
				    elapsed_seconds, paused_seconds, started_at, stopped_at, ?, ?, TRUE, computed_at
				FROM sla_clocks WHERE item_id = ? AND metric = 'RESOLUTION'""")
			.params(java.time.OffsetDateTime.now().minusHours(2), java.time.OffsetDateTime.now().minusHours(1),
					UUID.fromString(item))
			.update();

		JsonNode provider = items(engagement, "", Demo.PROVIDER_MANAGER);
		// the first response and the resolution started together with equal goals: the same due instant, by key
		assertThat(lines(provider)).containsExactly(item + " RESOLUTION BREACHED", item + " FIRST_RESPONSE RUNNING",
				item + " RESOLUTION RUNNING");
		assertThat(provider.get("lines").get("items").get(0).get("agreement").asString()).isEqualTo("OLA");
		assertThat(counts(provider)).containsExactly(2L, 0L, 1L);
		for (String client : List.of(Demo.CLIENT_MEMBER, Demo.CLIENT_ADMIN, Demo.AUDITOR)) {
			Api.Response answer = api.get("/api/v1/engagements/" + engagement + "/sla/items", token(client));
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.text()).as(client).doesNotContain("OLA");
			assertThat(counts(answer.body())).containsExactly(2L, 0L, 0L);
			assertThat(lines(items(engagement, "?state=BREACHED", client))).isEmpty();
		}

		WebSession client = WebSession.signIn(api.base(), Demo.CLIENT_MEMBER, Demo.PASSWORD);
		assertThat(client.get("/engagements/" + engagement + "/work?lang=en").body())
			.doesNotContain("data-state=\"BREACHED\"").contains("in 9 h");
		assertThat(client.get("/engagements/" + engagement + "/sla?lang=en").body()).doesNotContain("OLA",
				"data-state=\"BREACHED\"");
		WebSession manager = WebSession.signIn(api.base(), Demo.PROVIDER_MANAGER, Demo.PASSWORD);
		assertThat(manager.get("/engagements/" + engagement + "/work?lang=en").body())
			.contains("data-state=\"BREACHED\"", "breached 1 h ago");
		// the panel computes the clocks live, the OLA being no metric of this SLA policy: no OLA there at all
		assertThat(client.get("/work-items/" + item + "?lang=en").body()).doesNotContain("OLA");
	}

	@Test
	void onTheDemoMissionTheAgencySeesBothAgreementsTheClientOnlyTheSlaAndTheFreelancerOnlyTheOla() {
		UUID mission = jdbc.sql("SELECT id FROM engagements WHERE title = ?").param(Demo.MISSION).query(UUID.class).single();
		// a deliverable of the mission: its delivery clock runs for the client's SLA and for the agency's OLA
		Api.Response created = api.post("/api/v1/engagements/" + mission + "/work-items", token(Demo.PROVIDER_MANAGER),
				"{\"type\":\"DELIVERABLE\",\"title\":\"Runbook " + UUID.randomUUID() + "\"}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String item = created.body().get("id").asString();

		java.util.function.Function<String, List<String>> agreementsOfTheItem = as -> {
			List<String> agreements = new ArrayList<>();
			items(mission, "?size=200", as).get("lines").get("items").forEach(line -> {
				if (line.get("itemId").asString().equals(item)) {
					agreements.add(line.get("agreement").asString());
				}
			});
			return agreements;
		};
		assertThat(agreementsOfTheItem.apply(Demo.PROVIDER_MANAGER)).containsExactlyInAnyOrder("SLA", "OLA");
		assertThat(agreementsOfTheItem.apply(Demo.CLIENT_ADMIN)).containsExactly("SLA");
		assertThat(agreementsOfTheItem.apply(Demo.FREELANCER)).containsExactly("OLA");
		assertThat(api.get("/api/v1/engagements/" + mission + "/sla/items?size=200", token(Demo.CLIENT_MEMBER)).text())
			.doesNotContain("OLA");
	}

	private JsonNode items(UUID engagement, String query, String as) {
		Api.Response answer = api.get("/api/v1/engagements/" + engagement + "/sla/items" + query, token(as));
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		return answer.body();
	}

	private static List<Long> counts(JsonNode view) {
		JsonNode counts = view.get("counts");
		return List.of(counts.get("running").asLong(), counts.get("atRisk").asLong(), counts.get("breached").asLong());
	}

	private static List<String> lines(JsonNode view) {
		List<String> lines = new ArrayList<>();
		view.get("lines").get("items").forEach(line -> lines.add(line.get("itemId").asString() + " "
				+ line.get("metric").asString() + " " + line.get("state").asString()));
		return lines;
	}

	private static final Pattern ROW = Pattern
		.compile("data-item=\"([^\"]+)\" data-metric=\"([^\"]+)\" data-state=\"([^\"]+)\"");

	/** The lines of the SLA page, as the API's. */
	private static List<String> rows(String html) {
		List<String> rows = new ArrayList<>();
		Matcher matcher = ROW.matcher(html);
		while (matcher.find()) {
			rows.add(matcher.group(1) + " " + matcher.group(2) + " " + matcher.group(3));
		}
		return rows;
	}
}
