package org.pilotage.engagement;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the engagement tests share: the demo parties (Acme, the client; Atlas, the agency), a token per demo user
 * (kept for the shared context, since issuing one hashes a password), and engagements created over the API.
 */
abstract class EngagementTest extends IntegrationTest {

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	@Autowired
	CountedOpenWork openWork;

	UUID acme;

	UUID atlas;

	@BeforeEach
	void demoParties() {
		acme = organization(Demo.ACME);
		atlas = organization(Demo.ATLAS);
	}

	UUID organization(String name) {
		return jdbc.sql("SELECT id FROM organizations WHERE name = :name").param("name", name)
			.query(UUID.class).single();
	}

	String token(String email) {
		return TOKENS.computeIfAbsent(port + " " + email, key -> tokenFor(email));
	}

	static String subcontracting(UUID client, UUID provider) {
		return """
				{"kind":"SUBCONTRACTING","clientOrganizationId":"%s","providerOrganizationId":"%s",
				 "title":"ERP migration","scope":"Move the ERP to the cloud","deliverablesSummary":"Plan, pilot, cut-over",
				 "startDate":"2026-03-02","endDate":"2026-09-30","currency":"EUR","budget":180000,
				 "rates":[{"role":"Senior developer","dayRate":650},{"role":"Architect","dayRate":820.5}]}"""
			.formatted(client, provider);
	}

	static String bpo(UUID client, UUID provider) {
		return """
				{"kind":"BPO","clientOrganizationId":"%s","providerOrganizationId":"%s","title":"Service desk",
				 "bpoFunction":"HELPDESK","startDate":"2026-01-01","renewalDate":"2027-01-01","noticeDays":90,
				 "renewalAlertDays":60,"currency":"EUR","monthlyFee":42000}""".formatted(client, provider);
	}

	static String hybrid(UUID client, UUID provider) {
		return """
				{"kind":"HYBRID","clientOrganizationId":"%s","providerOrganizationId":"%s","title":"Run and build",
				 "bpoFunction":"APPLICATION_MAINTENANCE","startDate":"2026-02-01","endDate":"2026-12-31",
				 "renewalDate":"2026-12-01","noticeDays":60,"currency":"MAD","budget":900000,"monthlyFee":120000}"""
			.formatted(client, provider);
	}

	/** A draft with only what every engagement needs, so activating it lacks the kind's terms. */
	static String bareDraft(String kind, UUID client, UUID provider) {
		return """
				{"kind":"%s","clientOrganizationId":"%s","providerOrganizationId":"%s","title":"Bare %s",
				 "currency":"EUR"}""".formatted(kind, client, provider, kind);
	}

	/** Creates an engagement as the demo client administrator and answers its id. */
	UUID create(String body) {
		return create(token(Demo.CLIENT_ADMIN), body);
	}

	UUID create(String token, String body) {
		Api.Response created = api.post("/api/v1/engagements", token, body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return UUID.fromString(created.body().get("id").asString());
	}

	Api.Response move(UUID id, String status, String reason) {
		return move(token(Demo.CLIENT_ADMIN), id, status, reason);
	}

	Api.Response move(String token, UUID id, String status, String reason) {
		String body = reason == null ? "{\"status\":\"" + status + "\"}"
				: "{\"status\":\"" + status + "\",\"reason\":\"" + reason + "\"}";
		return api.post("/api/v1/engagements/" + id + "/status", token, body);
	}

	/** Moves the engagement along, failing the test unless every step is accepted. */
	void moveAlong(UUID id, String... statuses) {
		for (String status : statuses) {
			Api.Response moved = move(id, status, status.equals("SUSPENDED") ? "Budget review" : null);
			assertThat(moved.status()).as(status + ": " + moved).isEqualTo(200);
		}
	}

	String storedStatus(UUID id) {
		return jdbc.sql("SELECT status FROM engagements WHERE id = :id").param("id", id).query(String.class).single();
	}

	long storedVersion(UUID id) {
		return jdbc.sql("SELECT version FROM engagements WHERE id = :id").param("id", id).query(Long.class).single();
	}

	long audited(String action, UUID id) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE action = :action AND target_id = :id")
			.param("action", action)
			.param("id", id.toString())
			.query(Long.class)
			.single();
	}

	static java.util.List<String> texts(JsonNode array, String field) {
		java.util.List<String> values = new java.util.ArrayList<>();
		array.forEach(node -> values.add(field == null ? node.asString() : node.get(field).asString()));
		return values;
	}
}
