package org.pilotage.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;

import tools.jackson.databind.JsonNode;

/**
 * Work items over the API, on each database: the workflow with whose turn it is, the review of deliverables,
 * priorities from the matrix, assignees who must be staffed, internal comments that never reach the client, the
 * freelancer's pseudonym, and closing an engagement under open work. Items are created per test on the demo
 * mission and helpdesk; an engagement made for a test is used where the test closes it.
 */
abstract class WorkItemsContract extends WorkTest {

	private JsonNode create(UUID engagement, String as, String body) {
		Api.Response created = api.post("/api/v1/engagements/" + engagement + "/work-items", token(as), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.body();
	}

	private JsonNode ticket(String title) {
		return create(helpdesk, Demo.CLIENT_MEMBER,
				"{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"" + title + "\",\"impact\":\"HIGH\",\"urgency\":\"MEDIUM\"}");
	}

	private Api.Response move(String id, String as, String status) {
		return api.post("/api/v1/work-items/" + id + "/transitions", token(as), "{\"status\":\"" + status + "\"}");
	}

	private static String id(JsonNode node) {
		return node.get("id").asString();
	}

	private UUID person(String name) {
		return jdbc.sql("SELECT id FROM people WHERE display_name = ?").param(name).query(UUID.class).single();
	}

	@Test
	void aTicketGoesFromTheClientToTheAgentAndBackWithWhoseTurnItIs() {
		JsonNode ticket = ticket("Printer on floor 3 is down");
		String id = id(ticket);
		assertThat(ticket.get("status").asString()).isEqualTo("NEW");
		assertThat(ticket.get("turn").asString()).isEqualTo("PROVIDER");
		assertThat(ticket.get("priority").asString()).isEqualTo("P2");
		assertThat(ticket.get("key").asString()).startsWith("#");

		assertThat(move(id, Demo.PROVIDER_AGENT, "IN_PROGRESS").status()).isEqualTo(200);
		JsonNode waiting = move(id, Demo.PROVIDER_AGENT, "WAITING_ON_CLIENT").body();
		assertThat(waiting.get("turn").asString()).isEqualTo("CLIENT");

		Api.Response reply = api.post("/api/v1/work-items/" + id + "/comments", token(Demo.CLIENT_MEMBER),
				"{\"body\":\"It is the HP one near the lift\"}");
		assertThat(reply.status()).isEqualTo(201);
		JsonNode handedBack = api.get("/api/v1/work-items/" + id, token(Demo.CLIENT_MEMBER)).body();
		assertThat(handedBack.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(handedBack.get("turn").asString()).isEqualTo("PROVIDER");

		assertThat(move(id, Demo.PROVIDER_AGENT, "RESOLVED").body().get("turn").asString()).isEqualTo("CLIENT");
		JsonNode closed = move(id, Demo.CLIENT_MEMBER, "CLOSED").body();
		assertThat(closed.get("turn").asString()).isEqualTo("NOBODY");
		assertThat(move(id, Demo.CLIENT_MEMBER, "OPEN").body().get("status").asString()).isEqualTo("OPEN");

		assertThat(kinds(id, Demo.PROVIDER_MANAGER)).containsExactly("CREATED", "STATUS_CHANGED", "STATUS_CHANGED",
				"COMMENTED", "STATUS_CHANGED", "STATUS_CHANGED", "STATUS_CHANGED", "STATUS_CHANGED");
		JsonNode last = api.get("/api/v1/work-items/" + id + "/events", token(Demo.PROVIDER_MANAGER)).body().get(7);
		assertThat(last.get("data").get("status").get("before").asString()).isEqualTo("CLOSED");
		assertThat(last.get("data").get("status").get("after").asString()).isEqualTo("OPEN");
		assertThat(last.get("actor").asString()).isEqualTo(Demo.CLIENT_MEMBER);
	}

	@Test
	void illegalTransitionsAnswer409WithTheAllowedStatusesAndChangeNothing() {
		String id = id(ticket("Illegal moves"));
		String[][] illegal = { { Demo.PROVIDER_AGENT, "CLOSED" }, { Demo.PROVIDER_AGENT, "WAITING_ON_PROVIDER" },
				{ Demo.PROVIDER_AGENT, "NEW" }, { Demo.CLIENT_MEMBER, "IN_PROGRESS" }, { Demo.CLIENT_ADMIN, "RESOLVED" } };
		for (String[] attempt : illegal) {
			Api.Response refused = move(id, attempt[0], attempt[1]);
			assertThat(refused.status()).as(attempt[0] + " → " + attempt[1]).isEqualTo(409);
			assertThat(refused.body().get("code").asString()).isEqualTo("illegal-transition");
			assertThat(refused.body().has("allowed")).isTrue();
		}
		Api.Response providerRefused = move(id, Demo.PROVIDER_AGENT, "CLOSED");
		assertThat(providerRefused.body().get("allowed").toString()).contains("OPEN", "IN_PROGRESS", "RESOLVED");
		assertThat(jdbc.sql("SELECT status FROM work_items WHERE id = ?").param(UUID.fromString(id)).query(String.class).single())
			.isEqualTo("NEW");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM work_item_events WHERE item_id = ?").param(UUID.fromString(id))
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aDeliverableIsSubmittedRejectedReworkedAndAcceptedWithItsSubmissionsCounted() {
		JsonNode deliverable = create(mission, Demo.PROVIDER_MANAGER, """
				{"type":"DELIVERABLE","title":"Cut-over runbook","acceptanceCriteria":"Reviewed by ops",
				 "dueDate":"2026-06-30"}""");
		String id = id(deliverable);
		String at = "/api/v1/work-items/" + id;

		assertThat(api.post(at + "/acceptance", token(Demo.CLIENT_ADMIN), "{}").status()).isEqualTo(409);
		assertThat(move(id, Demo.PROVIDER_MANAGER, "RESOLVED").status()).isEqualTo(409);
		JsonNode first = api.post(at + "/submissions", token(Demo.FREELANCER), "{}").body();
		assertThat(first.get("status").asString()).isEqualTo("RESOLVED");
		assertThat(first.get("submissions").asInt()).isEqualTo(1);
		assertThat(first.get("actions").toString()).doesNotContain("ACCEPT");
		assertThat(api.get(at, token(Demo.CLIENT_MEMBER)).body().get("actions").toString()).contains("ACCEPT", "REJECT");

		assertThat(api.post(at + "/acceptance", token(Demo.PROVIDER_MANAGER), "{}").status()).isEqualTo(403);
		Api.Response noReason = api.post(at + "/rejection", token(Demo.CLIENT_ADMIN), "{}");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.text()).contains("reason");
		JsonNode rejected = api.post(at + "/rejection", token(Demo.CLIENT_ADMIN),
				"{\"reason\":\"The rollback section is missing\"}").body();
		assertThat(rejected.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(rejected.get("submissions").asInt()).isEqualTo(1);

		assertThat(api.post(at + "/submissions", token(Demo.PROVIDER_AGENT), "{}").body().get("submissions").asInt())
			.isEqualTo(2);
		JsonNode accepted = api.post(at + "/acceptance", token(Demo.CLIENT_MEMBER), "{}").body();
		assertThat(accepted.get("status").asString()).isEqualTo("CLOSED");
		assertThat(accepted.get("submissions").asInt()).isEqualTo(2);

		assertThat(kinds(id, Demo.CLIENT_ADMIN)).containsExactly("CREATED", "SUBMITTED", "REJECTED", "SUBMITTED",
				"ACCEPTED");
		JsonNode events = api.get(at + "/events", token(Demo.CLIENT_ADMIN)).body();
		assertThat(events.get(2).get("data").get("reason").asString()).isEqualTo("The rollback section is missing");
		assertThat(events.get(4).get("data").get("firstTimeRight").asBoolean()).isFalse();
		assertThat(api.post(at + "/submissions", token(Demo.PROVIDER_AGENT), "{}").status()).isEqualTo(409);
	}

	@Test
	void theEngagementsMatrixSetsThePriorityOfNewItems() {
		UUID engagement = newBpoEngagement();
		String path = "/api/v1/engagements/" + engagement + "/priority-matrix";
		Api.Response matrix = api.get(path, token(Demo.CLIENT_MEMBER));
		assertThat(matrix.body().get("custom").asBoolean()).isFalse();
		StringBuilder cells = new StringBuilder();
		for (String impact : List.of("HIGH", "MEDIUM", "LOW")) {
			for (String urgency : List.of("HIGH", "MEDIUM", "LOW")) {
				cells.append(cells.isEmpty() ? "" : ",").append("{\"impact\":\"").append(impact)
					.append("\",\"urgency\":\"").append(urgency).append("\",\"priority\":\"")
					.append(impact.equals("LOW") && urgency.equals("LOW") ? "P4" : "P1").append("\"}");
			}
		}
		String body = "{\"cells\":[" + cells + "]}";
		assertThat(api.call("PUT", path).token(token(Demo.CLIENT_MEMBER)).header("If-Match", "\"0\"").json(body).send()
			.status()).isEqualTo(403);
		assertThat(api.call("PUT", path).token(token(Demo.PROVIDER_MANAGER)).header("If-Match", "\"0\"")
			.json("{\"cells\":[]}").send().status()).isEqualTo(400);
		Api.Response replaced = api.call("PUT", path).token(token(Demo.PROVIDER_MANAGER)).header("If-Match", "\"0\"")
			.json(body).send();
		assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
		assertThat(api.call("PUT", path).token(token(Demo.CLIENT_ADMIN)).header("If-Match", "\"0\"").json(body).send()
			.status()).isEqualTo(412);

		JsonNode low = create(engagement, Demo.CLIENT_ADMIN,
				"{\"type\":\"TICKET\",\"ticketType\":\"SERVICE_REQUEST\",\"title\":\"New laptop\",\"impact\":\"LOW\",\"urgency\":\"MEDIUM\"}");
		assertThat(low.get("priority").asString()).isEqualTo("P1");
		JsonNode lowest = create(engagement, Demo.CLIENT_ADMIN,
				"{\"type\":\"TICKET\",\"ticketType\":\"SERVICE_REQUEST\",\"title\":\"Mouse\",\"impact\":\"LOW\",\"urgency\":\"LOW\"}");
		assertThat(lowest.get("priority").asString()).isEqualTo("P4");
	}

	@Test
	void onlyAPersonStaffedOnTheEngagementIsAssignedAndTheClientSeesItsPseudonym() {
		String id = id(create(mission, Demo.PROVIDER_MANAGER, "{\"type\":\"TASK\",\"title\":\"Helm charts\"}"));
		String at = "/api/v1/work-items/" + id + "/assignee";

		Api.Response outsider = api.call("PUT", at).token(token(Demo.PROVIDER_MANAGER))
			.json("{\"personId\":\"" + person(Demo.SALMA) + "\"}").send();
		assertThat(outsider.status()).isEqualTo(422);
		assertThat(api.call("PUT", at).token(token(Demo.CLIENT_ADMIN))
			.json("{\"personId\":\"" + person(Demo.YASMINE) + "\"}").send().status()).isEqualTo(403);
		JsonNode assigned = api.call("PUT", at).token(token(Demo.PROVIDER_MANAGER))
			.json("{\"personId\":\"" + person(Demo.YASMINE) + "\"}").send().body();
		assertThat(assigned.get("assignee").get("name").asString()).isEqualTo(Demo.YASMINE);

		api.post("/api/v1/work-items/" + id + "/comments", token(Demo.FREELANCER), "{\"body\":\"Charts are drafted\"}");
		api.post("/api/v1/work-items/" + id + "/watchers", token(Demo.FREELANCER), "");
		for (String email : List.of(Demo.CLIENT_ADMIN, Demo.CLIENT_MEMBER, Demo.AUDITOR)) {
			Api.Response item = api.get("/api/v1/work-items/" + id, token(email));
			assertThat(item.body().get("assignee").get("pseudonym").asString()).as(email).isEqualTo("Developer A");
			for (String path : List.of("", "/events", "/comments", "/watchers")) {
				Api.Response answer = api.get("/api/v1/work-items/" + id + path, token(email));
				assertThat(answer.status()).isEqualTo(200);
				assertThat(answer.text()).as(email + path).doesNotContain("Yasmine", "Benali", Demo.FREELANCER,
						person(Demo.YASMINE).toString(), "personId");
			}
			String list = api.get("/api/v1/engagements/" + mission + "/work-items?size=200", token(email)).text();
			assertThat(list).doesNotContain("Yasmine", Demo.FREELANCER, person(Demo.YASMINE).toString());
		}
		assertThat(api.get("/api/v1/work-items/" + id + "/comments", token(Demo.CLIENT_ADMIN)).body().get(0)
			.get("author").asString()).isEqualTo("Developer A");
	}

	@Test
	void internalCommentsNeverReachTheClient() {
		String id = id(ticket("VPN drops every hour"));
		String secret = "internal-" + UUID.randomUUID();
		assertThat(api.post("/api/v1/work-items/" + id + "/comments", token(Demo.PROVIDER_AGENT),
				"{\"body\":\"" + secret + "\",\"visibility\":\"INTERNAL\"}").status()).isEqualTo(201);
		api.post("/api/v1/work-items/" + id + "/comments", token(Demo.PROVIDER_AGENT), "{\"body\":\"We are on it\"}");
		assertThat(api.post("/api/v1/work-items/" + id + "/comments", token(Demo.CLIENT_MEMBER),
				"{\"body\":\"x\",\"visibility\":\"INTERNAL\"}").status()).isEqualTo(403);

		for (String email : List.of(Demo.CLIENT_ADMIN, Demo.CLIENT_MEMBER, Demo.AUDITOR)) {
			assertThat(api.get("/api/v1/work-items/" + id, token(email)).body().get("comments").asLong()).isEqualTo(1);
			assertThat(api.get("/api/v1/work-items/" + id + "/comments", token(email)).body()).hasSize(1);
			for (String path : List.of("", "/events", "/comments")) {
				assertThat(api.get("/api/v1/work-items/" + id + path, token(email)).text()).as(email + path)
					.doesNotContain(secret, "INTERNAL");
			}
			assertThat(kinds(id, email)).containsExactly("CREATED", "COMMENTED");
		}
		assertThat(api.get("/api/v1/work-items/" + id + "/comments", token(Demo.PROVIDER_MANAGER)).text()).contains(secret);
		assertThat(api.get("/api/v1/work-items/" + id, token(Demo.PROVIDER_MANAGER)).body().get("comments").asLong())
			.isEqualTo(2);
		assertThat(kinds(id, Demo.ADMIN)).containsExactly("CREATED", "COMMENTED", "COMMENTED");
	}

	@Test
	void theFreelancerSeesOnlyTheWorkOfTheEngagementsItIsStaffedOn() {
		String helpdeskTicket = id(ticket("Freelancer must not see this"));
		assertThat(api.get("/api/v1/work-items/" + helpdeskTicket, token(Demo.FREELANCER)).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/work-items/" + UUID.randomUUID(), token(Demo.FREELANCER)).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/engagements/" + helpdesk + "/work-items", token(Demo.FREELANCER)).status())
			.isEqualTo(404);
		assertThat(api.get("/api/v1/engagements/" + mission + "/work-items", token(Demo.FREELANCER)).status())
			.isEqualTo(200);
	}

	@Test
	void badInputAnswers400WithEveryFieldStale412ReadersWriting403() {
		Api.Response bad = api.post("/api/v1/engagements/" + helpdesk + "/work-items", token(Demo.CLIENT_ADMIN),
				"{\"type\":\"TICKET\",\"ticketType\":\"OUTAGE\",\"impact\":\"HUGE\",\"acceptanceCriteria\":\"x\"}");
		assertThat(bad.status()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		bad.body().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).contains("ticketType", "title", "impact", "acceptanceCriteria");
		Api.Response task = api.post("/api/v1/engagements/" + helpdesk + "/work-items", token(Demo.PROVIDER_MANAGER),
				"{\"type\":\"TASK\",\"title\":\"A task on a BPO\"}");
		assertThat(task.status()).isEqualTo(400);
		// a due day Java reads but PostgreSQL would keep as minus infinity: refused, not stored as another day
		Api.Response far = api.post("/api/v1/engagements/" + mission + "/work-items", token(Demo.PROVIDER_MANAGER),
				"{\"type\":\"DELIVERABLE\",\"title\":\"Far\",\"acceptanceCriteria\":\"a\",\"dueDate\":\"-5000-01-01\"}");
		assertThat(far.status()).as(far.toString()).isEqualTo(400);
		assertThat(far.body().get("errors").get(0).get("field").asString()).isEqualTo("dueDate");
		assertThat(far.body().get("errors").get(0).get("code").asString()).isEqualTo("out-of-range");
		assertThat(api.post("/api/v1/engagements/" + mission + "/work-items", token(Demo.CLIENT_ADMIN),
				"{\"type\":\"TASK\",\"title\":\"Not the client's\"}").status()).isEqualTo(403);
		assertThat(api.post("/api/v1/engagements/" + helpdesk + "/work-items", token(Demo.AUDITOR),
				"{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"x\"}").status()).isEqualTo(403);

		JsonNode ticket = ticket("Stale edits");
		String at = "/api/v1/work-items/" + id(ticket);
		String edit = "{\"ticketType\":\"PROBLEM\",\"title\":\"Stale edits, renamed\",\"impact\":\"LOW\",\"urgency\":\"LOW\"}";
		Api.Response updated = api.call("PUT", at).token(token(Demo.PROVIDER_AGENT)).header("If-Match", "\"0\"")
			.json(edit).send();
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.body().get("priority").asString()).isEqualTo("P4");
		assertThat(api.call("PUT", at).token(token(Demo.PROVIDER_AGENT)).header("If-Match", "\"0\"").json(edit).send()
			.status()).isEqualTo(412);
		assertThat(api.call("PUT", at).token(token(Demo.PROVIDER_AGENT)).json(edit).send().status()).isEqualTo(428);
		assertThat(api.call("POST", at + "/transitions").token(token(Demo.PROVIDER_AGENT)).header("If-Match", "\"0\"")
			.json("{\"status\":\"OPEN\"}").send().status()).isEqualTo(412);
		assertThat(move(id(ticket), Demo.AUDITOR, "OPEN").status()).isEqualTo(403);
		assertThat(move(id(ticket), Demo.ADMIN, "OPEN").status()).isEqualTo(403);
		assertThat(kinds(id(ticket), Demo.PROVIDER_AGENT)).containsExactly("CREATED", "UPDATED", "PRIORITY_CHANGED");
	}

	@Test
	void anEngagementWithOpenWorkCannotBeClosedAndNoItemIsCreatedOnAClosedOne() {
		UUID engagement = newBpoEngagement();
		String id = id(create(engagement, Demo.CLIENT_ADMIN,
				"{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"Still open\"}"));
		Api.Response refused = api.post("/api/v1/engagements/" + engagement + "/status", token(Demo.CLIENT_ADMIN),
				"{\"status\":\"CLOSED\"}");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().get("code").asString()).isEqualTo("open-work");

		move(id, Demo.PROVIDER_MANAGER, "RESOLVED");
		move(id, Demo.CLIENT_ADMIN, "CLOSED");
		assertThat(api.post("/api/v1/engagements/" + engagement + "/status", token(Demo.CLIENT_ADMIN),
				"{\"status\":\"CLOSED\"}").status()).isEqualTo(200);
		Api.Response late = api.post("/api/v1/engagements/" + engagement + "/work-items", token(Demo.CLIENT_ADMIN),
				"{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"Too late\"}");
		assertThat(late.status()).isEqualTo(409);
		assertThat(move(id, Demo.CLIENT_ADMIN, "OPEN").status()).isEqualTo(409);
	}

	@Test
	void theDemoHoldsTicketsOnTheHelpdeskAndReviewedDeliverablesOnTheMission() {
		// the demo's tickets are the helpdesk's first ones; other tests add thousands after them
		JsonNode tickets = api.get("/api/v1/engagements/" + helpdesk + "/work-items?type=TICKET&size=50&sort=number,asc",
				token(Demo.CLIENT_MEMBER)).body().get("items");
		List<String> statuses = new ArrayList<>();
		List<String> priorities = new ArrayList<>();
		tickets.forEach(t -> {
			statuses.add(t.get("status").asString());
			priorities.add(t.get("priority").asString());
		});
		assertThat(statuses).contains("NEW", "OPEN", "IN_PROGRESS", "WAITING_ON_CLIENT", "RESOLVED", "CLOSED");
		assertThat(priorities).contains("P1", "P2", "P3", "P4");

		JsonNode deliverables = api.get("/api/v1/engagements/" + mission + "/work-items?type=DELIVERABLE&text=helm+charts+of",
				token(Demo.CLIENT_ADMIN)).body().get("items");
		assertThat(deliverables).hasSize(1);
		assertThat(deliverables.get(0).get("submissions").asInt()).isEqualTo(2);
		assertThat(deliverables.get(0).get("status").asString()).isEqualTo("RESOLVED");
		assertThat(deliverables.get(0).get("assignee").get("pseudonym").asString()).isEqualTo("Developer A");
		JsonNode plan = api.get("/api/v1/engagements/" + mission + "/work-items?type=DELIVERABLE&text=migration+plan",
				token(Demo.CLIENT_ADMIN)).body().get("items").get(0);
		assertThat(plan.get("status").asString()).isEqualTo("CLOSED");
		assertThat(plan.get("submissions").asInt()).isEqualTo(1);
		assertThat(api.get("/api/v1/engagements/" + mission + "/work-items?type=TASK&size=200", token(Demo.FREELANCER))
			.body().get("totalElements").asLong()).isGreaterThanOrEqualTo(2);
	}
}
