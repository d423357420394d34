package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * What the knowledge base's and the dependency risk's tests share: tokens, an engagement of their own between the
 * demo's client and agency, tickets and their moves, articles.
 */
abstract class KnowledgeRiskTest extends IntegrationTest {

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	String token(String email) {
		return TOKENS.computeIfAbsent(port + " " + email, key -> tokenFor(email));
	}

	UUID organization(String name) {
		return jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(name).query(UUID.class).single();
	}

	/** A BPO engagement of Acme with Atlas made for the test, ACTIVE. */
	UUID newEngagement(String title) {
		Api.Response created = api.post("/api/v1/engagements", token(Demo.CLIENT_ADMIN), """
				{"kind":"BPO","clientOrganizationId":"%s","providerOrganizationId":"%s","title":"%s",
				 "bpoFunction":"HELPDESK","startDate":"2026-01-01","renewalDate":"2027-01-01","noticeDays":90,
				 "renewalAlertDays":60,"currency":"EUR","monthlyFee":42000}"""
			.formatted(organization(Demo.ACME), organization(Demo.ATLAS), title));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		UUID id = UUID.fromString(created.body().get("id").asString());
		assertThat(api.post("/api/v1/engagements/" + id + "/status", token(Demo.CLIENT_ADMIN), "{\"status\":\"ACTIVE\"}")
			.status()).isEqualTo(200);
		return id;
	}

	/** A ticket opened by {@code as}. */
	String ticket(UUID engagement, String as, String title) {
		Api.Response created = api.post("/api/v1/engagements/" + engagement + "/work-items", token(as),
				"{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"" + title + "\"}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.body().get("id").asString();
	}

	void move(String item, String as, String status) {
		Api.Response moved = api.post("/api/v1/work-items/" + item + "/transitions", token(as),
				"{\"status\":\"" + status + "\"}");
		assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
	}

	Api.Response writeArticle(UUID engagement, String as, String body) {
		return api.post("/api/v1/engagements/" + engagement + "/knowledge", token(as), body);
	}

	/** An article written by {@code as}; its id. */
	String article(UUID engagement, String as, String title, String kind, String tags) {
		Api.Response created = writeArticle(engagement, as, "{\"title\":\"" + title + "\",\"body\":\"How to " + title
				+ "\",\"kind\":\"" + kind + "\",\"tags\":[" + tags + "]}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.body().get("id").asString();
	}

	Api.Response link(String item, String as, String article) {
		return api.post("/api/v1/work-items/" + item + "/knowledge-links", token(as),
				"{\"articleId\":\"" + article + "\"}");
	}

	JsonNode ok(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isBetween(200, 201);
		return response.body();
	}
}
