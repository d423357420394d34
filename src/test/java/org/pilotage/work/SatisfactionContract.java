package org.pilotage.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;

import tools.jackson.databind.JsonNode;

/**
 * Satisfaction surveys on each database: resolving a ticket asks its requester (a notice in the bell and an e-mail
 * in the outbox holding a one-time link); the link rates once without login and then refuses; a forged token is
 * 404; ratings outside 1–5 are 400; the requester rates in the application too, nobody else; each answer is a RATED
 * event; an accepted deliverable asks the client's user who accepted it; a new resolution opens a new survey.
 */
abstract class SatisfactionContract extends WorkTest {

	private static final Pattern LINK = Pattern.compile("/satisfaction/([A-Za-z0-9_-]{43})");

	private String resolvedTicket(String title) {
		Api.Response created = api.post("/api/v1/engagements/" + helpdesk + "/work-items", token(Demo.CLIENT_MEMBER),
				"{\"type\":\"TICKET\",\"ticketType\":\"SERVICE_REQUEST\",\"title\":\"" + title + "\"}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.body().get("id").asString();
		assertThat(move(id, Demo.PROVIDER_AGENT, "RESOLVED").status()).isEqualTo(200);
		return id;
	}

	private Api.Response move(String id, String as, String status) {
		return api.post("/api/v1/work-items/" + id + "/transitions", token(as), "{\"status\":\"" + status + "\"}");
	}

	private UUID user(String email) {
		return jdbc.sql("SELECT id FROM users WHERE email = ?").param(email).query(UUID.class).single();
	}

	/** The one-time link's token, as the respondent received it in its notice (and e-mail). */
	private String linkToken(String item, String respondent) {
		List<String> bodies = jdbc.sql("SELECT body FROM notifications WHERE user_id = ? AND kind = 'work.satisfaction' "
				+ "AND link = ? ORDER BY created_at DESC").params(user(respondent), "/work-items/" + item)
			.query(String.class).list();
		assertThat(bodies).isNotEmpty();
		Matcher matcher = LINK.matcher(bodies.get(0));
		assertThat(matcher.find()).as(bodies.get(0)).isTrue();
		return matcher.group(1);
	}

	private Api.Response answer(String link, String body) {
		return api.post("/api/v1/public/satisfaction/" + link, null, body);
	}

	private Api.Response rate(String item, String as, String body) {
		return api.post("/api/v1/work-items/" + item + "/satisfaction", token(as), body);
	}

	@Test
	void resolvingATicketAsksItsRequesterInTheBellAndByEmail() throws Exception {
		String item = resolvedTicket("New laptop for the intern");

		JsonNode seenByRequester = api.get("/api/v1/work-items/" + item + "/satisfaction", token(Demo.CLIENT_MEMBER)).body();
		JsonNode seenByAgent = api.get("/api/v1/work-items/" + item + "/satisfaction", token(Demo.PROVIDER_AGENT)).body();
		assertThat(seenByRequester.get("status").asString()).isEqualTo("OPEN");
		assertThat(seenByRequester.get("mayRate").asBoolean()).isTrue();
		assertThat(seenByAgent.get("mayRate").asBoolean()).isFalse();

		String link = linkToken(item, Demo.CLIENT_MEMBER);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox o JOIN notifications n ON n.id = o.notification_id "
				+ "WHERE n.kind = 'work.satisfaction' AND o.recipient = ? AND o.body LIKE ?")
			.params(Demo.CLIENT_MEMBER, "%/satisfaction/" + link + "%").query(Long.class).single()).isOne();
		String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(link.getBytes(StandardCharsets.US_ASCII)));
		assertThat(jdbc.sql("SELECT token_hash FROM work_satisfaction_surveys WHERE item_id = ?")
			.param(UUID.fromString(item)).query(String.class).single()).isEqualTo(hash).isNotEqualTo(link);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE action = 'work-item.satisfaction-asked' AND target_id = ?")
			.param(item).query(Long.class).single()).isOne();
	}

	@Test
	void theOneTimeLinkRatesOnceWithoutLoginThenRefuses() {
		String item = resolvedTicket("Reset my VPN token");
		String link = linkToken(item, Demo.CLIENT_MEMBER);

		Api.Response survey = api.get("/api/v1/public/satisfaction/" + link, null);
		assertThat(survey.status()).as(survey.toString()).isEqualTo(200);
		assertThat(survey.body().get("title").asString()).isEqualTo("Reset my VPN token");
		assertThat(survey.body().get("item").asString()).startsWith("#");
		assertThat(survey.body().get("status").asString()).isEqualTo("OPEN");
		assertThat(survey.text()).doesNotContain(Demo.CLIENT_MEMBER, Demo.PROVIDER_AGENT, helpdesk.toString());

		for (String bad : List.of("{\"rating\":0}", "{\"rating\":6}", "{}")) {
			Api.Response refused = answer(link, bad);
			assertThat(refused.status()).as(bad + " " + refused).isEqualTo(400);
			assertThat(refused.isProblem()).isTrue();
		}
		Api.Response rated = answer(link, "{\"rating\":4,\"comment\":\"Quick, thanks\"}");
		assertThat(rated.status()).as(rated.toString()).isEqualTo(200);
		assertThat(rated.body().get("status").asString()).isEqualTo("ANSWERED");

		Api.Response again = answer(link, "{\"rating\":1}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body().get("code").asString()).isEqualTo("already-answered");
		assertThat(api.get("/api/v1/public/satisfaction/" + link, null).body().get("rating").asInt()).isEqualTo(4);

		JsonNode view = api.get("/api/v1/work-items/" + item + "/satisfaction", token(Demo.PROVIDER_MANAGER)).body();
		assertThat(view.get("status").asString()).isEqualTo("ANSWERED");
		assertThat(view.get("rating").asInt()).isEqualTo(4);
		assertThat(view.get("comment").asString()).isEqualTo("Quick, thanks");
		assertThat(kinds(item, Demo.CLIENT_MEMBER)).containsOnlyOnce("RATED");
		JsonNode events = api.get("/api/v1/work-items/" + item + "/events", token(Demo.PROVIDER_MANAGER)).body();
		JsonNode ratedEvent = events.get(events.size() - 1);
		assertThat(ratedEvent.get("kind").asString()).isEqualTo("RATED");
		assertThat(ratedEvent.get("actor").asString()).isEqualTo(Demo.CLIENT_MEMBER);
		assertThat(ratedEvent.get("data").get("rating").asInt()).isEqualTo(4);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE action = 'work-item.rated' AND target_id = ?")
			.param(item).query(Long.class).single()).isOne();
	}

	@Test
	void aForgedOrUnknownTokenIs404() {
		String forged = "A".repeat(43);

		assertThat(api.get("/api/v1/public/satisfaction/" + forged, null).status()).isEqualTo(404);
		assertThat(answer(forged, "{\"rating\":5}").status()).isEqualTo(404);
		assertThat(answer("not-a-token", "{\"rating\":5}").status()).isEqualTo(404);
	}

	@Test
	void anExpiredSurveyTakesNoAnswer() {
		String item = resolvedTicket("Old survey");
		String link = linkToken(item, Demo.CLIENT_MEMBER);
		jdbc.sql("UPDATE work_satisfaction_surveys SET expires_at = opened_at WHERE item_id = ?")
			.param(UUID.fromString(item)).update();

		assertThat(api.get("/api/v1/public/satisfaction/" + link, null).status()).isEqualTo(410);
		Api.Response late = answer(link, "{\"rating\":5}");
		assertThat(late.status()).isEqualTo(410);
		assertThat(late.body().get("code").asString()).isEqualTo("survey-closed");
		assertThat(api.get("/api/v1/work-items/" + item + "/satisfaction", token(Demo.CLIENT_MEMBER)).body()
			.get("status").asString()).isEqualTo("CLOSED");
		assertThat(rate(item, Demo.CLIENT_MEMBER, "{\"rating\":5}").status()).isEqualTo(409);
		assertThat(kinds(item, Demo.CLIENT_MEMBER)).doesNotContain("RATED");
	}

	@Test
	void theRequesterRatesInTheApplicationAndNobodyElse() {
		String item = resolvedTicket("Shared drive quota");

		assertThat(rate(item, Demo.CLIENT_ADMIN, "{\"rating\":5}").status()).isEqualTo(403);
		assertThat(rate(item, Demo.PROVIDER_AGENT, "{\"rating\":5}").status()).isEqualTo(403);
		assertThat(rate(item, Demo.AUDITOR, "{\"rating\":5}").status()).isEqualTo(403);
		assertThat(rate(item, Demo.FREELANCER, "{\"rating\":5}").status()).isEqualTo(404);
		assertThat(rate(item, Demo.CLIENT_MEMBER, "{\"rating\":6}").status()).isEqualTo(400);
		assertThat(rate(item, Demo.CLIENT_MEMBER, "{\"rating\":0}").status()).isEqualTo(400);

		Api.Response rated = rate(item, Demo.CLIENT_MEMBER, "{\"rating\":5}");
		assertThat(rated.status()).as(rated.toString()).isEqualTo(200);
		assertThat(rated.body().get("rating").asInt()).isEqualTo(5);
		assertThat(rated.body().get("mayRate").asBoolean()).isFalse();
		Api.Response again = rate(item, Demo.CLIENT_MEMBER, "{\"rating\":2}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body().get("code").asString()).isEqualTo("already-answered");
		assertThat(kinds(item, Demo.PROVIDER_AGENT)).containsOnlyOnce("RATED");
		assertThat(answer(linkToken(item, Demo.CLIENT_MEMBER), "{\"rating\":3}").status()).isEqualTo(409);
	}

	@Test
	void aReopenedAndResolvedAgainTicketHasANewSurveyAndTheOldLinkIsClosed() {
		String item = resolvedTicket("Printer keeps jamming");
		String first = linkToken(item, Demo.CLIENT_MEMBER);
		assertThat(rate(item, Demo.CLIENT_MEMBER, "{\"rating\":2}").status()).isEqualTo(200);
		assertThat(move(item, Demo.CLIENT_MEMBER, "OPEN").status()).isEqualTo(200);
		assertThat(api.get("/api/v1/work-items/" + item + "/satisfaction", token(Demo.CLIENT_MEMBER)).body()
			.get("status").asString()).isEqualTo("ANSWERED");

		assertThat(move(item, Demo.PROVIDER_AGENT, "RESOLVED").status()).isEqualTo(200);
		String second = linkToken(item, Demo.CLIENT_MEMBER);
		assertThat(second).isNotEqualTo(first);
		assertThat(api.get("/api/v1/work-items/" + item + "/satisfaction", token(Demo.CLIENT_MEMBER)).body()
			.get("status").asString()).isEqualTo("OPEN");
		assertThat(answer(second, "{\"rating\":5}").status()).isEqualTo(200);
		assertThat(kinds(item, Demo.CLIENT_MEMBER).stream().filter("RATED"::equals)).hasSize(2);

		String unanswered = resolvedTicket("Monitor flickers");
		String old = linkToken(unanswered, Demo.CLIENT_MEMBER);
		assertThat(move(unanswered, Demo.CLIENT_MEMBER, "OPEN").status()).isEqualTo(200);
		assertThat(move(unanswered, Demo.PROVIDER_AGENT, "RESOLVED").status()).isEqualTo(200);
		Api.Response replaced = answer(old, "{\"rating\":5}");
		assertThat(replaced.status()).isEqualTo(410);
		assertThat(replaced.body().get("code").asString()).isEqualTo("survey-closed");
	}

	@Test
	void anAcceptedDeliverableAsksTheClientsUserWhoAcceptedIt() {
		Api.Response created = api.post("/api/v1/engagements/" + mission + "/work-items", token(Demo.PROVIDER_MANAGER),
				"{\"type\":\"DELIVERABLE\",\"title\":\"Runbook for the cut-over\"}");
		String item = created.body().get("id").asString();
		assertThat(api.post("/api/v1/work-items/" + item + "/submissions", token(Demo.PROVIDER_MANAGER), "{}").status())
			.isEqualTo(200);
		assertThat(api.post("/api/v1/work-items/" + item + "/acceptance", token(Demo.CLIENT_ADMIN), "{}").status())
			.isEqualTo(200);

		assertThat(api.get("/api/v1/work-items/" + item + "/satisfaction", token(Demo.CLIENT_ADMIN)).body()
			.get("mayRate").asBoolean()).isTrue();
		assertThat(rate(item, Demo.PROVIDER_MANAGER, "{\"rating\":5}").status()).isEqualTo(403);
		assertThat(answer(linkToken(item, Demo.CLIENT_ADMIN), "{\"rating\":5}").status()).isEqualTo(200);
		assertThat(kinds(item, Demo.CLIENT_ADMIN)).endsWith("RATED");
	}

	@Test
	void aTicketTheRequesterResolvesItselfAsksNobody() {
		Api.Response created = api.post("/api/v1/engagements/" + helpdesk + "/work-items", token(Demo.PROVIDER_AGENT),
				"{\"type\":\"TICKET\",\"ticketType\":\"PROBLEM\",\"title\":\"Recurring disk alerts\"}");
		String item = created.body().get("id").asString();
		assertThat(move(item, Demo.PROVIDER_AGENT, "RESOLVED").status()).isEqualTo(200);

		assertThat(api.get("/api/v1/work-items/" + item + "/satisfaction", token(Demo.PROVIDER_AGENT)).body()
			.get("status").asString()).isEqualTo("NONE");
		assertThat(rate(item, Demo.PROVIDER_AGENT, "{\"rating\":5}").status()).isEqualTo(409);
	}
}
