package org.pilotage.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;

import tools.jackson.databind.JsonNode;

/**
 * Versioned policies and the clocks of items through the API, on each database: the stored clocks the changes leave
 * are what a recompute writes, an edited policy leaves an item on its version, every bad field is reported at once,
 * and who may read or write.
 */
abstract class SlaClocksContract extends SlaTest {

	@org.springframework.beans.factory.annotation.Autowired
	SlaDeadlines deadlines;

	/** The stored rows of an item's clocks, without what depends on the instant of computation. */
	private List<Map<String, Object>> stored(String item) {
		return jdbc.sql("""
				SELECT metric, version, cycle, phase, priority, goal_seconds, started_at, stopped_at, at_risk_at, due_at,
				    CASE WHEN phase = 'STOPPED' THEN elapsed_seconds END AS elapsed,
				    CASE WHEN phase = 'STOPPED' THEN paused_seconds END AS paused
				FROM sla_clocks WHERE item_id = ? ORDER BY metric""")
			.param(UUID.fromString(item))
			.query()
			.listOfRows();
	}

	private static JsonNode metric(JsonNode clocks, String metric) {
		for (JsonNode clock : clocks.get("metrics")) {
			if (clock.get("metric").asString().equals(metric)) {
				return clock;
			}
		}
		throw new AssertionError("no " + metric + " in " + clocks);
	}

	private static JsonNode current(JsonNode clock) {
		JsonNode cycles = clock.get("cycles");
		return cycles.get(cycles.size() - 1);
	}

	@Test
	void theClocksLeftByEachChangeAreWhatARecomputeWritesAndAnEditedPolicyLeavesAnItemOnItsVersion() {
		UUID engagement = newEngagement("SLA desk " + UUID.randomUUID());
		String before = ticket(engagement, "Opened before any policy");
		assertThat(api.get("/api/v1/work-items/" + before + "/sla", token(Demo.PROVIDER_MANAGER)).status()).isEqualTo(404);

		Api.Response written = writePolicy(engagement, Demo.PROVIDER_MANAGER, "{\"note\":\"the contract's defaults\"}");
		assertThat(written.status()).as(written.toString()).isEqualTo(200);
		assertThat(written.header("ETag")).contains("\"1\"");
		assertThat(written.body().get("current").get("metrics")).hasSize(4);
		// the first version applies to the open backlog
		assertThat(clocks(before, Demo.PROVIDER_MANAGER).get("policy").get("version").asInt()).isEqualTo(1);

		String item = ticket(engagement, "Printer on fire");
		comment(item, Demo.PROVIDER_AGENT, "We are looking");
		move(item, Demo.PROVIDER_AGENT, "WAITING_ON_CLIENT");
		comment(item, Demo.CLIENT_MEMBER, "Here is the log");
		List<Map<String, Object>> live = stored(item);
		assertThat(live).extracting(row -> row.get("METRIC") == null ? row.get("metric") : row.get("METRIC"))
			.containsExactly("FIRST_RESPONSE", "NEXT_RESPONSE", "RESOLUTION");

		JsonNode clocks = clocks(item, Demo.CLIENT_MEMBER);
		assertThat(current(metric(clocks, "FIRST_RESPONSE")).get("phase").asString()).isEqualTo("STOPPED");
		assertThat(current(metric(clocks, "FIRST_RESPONSE")).get("breached").asBoolean()).isFalse();
		assertThat(current(metric(clocks, "RESOLUTION")).get("phase").asString()).isEqualTo("RUNNING");
		assertThat(current(metric(clocks, "NEXT_RESPONSE")).get("phase").asString()).isEqualTo("RUNNING");
		assertThat(current(metric(clocks, "RESOLUTION")).get("dueAt").isNull()).isFalse();

		// a new version with tighter goals: the item keeps version 1, a new item takes version 2
		Api.Response edited = api.call("PUT", "/api/v1/engagements/" + engagement + "/sla-policy")
			.token(token(Demo.PROVIDER_MANAGER))
			.header("If-Match", "\"1\"")
			.json("{\"metrics\":[{\"metric\":\"RESOLUTION\",\"goalMinutes\":{\"P1\":30,\"P2\":60,\"P3\":90,\"P4\":120}}]}")
			.send();
		assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
		assertThat(edited.body().get("versions").toString()).isEqualTo("[1,2]");
		assertThat(writePolicy(engagement, Demo.PROVIDER_MANAGER, "{}").status()).isEqualTo(200);
		Api.Response stale = api.call("PUT", "/api/v1/engagements/" + engagement + "/sla-policy")
			.token(token(Demo.PROVIDER_MANAGER))
			.header("If-Match", "\"2\"")
			.json("{}")
			.send();
		assertThat(stale.status()).isEqualTo(412);

		Api.Response recomputed = api.post("/api/v1/work-items/" + item + "/sla/recompute", token(Demo.PROVIDER_MANAGER), "");
		assertThat(recomputed.status()).as(recomputed.toString()).isEqualTo(200);
		assertThat(recomputed.body().get("policy").get("version").asInt()).isEqualTo(1);
		assertThat(stored(item)).isEqualTo(live);
		Api.Response whole = api.post("/api/v1/engagements/" + engagement + "/sla/recompute",
				token(Demo.CLIENT_ADMIN), "");
		assertThat(whole.status()).as(whole.toString()).isEqualTo(200);
		assertThat(whole.body().get("items").asInt()).isEqualTo(2);
		assertThat(stored(item)).isEqualTo(live);

		String later = ticket(engagement, "Printer on fire again");
		JsonNode laterClocks = clocks(later, Demo.PROVIDER_AGENT);
		assertThat(laterClocks.get("policy").get("version").asInt()).isEqualTo(3);
		assertThat(metric(laterClocks, "RESOLUTION").get("cycles")).hasSize(1);
		assertThat(api.get("/api/v1/engagements/" + engagement + "/sla-policy/versions/2", token(Demo.CLIENT_MEMBER))
			.body()
			.get("metrics")).hasSize(1);
	}

	@Test
	void aChangeOfTheCalendarRecomputesTheOpenClocksExactlyAsARecomputeWouldAndKeepsTheItemsVersion() {
		UUID engagement = newEngagement("SLA calendar " + UUID.randomUUID());
		String name = "Half days " + UUID.randomUUID();
		String halfDays = "{\"name\":\"" + name + "\",\"zone\":\"UTC\",\"week\":{" + String.join(",",
				java.util.stream.Stream.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
					.map(day -> "\"" + day + "\":[[\"08:00\",\"20:00\"]]")
					.toList()) + "}}";
		Api.Response calendar = api.post("/api/v1/calendars", token(Demo.PROVIDER_MANAGER), halfDays);
		assertThat(calendar.status()).as(calendar.toString()).isEqualTo(201);
		String calendarId = calendar.body().get("id").asString();
		// goals of 2,000 business minutes: due days ahead, so twelve or twenty-four working hours a day tell apart
		assertThat(writePolicy(engagement, Demo.PROVIDER_MANAGER, """
				{"calendarId":"%s","metrics":[{"metric":"RESOLUTION","goalMinutes":{"P1":2000,"P2":2000,"P3":2000,"P4":2000}}]}"""
			.formatted(calendarId)).status()).isEqualTo(200);
		String item = ticket(engagement, "Disk almost full");
		List<Map<String, Object>> before = stored(item);
		assertThat(before).hasSize(1);

		Api.Response changed = api.call("PUT", "/api/v1/calendars/" + calendarId)
			.token(token(Demo.PROVIDER_MANAGER))
			.header("If-Match", calendar.header("ETag").orElseThrow())
			.json(halfDays.replace("\"08:00\",\"20:00\"", "\"00:00\",\"24:00\""))
			.send();
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		List<Map<String, Object>> live = stored(item);
		assertThat(live).isNotEqualTo(before);

		assertThat(api.post("/api/v1/engagements/" + engagement + "/sla/recompute", token(Demo.PROVIDER_MANAGER), "")
			.status()).isEqualTo(200);
		assertThat(stored(item)).isEqualTo(live);
		JsonNode clocks = clocks(item, Demo.PROVIDER_MANAGER);
		assertThat(clocks.get("policy").get("version").asInt()).isEqualTo(1);
		assertThat(clocks.get("policy").get("calendarId").asString()).isEqualTo(calendarId);
		JsonNode resolution = current(metric(clocks, "RESOLUTION"));
		// round the clock now: due 2,000 minutes after the start, to the second
		assertThat(java.time.Instant.parse(resolution.get("dueAt").asString())).isEqualTo(
				java.time.Instant.parse(resolution.get("startedAt").asString())
					.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
					.plusSeconds(2_000 * 60));

		// a calendar in use cannot be deleted
		assertThat(api.call("DELETE", "/api/v1/calendars/" + calendarId).token(token(Demo.PROVIDER_MANAGER)).send()
			.status()).isEqualTo(409);
	}

	@Test
	void theRunningClocksDeadlinesAreScheduledWithdrawnWhileWaitingOnTheClientAndFiredOnTime() throws Exception {
		UUID engagement = newEngagement("SLA deadlines " + UUID.randomUUID());
		// at risk at 1 % of a one-minute goal: at once
		assertThat(writePolicy(engagement, Demo.PROVIDER_MANAGER, """
				{"atRiskPercent":1,"metrics":[{"metric":"RESOLUTION","goalMinutes":{"P1":1,"P2":1,"P3":1,"P4":1}}]}""")
			.status()).isEqualTo(200);
		String item = ticket(engagement, "Server room too warm");
		UUID id = UUID.fromString(item);
		JsonNode resolution = current(metric(clocks(item, Demo.PROVIDER_MANAGER), "RESOLUTION"));
		java.time.Instant due = java.time.Instant.parse(resolution.get("dueAt").asString());
		assertThat(deadlines.pending(id).stream().filter(d -> d.kind() == SlaDeadlines.Kind.BREACH))
			.singleElement()
			.satisfies(d -> assertThat(d.dueAt()).isEqualTo(due.truncatedTo(java.time.temporal.ChronoUnit.MICROS)));

		long waited = 0;
		while (deadlines.fired(id).isEmpty() && waited < 5_000) {
			Thread.sleep(100);
			waited += 100;
		}
		assertThat(deadlines.fired(id)).extracting(SlaDeadlines.FiredDeadline::kind)
			.containsExactly(SlaDeadlines.Kind.AT_RISK);

		// the client's turn: nothing left to fire; back to the provider: the breach is due again, later
		move(item, Demo.PROVIDER_AGENT, "WAITING_ON_CLIENT");
		assertThat(deadlines.pending(id)).isEmpty();
		comment(item, Demo.CLIENT_MEMBER, "Still warm");
		assertThat(deadlines.pending(id)).extracting(SlaDeadlines.Deadline::kind)
			.containsExactly(SlaDeadlines.Kind.BREACH);
		JsonNode resumed = current(metric(clocks(item, Demo.PROVIDER_MANAGER), "RESOLUTION"));
		assertThat(resumed.get("phase").asString()).isEqualTo("RUNNING");
		// the due instant moved by the business seconds spent paused (the arithmetic counts whole seconds)
		assertThat(deadlines.pending(id).get(0).dueAt())
			.isEqualTo(java.time.Instant.parse(resumed.get("dueAt").asString()))
			.isEqualTo(due.plusSeconds(resumed.get("pausedSeconds").asLong()));
	}

	@Test
	void aPolicyWithBadFieldsIsRefusedWithEveryOneAndWrittenOnlyByThePartiesAdministrators() {
		UUID engagement = newEngagement("SLA rules " + UUID.randomUUID());
		Api.Response bad = writePolicy(engagement, Demo.PROVIDER_MANAGER, """
				{"atRiskPercent":120,"calendarId":"%s","metrics":[
				 {"metric":"RESOLUTION","start":["CREATED","TELEPORTED"],"goalMinutes":{"P1":0,"P9":60}},
				 {"metric":"RESOLUTION"},{"metric":"UPTIME"},{"metric":"FIRST_RESPONSE","stop":[]}]}"""
			.formatted(UUID.randomUUID()));
		assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
		assertThat(bad.body().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("atRiskPercent",
				"calendarId", "metrics[0].start[1]", "metrics[0].goalMinutes.P1", "metrics[0].goalMinutes",
				"metrics[1].metric", "metrics[2].metric", "metrics[3].stop");
		assertThat(api.get("/api/v1/engagements/" + engagement + "/sla-policy", token(Demo.PROVIDER_MANAGER)).status())
			.isEqualTo(404);

		assertThat(writePolicy(engagement, Demo.CLIENT_MEMBER, "{}").status()).isEqualTo(403);
		assertThat(writePolicy(engagement, Demo.PROVIDER_AGENT, "{}").status()).isEqualTo(403);
		assertThat(writePolicy(engagement, Demo.FREELANCER, "{}").status()).isEqualTo(404);
		assertThat(writePolicy(engagement, Demo.CLIENT_ADMIN, "{}").status()).isEqualTo(200);
		assertThat(api.get("/api/v1/engagements/" + engagement + "/sla-policy", token(Demo.CLIENT_MEMBER))
			.body()
			.get("editable")
			.asBoolean()).isFalse();
		assertThat(api.post("/api/v1/engagements/" + engagement + "/sla/recompute", token(Demo.PROVIDER_AGENT), "")
			.status()).isEqualTo(403);
	}
}
