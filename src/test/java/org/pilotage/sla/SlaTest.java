package org.pilotage.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** What the SLA tests share: tokens of the demo users, an engagement of their own, tickets and their moves. */
abstract class SlaTest extends IntegrationTest {

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	String token(String email) {
		return TOKENS.computeIfAbsent(port + " " + email, key -> tokenFor(email));
	}

	/** A BPO engagement of Acme with Atlas made for the test, ACTIVE, without an SLA policy. */
	UUID newEngagement(String title) {
		UUID acme = jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(Demo.ACME).query(UUID.class).single();
		UUID atlas = jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(Demo.ATLAS).query(UUID.class).single();
		Api.Response created = api.post("/api/v1/engagements", token(Demo.CLIENT_ADMIN), """
				{"kind":"BPO","clientOrganizationId":"%s","providerOrganizationId":"%s","title":"%s",
				 "bpoFunction":"HELPDESK","startDate":"2026-01-01","renewalDate":"2027-01-01","noticeDays":90,
				 "renewalAlertDays":60,"currency":"EUR","monthlyFee":42000}""".formatted(acme, atlas, title));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		UUID id = UUID.fromString(created.body().get("id").asString());
		assertThat(api.post("/api/v1/engagements/" + id + "/status", token(Demo.CLIENT_ADMIN), "{\"status\":\"ACTIVE\"}")
			.status()).isEqualTo(200);
		return id;
	}

	Api.Response writePolicy(UUID engagement, String as, String body) {
		return api.call("PUT", "/api/v1/engagements/" + engagement + "/sla-policy").token(token(as)).json(body).send();
	}

	/** A ticket opened by the client's member: impact HIGH, urgency MEDIUM. */
	String ticket(UUID engagement, String title) {
		Api.Response created = api.post("/api/v1/engagements/" + engagement + "/work-items", token(Demo.CLIENT_MEMBER),
				"{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"" + title
						+ "\",\"impact\":\"HIGH\",\"urgency\":\"MEDIUM\"}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.body().get("id").asString();
	}

	void move(String item, String as, String status) {
		Api.Response moved = api.post("/api/v1/work-items/" + item + "/transitions", token(as),
				"{\"status\":\"" + status + "\"}");
		assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
	}

	void comment(String item, String as, String body) {
		Api.Response commented = api.post("/api/v1/work-items/" + item + "/comments", token(as),
				"{\"body\":\"" + body + "\"}");
		assertThat(commented.status()).as(commented.toString()).isEqualTo(201);
	}

	JsonNode clocks(String item, String as) {
		Api.Response clocks = api.get("/api/v1/work-items/" + item + "/sla", token(as));
		assertThat(clocks.status()).as(clocks.toString()).isEqualTo(200);
		return clocks.body();
	}
}
