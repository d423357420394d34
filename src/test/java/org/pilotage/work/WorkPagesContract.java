package org.pilotage.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pilotage.support.Demo;
import org.pilotage.support.WebSession;

/**
 * The work pages, on each database: the client opens a ticket with the form, the agent answers with an internal
 * note and a question, the client reviews a deliverable of the mission; bad input comes back with status 400
 * and a message next to the field; internal comments and the freelancer's name never reach a client's page.
 */
abstract class WorkPagesContract extends WorkTest {

	private WebSession signIn(String email, String lang) {
		WebSession session = WebSession.signIn(api.base(), email, Demo.PASSWORD);
		assertThat(session.get("/engagements?lang=" + lang).status()).isEqualTo(200);
		return session;
	}

	private static Map<String, String> ticket(String title) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("type", "TICKET");
		form.put("ticketType", "INCIDENT");
		form.put("title", title);
		form.put("description", "Since this morning");
		form.put("category", "E-mail");
		form.put("impact", "HIGH");
		form.put("urgency", "HIGH");
		form.put("dueDate", "");
		form.put("acceptanceCriteria", "");
		return form;
	}

	@Test
	void theClientOpensATicketTheAgentAsksAndTheClientNeverSeesTheInternalNote() {
		WebSession client = signIn(Demo.CLIENT_MEMBER, "en");
		assertThat(client.get("/engagements/" + helpdesk).body()).contains("data-action=\"work\"");
		assertThat(client.get("/engagements/" + helpdesk + "/work").body()).contains("data-action=\"new-work-item\"");

		WebSession.Page created = client.post("/engagements/" + helpdesk + "/work/new", ticket("Scanner offline"));
		assertThat(created.status()).as(created.toString()).isEqualTo(302);
		String item = created.redirectPath();
		assertThat(item).startsWith("/work-items/");
		String page = client.get(item).body();
		assertThat(page).contains("Scanner offline", "data-turn=\"PROVIDER\"", "P1").doesNotContain("visibility-choice");

		WebSession agent = signIn(Demo.PROVIDER_AGENT, "en");
		assertThat(agent.get(item).body()).contains("data-role=\"visibility-choice\"", "data-action=\"to-IN_PROGRESS\"");
		String secret = "note-" + UUID.randomUUID();
		assertThat(agent.post(item + "/comments", Map.of("body", secret, "visibility", "INTERNAL")).status()).isEqualTo(302);
		assertThat(agent.post(item + "/comments", Map.of("body", "Is it the one in room 4?", "visibility", "CLIENT"))
			.status()).isEqualTo(302);
		assertThat(agent.post(item + "/transition", Map.of("status", "WAITING_ON_CLIENT")).status()).isEqualTo(302);
		assertThat(agent.get(item).body()).contains(secret, "data-turn=\"CLIENT\"");

		String seen = client.get(item).body();
		assertThat(seen).contains("Is it the one in room 4?", "data-turn=\"CLIENT\"").doesNotContain(secret, "INTERNAL");
		assertThat(client.post(item + "/comments", Map.of("body", "Yes, room 4")).status()).isEqualTo(302);
		assertThat(client.get(item).body()).contains("data-turn=\"PROVIDER\"", "Yes, room 4");
	}

	@Test
	void badInputComesBackWithStatus400AndTheMessageNextToTheField() {
		WebSession client = signIn(Demo.CLIENT_ADMIN, "en");
		WebSession.Page refused = client.post("/engagements/" + helpdesk + "/work/new", ticket(""));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("data-error-for=\"title\"", "is required.");

		WebSession.Page created = client.post("/engagements/" + helpdesk + "/work/new", ticket("Empty comment"));
		WebSession.Page emptyComment = client.post(created.redirectPath() + "/comments", Map.of("body", " "));
		assertThat(emptyComment.status()).isEqualTo(400);
		assertThat(emptyComment.body()).contains("data-error-for=\"body\"");
	}

	@Test
	void theClientReviewsTheMissionsDeliverableKnowingOnlyThePseudonym() {
		WebSession agency = signIn(Demo.PROVIDER_MANAGER, "en");
		Map<String, String> deliverable = ticket("Load test report " + UUID.randomUUID().toString().substring(0, 6));
		deliverable.put("type", "DELIVERABLE");
		deliverable.put("ticketType", "");
		deliverable.put("acceptanceCriteria", "p95 under 200 ms");
		String item = agency.post("/engagements/" + mission + "/work/new", deliverable).redirectPath();
		UUID yasmine = jdbc.sql("SELECT id FROM people WHERE display_name = ?").param(Demo.YASMINE).query(UUID.class).single();
		assertThat(agency.post(item + "/assign", Map.of("personId", yasmine.toString())).status()).isEqualTo(302);
		WebSession freelancer = signIn(Demo.FREELANCER, "en");
		assertThat(freelancer.post(item + "/submit", Map.of()).status()).isEqualTo(302);

		WebSession client = signIn(Demo.CLIENT_ADMIN, "fr");
		String review = client.get(item).body();
		assertThat(review).contains("data-action=\"accept\"", "data-action=\"reject\"", "Developer A",
				"C&#39;est au client d&#39;agir.");
		WebSession.Page noReason = client.post(item + "/reject", Map.of("reason", ""));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body()).contains("data-error-for=\"reason\"", "est obligatoire.");
		assertThat(client.post(item + "/reject", Map.of("reason", "Add the database figures")).status()).isEqualTo(302);
		assertThat(freelancer.post(item + "/submit", Map.of()).status()).isEqualTo(302);
		assertThat(client.post(item + "/accept", Map.of()).status()).isEqualTo(302);
		String accepted = client.get(item).body();
		assertThat(accepted).contains("data-turn=\"NOBODY\"", "Add the database figures", "(soumission 2)");
		for (String path : java.util.List.of(item, "/engagements/" + mission + "/work")) {
			assertThat(client.get(path).body()).as(path).doesNotContain("Yasmine", "Benali", Demo.FREELANCER);
		}
	}

	@Test
	void theFreelancerFindsNoPageOfTheHelpdesksWork() {
		WebSession freelancer = signIn(Demo.FREELANCER, "en");
		assertThat(freelancer.get("/engagements/" + helpdesk + "/work").status()).isEqualTo(404);
		assertThat(freelancer.get("/engagements/" + mission + "/work").status()).isEqualTo(200);
	}
}
