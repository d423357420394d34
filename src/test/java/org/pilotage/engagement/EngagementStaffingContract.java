package org.pilotage.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;

import tools.jackson.databind.JsonNode;

/**
 * Staffing over the API, on each database: the agency staffs people of its pool within their free time and the
 * engagement's dates; each side reads the staffing in its own shape; pseudonyms stay with their person. Test
 * engagements and people are created per test (a fresh person has only the availability the test gives it), so
 * the demo's own staffing is only read.
 */
abstract class EngagementStaffingContract extends EngagementTest {

	private UUID engagement;

	private UUID person;

	@BeforeEach
	void activeMissionAndAFreshPerson() {
		engagement = create(subcontracting(acme, atlas));
		moveAlong(engagement, "ACTIVE");
		person = newPerson("Rim " + UUID.randomUUID().toString().substring(0, 6), 100);
	}

	// The demo chain, as each side reads it

	@Test
	void theClientReadsTheDemoMissionWithPseudonymsOnly() {
		UUID mission = demo(EngagementDemoData.MISSION);
		for (String email : List.of(Demo.CLIENT_ADMIN, Demo.CLIENT_MEMBER, Demo.AUDITOR)) {
			Api.Response view = api.get("/api/v1/engagements/" + mission, token(email));
			Api.Response staffing = api.get("/api/v1/engagements/" + mission + "/staffing", token(email));

			assertThat(view.status()).as(email).isEqualTo(200);
			assertThat(texts(view.body().get("staffing"), "pseudonym")).as(email)
				.containsExactly("Developer A", "Developer B");
			assertThat(view.body().get("team")).as(email).isEmpty();
			assertThat(texts(staffing.body(), "pseudonym")).containsExactly("Developer A", "Developer B");
			for (Api.Response response : List.of(view, staffing)) {
				assertThat(response.text()).as(email)
					.doesNotContain(Demo.YASMINE, "Benali", "Yasmine", Demo.FREELANCER, Demo.ANDREI, "Popescu",
							Demo.FREELANCER_2, "personId", "dayRate\":450", "2400.00", "margin");
			}
		}
	}

	@Test
	void theClientWorksWithTheNamedHelpdeskTeamButNeverSeesTheirRates() {
		UUID helpdesk = demo(EngagementDemoData.HELPDESK);
		JsonNode view = api.get("/api/v1/engagements/" + helpdesk, token(Demo.CLIENT_MEMBER)).body();

		assertThat(texts(view.get("team"), "name")).containsExactly(Demo.NADIA, Demo.SALMA, Demo.OMAR, Demo.YOUSSEF);
		assertThat(texts(view.get("team"), "email")).contains(Demo.PROVIDER_AGENT);
		assertThat(view.get("staffing")).isEmpty();
		assertThat(view.get("team").toString()).doesNotContain("dayRate", "margin", "personId", "2200.00", "1800.00");
	}

	@Test
	void theAgencySeesNamesRatesAndMargins() {
		UUID mission = demo(EngagementDemoData.MISSION);
		JsonNode staffing = api.get("/api/v1/engagements/" + mission + "/staffing", token(Demo.PROVIDER_AGENT)).body();

		assertThat(texts(staffing, "name")).containsExactly(Demo.YASMINE, Demo.ANDREI);
		assertThat(texts(staffing, "pseudonym")).containsExactly("Developer A", "Developer B");
		JsonNode yasmine = staffing.get(0);
		assertThat(yasmine.get("personDayRate").decimalValue()).isEqualByComparingTo("450");
		assertThat(yasmine.get("contractDayRate").decimalValue()).isEqualByComparingTo("620");
		assertThat(yasmine.get("margin").decimalValue()).isEqualByComparingTo("170");
		// Andrei is paid in RON and the mission is in EUR: no margin pretends to be exact
		assertThat(staffing.get(1).get("personCurrency").asString()).isEqualTo("RON");
		assertThat(staffing.get(1).has("margin")).isFalse();
	}

	@Test
	void aStaffedFreelancerSeesItsMissionAndOwnAssignmentButNoMoneyAndNotTheHelpdesk() {
		UUID mission = demo(EngagementDemoData.MISSION);
		UUID helpdesk = demo(EngagementDemoData.HELPDESK);
		JsonNode list = api.get("/api/v1/engagements?size=200", token(Demo.FREELANCER)).body();
		Api.Response view = api.get("/api/v1/engagements/" + mission, token(Demo.FREELANCER));

		assertThat(texts(list.get("items"), "id")).contains(mission.toString()).doesNotContain(helpdesk.toString());
		assertThat(view.body().get("audience").asString()).isEqualTo("FREELANCER");
		assertThat(texts(view.body().get("assignments"), "pseudonym")).containsExactly("Developer A");
		assertThat(view.text()).doesNotContain("budget", "96000.00", "monthlyFee", "620.00", "margin", Demo.ANDREI);
		assertThat(api.get("/api/v1/engagements/" + helpdesk, token(Demo.FREELANCER)).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/engagements/" + helpdesk + "/staffing", token(Demo.FREELANCER)).status())
			.isEqualTo(404);
	}

	// Staffing rules

	@Test
	void theAgencyStaffsWithinThePersonsFreeTime() {
		Api.Response staffed = staff(person, 60, "2026-04-01", "2026-04-30");
		Api.Response beyond = staff(person, 50, "2026-04-15", "2026-05-15");

		assertThat(staffed.status()).as(staffed.toString()).isEqualTo(201);
		assertThat(staffed.body().get("pseudonym").asString()).isEqualTo("Developer A");
		assertThat(beyond.status()).as(beyond.toString()).isEqualTo(409);
		assertThat(beyond.isProblem()).isTrue();
		assertThat(beyond.body().get("code").asString()).isEqualTo("over-allocated");
		assertThat(beyond.body().get("detail").asString()).contains("2026-04-15").contains("40");
		assertThat(rows(engagement)).isEqualTo(1);
		assertThat(staff(person, 40, "2026-04-15", "2026-05-15").status()).isEqualTo(201);
	}

	@Test
	void aPeriodOutsideTheEngagementOrAPersonOutsideThePoolIsUnprocessable() {
		Api.Response before = staff(person, 10, "2026-02-01", "2026-03-31");
		Tenant otherAgency = Tenant.create(api, token(Demo.ADMIN), "PROVIDER", "PROVIDER_MANAGER");
		Api.Response stranger = api.post("/api/v1/people", otherAgency.token(api), personBody("Outsider", otherAgency.id()));
		assertThat(stranger.status()).as(stranger.toString()).isEqualTo(201);
		Api.Response outsider = staff(UUID.fromString(stranger.body().get("id").asString()), 10, "2026-04-01",
				"2026-04-30");

		assertThat(before.status()).isEqualTo(422);
		assertThat(before.body().get("code").asString()).isEqualTo("outside-engagement");
		assertThat(outsider.status()).isEqualTo(422);
		assertThat(outsider.body().get("code").asString()).isEqualTo("not-in-pool");
		assertThat(rows(engagement)).isZero();
	}

	@Test
	void everyBadFieldIsNamedAtOnce() {
		Api.Response bad = api.post("/api/v1/engagements/" + engagement + "/staffing", token(Demo.PROVIDER_MANAGER),
				"{\"role\":\" \",\"allocationPercent\":120,\"from\":\"2026-05-01\",\"to\":\"2026-04-01\"}");
		Api.Response malformed = api.post("/api/v1/engagements/" + engagement + "/staffing",
				token(Demo.PROVIDER_MANAGER), "{\"personId\":\"not-a-uuid\",\"from\":\"yesterday\"}");

		assertThat(bad.status()).isEqualTo(400);
		assertThat(texts(bad.body().get("errors"), "field")).containsExactlyInAnyOrder("personId", "role",
				"allocationPercent", "to");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.isProblem()).isTrue();
	}

	@Test
	void onlyTheAgencysManagersStaffAndOthersLearnNothing() {
		Tenant otherClient = Tenant.create(api, token(Demo.ADMIN), "CLIENT", "CLIENT_ADMIN");
		String body = staffingBody(person, 10, "2026-04-01", "2026-04-30");

		for (String email : List.of(Demo.CLIENT_ADMIN, Demo.CLIENT_MEMBER, Demo.PROVIDER_AGENT, Demo.AUDITOR,
				Demo.ADMIN)) {
			assertThat(api.post(path(), token(email), body).status()).as(email).isEqualTo(403);
		}
		assertThat(api.post(path(), token(Demo.FREELANCER), body).status()).isEqualTo(404);
		assertThat(api.post(path(), otherClient.token(api), body).status()).isEqualTo(404);
		assertThat(api.get(path(), otherClient.token(api)).status()).isEqualTo(404);
		assertThat(rows(engagement)).isZero();
	}

	@Test
	void aPersonKeepsItsPseudonymAndLettersAreNeverReused() {
		UUID second = newPerson("Second " + UUID.randomUUID().toString().substring(0, 6), 100);
		UUID first = UUID.fromString(staff(person, 20, "2026-04-01", "2026-04-30").body().get("id").asString());
		assertThat(staff(second, 20, "2026-04-01", "2026-04-30").body().get("pseudonym").asString())
			.isEqualTo("Developer B");

		assertThat(api.call("DELETE", path() + "/" + first).token(token(Demo.PROVIDER_MANAGER)).send().status())
			.isEqualTo(204);
		UUID third = newPerson("Third " + UUID.randomUUID().toString().substring(0, 6), 100);

		assertThat(staff(third, 20, "2026-04-01", "2026-04-30").body().get("pseudonym").asString())
			.isEqualTo("Developer C");
		assertThat(staff(person, 20, "2026-06-01", "2026-06-30").body().get("pseudonym").asString())
			.isEqualTo("Developer A");
	}

	@Test
	void aChangeNeedsTheCurrentVersionAndTheFreeTime() {
		Api.Response staffed = staff(person, 50, "2026-04-01", "2026-04-30");
		String id = staffed.body().get("id").asString();
		String etag = staffed.header("ETag").orElseThrow();

		Api.Response stale = change(id, "\"5\"", 60);
		Api.Response tooMuch = change(id, etag, 120);
		Api.Response beyond = changeOnOtherEngagementFirst(id, etag);

		assertThat(stale.status()).isEqualTo(412);
		assertThat(tooMuch.status()).isEqualTo(400);
		assertThat(beyond.status()).as(beyond.toString()).isEqualTo(409);
		assertThat(change(id, etag, 60).status()).isEqualTo(200);
	}

	@Test
	void closingAnEngagementGivesItsPeopleTheirTimeBack() {
		assertThat(staff(person, 100, "2026-04-01", "2026-04-30").status()).isEqualTo(201);
		UUID next = create(subcontracting(acme, atlas));
		moveAlong(next, "ACTIVE");
		assertThat(staffOn(next, person, 100, "2026-04-01", "2026-04-30").status()).isEqualTo(409);

		moveAlong(engagement, "CLOSED");

		assertThat(staffOn(next, person, 100, "2026-04-01", "2026-04-30").status()).isEqualTo(201);
		assertThat(api.get(path(), token(Demo.PROVIDER_MANAGER)).body()).hasSize(1);
		assertThat(staff(person, 10, "2026-05-01", "2026-05-31").status()).isEqualTo(409);
	}

	@Test
	void staffingIsAudited() {
		String id = staff(person, 30, "2026-04-01", "2026-04-30").body().get("id").asString();
		api.call("DELETE", path() + "/" + id).token(token(Demo.PROVIDER_MANAGER)).send();

		assertThat(audited("engagement.staffing-added", engagement)).isEqualTo(1);
		assertThat(audited("engagement.staffing-released", engagement)).isEqualTo(1);
	}

	// Helpers

	private Api.Response changeOnOtherEngagementFirst(String id, String etag) {
		UUID other = create(subcontracting(acme, atlas));
		moveAlong(other, "ACTIVE");
		assertThat(staffOn(other, person, 40, "2026-04-01", "2026-04-30").status()).isEqualTo(201);
		return change(id, etag, 70);
	}

	private Api.Response change(String id, String etag, int allocation) {
		return api.call("PUT", path() + "/" + id)
			.token(token(Demo.PROVIDER_MANAGER))
			.header("If-Match", etag)
			.json("{\"role\":\"Senior developer\",\"allocationPercent\":" + allocation
					+ ",\"from\":\"2026-04-01\",\"to\":\"2026-04-30\"}")
			.send();
	}

	private String path() {
		return "/api/v1/engagements/" + engagement + "/staffing";
	}

	private Api.Response staff(UUID who, int allocation, String from, String to) {
		return staffOn(engagement, who, allocation, from, to);
	}

	private Api.Response staffOn(UUID on, UUID who, int allocation, String from, String to) {
		return api.post("/api/v1/engagements/" + on + "/staffing", token(Demo.PROVIDER_MANAGER),
				staffingBody(who, allocation, from, to));
	}

	private static String staffingBody(UUID who, int allocation, String from, String to) {
		return "{\"personId\":\"" + who + "\",\"role\":\"Senior developer\",\"allocationPercent\":" + allocation
				+ ",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
	}

	/** A person of Atlas, available the whole of 2026 at {@code percent}. */
	private UUID newPerson(String name, int percent) {
		Api.Response created = api.post("/api/v1/people", token(Demo.PROVIDER_MANAGER), personBody(name, atlas));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.body().get("id").asString();
		Api.Response availability = api.call("PUT", "/api/v1/people/" + id + "/availability")
			.token(token(Demo.PROVIDER_MANAGER))
			.header("If-Match", created.header("ETag").orElseThrow())
			.json("{\"periods\":[{\"from\":\"2026-01-01\",\"to\":\"2026-12-31\",\"allocationPercent\":" + percent + "}]}")
			.send();
		assertThat(availability.status()).as(availability.toString()).isEqualTo(200);
		return UUID.fromString(id);
	}

	private static String personBody(String name, UUID organization) {
		String email = name.toLowerCase().replace(' ', '.') + "@people.test";
		return "{\"organizationId\":\"" + organization + "\",\"displayName\":\"" + name + "\",\"email\":\"" + email
				+ "\",\"seniority\":\"SENIOR\",\"dayRate\":500,\"currency\":\"EUR\",\"zone\":\"Africa/Casablanca\","
				+ "\"workStart\":\"09:00\",\"workEnd\":\"18:00\",\"languages\":[\"fr\"],\"skills\":[\"java\"]}";
	}

	private UUID demo(String title) {
		return jdbc.sql("SELECT id FROM engagements WHERE title = :title").param("title", title)
			.query(UUID.class).single();
	}

	private long rows(UUID on) {
		return jdbc.sql("SELECT COUNT(*) FROM engagement_staffing WHERE engagement_id = :id").param("id", on)
			.query(Long.class).single();
	}
}
