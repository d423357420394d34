package org.pilotage.work;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Who hears of a ticket's life, on each database: the agent it is assigned to, the client who asked when its
 * status moves, the agent again when the client replies, a watching manager of statuses and visible comments; nobody on the client's side for an internal comment,
 * nobody for their own change; each notice stored with its e-mail in the outbox, in the recipient's language.
 */
abstract class WorkNoticesContract extends IntegrationTest {

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private UUID helpdesk;

	@BeforeEach
	void demoHelpdesk() {
		helpdesk = jdbc.sql("SELECT id FROM engagements WHERE title = ?").param(Demo.HELPDESK).query(UUID.class).single();
	}

	private String token(String email) {
		return TOKENS.computeIfAbsent(port + " " + email, key -> tokenFor(email));
	}

	/** The notices of a user about one item, oldest first, as its bell lists them. */
	private List<JsonNode> notices(String email, String item) {
		List<JsonNode> found = new ArrayList<>();
		api.get("/api/v1/notifications?size=100", token(email)).body().get("items").forEach(n -> {
			if (n.has("link") && n.get("link").asString().equals("/work-items/" + item)) {
				found.add(0, n);
			}
		});
		return found;
	}

	private List<String> kinds(String email, String item) {
		return notices(email, item).stream().map(n -> n.get("kind").asString()).toList();
	}

	@Test
	void aTicketsLifeReachesTheRightPeopleAndOnlyThem() {
		Api.Response created = api.post("/api/v1/engagements/" + helpdesk + "/work-items", token(Demo.CLIENT_MEMBER),
				"{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"Printer offline " + UUID.randomUUID()
						.toString().substring(0, 6) + "\",\"impact\":\"MEDIUM\",\"urgency\":\"MEDIUM\"}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.body().get("id").asString();
		UUID salma = jdbc.sql("SELECT id FROM people WHERE display_name = ?").param(Demo.SALMA).query(UUID.class).single();
		String at = "/api/v1/work-items/" + id;

		assertThat(api.post(at + "/watchers", token(Demo.PROVIDER_MANAGER), "{}").status()).isBetween(200, 204);
		assertThat(api.call("PUT", at + "/assignee").token(token(Demo.PROVIDER_MANAGER))
			.json("{\"personId\":\"" + salma + "\"}").send().status()).isEqualTo(200);
		assertThat(api.post(at + "/comments", token(Demo.PROVIDER_AGENT),
				"{\"body\":\"Check the driver first\",\"visibility\":\"INTERNAL\"}").status()).isEqualTo(201);
		assertThat(api.post(at + "/transitions", token(Demo.PROVIDER_AGENT), "{\"status\":\"IN_PROGRESS\"}").status())
			.isEqualTo(200);
		assertThat(api.post(at + "/transitions", token(Demo.PROVIDER_AGENT), "{\"status\":\"WAITING_ON_CLIENT\"}")
			.status()).isEqualTo(200);
		assertThat(api.post(at + "/comments", token(Demo.CLIENT_MEMBER), "{\"body\":\"It is on the second floor\"}")
			.status()).isEqualTo(201);

		assertThat(kinds(Demo.PROVIDER_AGENT, id)).containsExactly("work.assigned", "work.client-reply");
		// the requester hears of the statuses the agent moved it to, and of the hand-back its own reply caused
		// only if someone else moved it: its own reply is its own change
		List<JsonNode> client = notices(Demo.CLIENT_MEMBER, id);
		assertThat(client).extracting(n -> n.get("kind").asString()).containsOnly("work.status");
		assertThat(client).hasSize(2);
		for (JsonNode notice : client) {
			assertThat(notice.toString()).doesNotContain("Check the driver", Demo.SALMA, "Salma");
		}
		// Hugo Bernard prefers French
		assertThat(client.get(1).get("subject").asString()).contains("En attente").contains("Printer offline");
		// the watching manager is on the provider's side: every status it did not move itself and both comments
		assertThat(kinds(Demo.PROVIDER_MANAGER, id)).containsExactlyInAnyOrder("work.status", "work.status",
				"work.status", "work.comment", "work.comment");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox o JOIN notifications n ON n.id = o.notification_id"
				+ " WHERE n.link = ?").param("/work-items/" + id).query(Long.class).single()).isEqualTo(9);
	}

	private String ticket(String email, String title) {
		Api.Response created = api.post("/api/v1/engagements/" + helpdesk + "/work-items", token(email),
				"{\"type\":\"TICKET\",\"ticketType\":\"SERVICE_REQUEST\",\"title\":\"" + title + " "
						+ UUID.randomUUID().toString().substring(0, 6) + "\"}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.body().get("id").asString();
	}

	private UUID mission() {
		return jdbc.sql("SELECT id FROM engagements WHERE title = ?").param(Demo.MISSION).query(UUID.class).single();
	}

	@Test
	void anInternalCommentReachesTheProvidersWatchersAndNobodyOnTheClientsSide() {
		String id = ticket(Demo.CLIENT_MEMBER, "VPN access for a new hire");
		String at = "/api/v1/work-items/" + id;
		for (String watcher : List.of(Demo.CLIENT_ADMIN, Demo.PROVIDER_MANAGER, Demo.AUDITOR)) {
			assertThat(api.post(at + "/watchers", token(watcher), "{}").status()).isBetween(200, 204);
		}

		assertThat(api.post(at + "/comments", token(Demo.PROVIDER_AGENT),
				"{\"body\":\"Their laptop is not enrolled yet\",\"visibility\":\"INTERNAL\"}").status())
			.isEqualTo(201);

		assertThat(kinds(Demo.PROVIDER_MANAGER, id)).containsExactly("work.comment");
		assertThat(kinds(Demo.CLIENT_ADMIN, id)).isEmpty();
		assertThat(kinds(Demo.AUDITOR, id)).isEmpty();
		assertThat(kinds(Demo.CLIENT_MEMBER, id)).isEmpty();
	}

	@Test
	void aMentionTellsWhoItNamesIfTheyMaySeeTheComment() {
		String id = ticket(Demo.CLIENT_MEMBER, "Shared mailbox for accounting");
		String at = "/api/v1/work-items/" + id;

		// an internal comment mentions the manager (told), the client (never told of an internal comment) and a
		// freelancer who is not on the helpdesk (may not see it): only the manager hears of it
		assertThat(api.post(at + "/comments", token(Demo.PROVIDER_AGENT),
				"{\"body\":\"@" + Demo.PROVIDER_MANAGER + ", @" + Demo.CLIENT_MEMBER + " and @" + Demo.FREELANCER_2
						+ ": who approves the licence?\",\"visibility\":\"INTERNAL\"}").status())
			.isEqualTo(201);
		assertThat(kinds(Demo.PROVIDER_MANAGER, id)).containsExactly("work.mention");
		assertThat(kinds(Demo.CLIENT_MEMBER, id)).isEmpty();
		assertThat(kinds(Demo.FREELANCER_2, id)).isEmpty();

		// a client-visible one mentions the client admin, once however often it is named, and the text of an e-mail
		// address in a sentence is not a mention
		assertThat(api.post(at + "/comments", token(Demo.PROVIDER_AGENT),
				"{\"body\":\"@" + Demo.CLIENT_ADMIN.toUpperCase() + " please approve; @" + Demo.CLIENT_ADMIN
						+ ". Write to finance" + Demo.CLIENT_MEMBER + " too.\"}").status()).isEqualTo(201);
		assertThat(kinds(Demo.CLIENT_ADMIN, id)).containsExactly("work.mention");
		// the requester watches its ticket: told of the comment as a watcher, not mentioned by the address in a word
		assertThat(kinds(Demo.CLIENT_MEMBER, id)).containsExactly("work.comment");
	}

	@Test
	void aClientMentionsAFreelancerByItsPseudonymAndLearnsNothingMore() {
		Api.Response created = api.post("/api/v1/engagements/" + mission() + "/work-items",
				token(Demo.PROVIDER_MANAGER), "{\"type\":\"TASK\",\"title\":\"Ingress rules review\"}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.body().get("id").asString();

		assertThat(api.post("/api/v1/work-items/" + id + "/comments", token(Demo.CLIENT_ADMIN),
				"{\"body\":\"@developer-a, can you take this before Friday?\"}").status()).isEqualTo(201);

		List<JsonNode> told = notices(Demo.FREELANCER, id);
		assertThat(told).extracting(n -> n.get("kind").asString()).containsExactly("work.mention");
		assertThat(kinds(Demo.FREELANCER_2, id)).isEmpty();
		Api.Response comments = api.get("/api/v1/work-items/" + id + "/comments", token(Demo.CLIENT_ADMIN));
		assertThat(comments.toString()).doesNotContain("Yasmine", "Benali", Demo.FREELANCER);
	}

	@Test
	void aSubmittedDeliverableReachesTheClientsAdministratorsForReview() {
		Api.Response created = api.post("/api/v1/engagements/" + mission() + "/work-items",
				token(Demo.PROVIDER_MANAGER), """
						{"type":"DELIVERABLE","title":"Rollback procedure","acceptanceCriteria":"Rehearsed once",
						 "dueDate":"2026-12-31"}""");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.body().get("id").asString();

		assertThat(api.post("/api/v1/work-items/" + id + "/submissions", token(Demo.FREELANCER), "{}").status())
			.isEqualTo(200);

		List<JsonNode> told = notices(Demo.CLIENT_ADMIN, id);
		assertThat(told).extracting(n -> n.get("kind").asString()).containsExactly("work.submitted");
		assertThat(told.get(0).toString()).contains("Rollback procedure").doesNotContain("Yasmine", "Benali");
		assertThat(kinds(Demo.CLIENT_MEMBER, id)).isEmpty();
	}
}
