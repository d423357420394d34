package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.WebSession;

import tools.jackson.databind.JsonNode;

/**
 * Dependency risk on each database, on data made through the API that is the fixture of
 * {@link OnePersonDoingMostOfTheWorkTest}: a client of its own subcontracts a mission to an agency whose three agents
 * are staffed on it; of the ten items resolved, eight were Amina's when they were last resolved (one of them handed to
 * her from Bruno, one resolved twice), one Bruno's (handed to Chloé after its resolution) and one nobody's; Amina
 * logged 1,200 minutes, Bruno 240, Chloé 60; two resolved items and an open one are linked to a runbook; the exit plan
 * is on file and nothing else. A second agency holds a smaller mission of the same client. The figures must be those
 * worked out by hand in the unit test, and each side must see them as its rules say.
 */
abstract class DependencyRiskContract extends KnowledgeRiskTest {

	private static final String PASSWORD = "risk-team-password";

	/** The team and its engagements, made once per running application. */
	record Team(UUID client, UUID agency, UUID secondAgency, UUID mission, UUID smallMission, String clientAdmin,
			String clientMember, String manager, String amina, String bruno, String chloe, String suffix,
			List<String> items) {
	}

	private static final Map<Integer, Team> TEAMS = new ConcurrentHashMap<>();

	private Team team;

	@BeforeEach
	void team() {
		team = TEAMS.computeIfAbsent(port, p -> build());
	}

	private Team build() {
		String admin = token(Demo.ADMIN);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UUID client = organization(admin, "Risk client " + suffix, "CLIENT");
		UUID agency = organization(admin, "Risk agency " + suffix, "PROVIDER");
		UUID secondAgency = organization(admin, "Risk second agency " + suffix, "PROVIDER");
		String clientAdmin = user(admin, client, "CLIENT_ADMIN", "risk-client-" + suffix).token();
		String clientMember = user(admin, client, "CLIENT_MEMBER", "risk-member-" + suffix).token();
		String manager = user(admin, agency, "PROVIDER_MANAGER", "risk-manager-" + suffix).token();
		Login amina = user(admin, agency, "PROVIDER_AGENT", "risk-amina-" + suffix);
		Login bruno = user(admin, agency, "PROVIDER_AGENT", "risk-bruno-" + suffix);
		Login chloe = user(admin, agency, "PROVIDER_AGENT", "risk-chloe-" + suffix);
		String aminaPerson = person(manager, agency, amina, "Amina Haddad " + suffix);
		String brunoPerson = person(manager, agency, bruno, "Bruno Lemaire " + suffix);
		String chloePerson = person(manager, agency, chloe, "Chloé Martin " + suffix);

		UUID mission = mission(clientAdmin, client, agency, "Risk mission " + suffix, "96000");
		UUID smallMission = mission(clientAdmin, client, secondAgency, "Risk small mission " + suffix, "24000");
		for (String person : List.of(aminaPerson, brunoPerson, chloePerson)) {
			ok(api.post("/api/v1/engagements/" + mission + "/staffing", manager, "{\"personId\":\"" + person
					+ "\",\"role\":\"Developer\",\"allocationPercent\":10,\"from\":\"2026-01-01\",\"to\":\"2026-12-31\"}"));
		}

		// eleven tickets: 0-7 Amina's at their resolution, 8 Bruno's, 9 nobody's, 10 open
		List<String> items = new ArrayList<>();
		for (int n = 0; n < 11; n++) {
			items.add(ok(api.post("/api/v1/engagements/" + mission + "/work-items", clientAdmin,
					"{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"Risk ticket " + n + "\"}")).get("id")
				.asString());
		}
		assign(manager, items.get(0), brunoPerson);
		for (int n = 0; n < 8; n++) {
			assign(manager, items.get(n), aminaPerson);
		}
		assign(manager, items.get(8), brunoPerson);
		assign(manager, items.get(10), aminaPerson);
		for (int n = 0; n < 10; n++) {
			transition(manager, items.get(n), "RESOLVED");
		}
		transition(clientAdmin, items.get(1), "OPEN");
		transition(manager, items.get(1), "RESOLVED");
		transition(clientAdmin, items.get(2), "CLOSED");
		assign(manager, items.get(8), chloePerson);

		LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(2);
		logTime(amina.token(), items.get(0), day, 1_200);
		logTime(bruno.token(), items.get(8), day, 240);
		logTime(chloe.token(), items.get(8), day, 60);

		String runbook = ok(api.post("/api/v1/engagements/" + mission + "/knowledge", manager,
				"{\"title\":\"Restart the order service\",\"body\":\"Steps\",\"kind\":\"RUNBOOK\"}")).get("id").asString();
		for (int n : new int[] { 0, 8, 10 }) {
			ok(api.post("/api/v1/work-items/" + items.get(n) + "/knowledge-links", manager,
					"{\"articleId\":\"" + runbook + "\"}"));
		}
		Api.Response plan = api.get("/api/v1/engagements/" + mission + "/exit-plan", clientAdmin);
		ok(api.call("PUT", "/api/v1/engagements/" + mission + "/exit-plan").token(clientAdmin)
			.header("If-Match", plan.header("ETag").orElseThrow())
			.json("{\"planOnFile\":true,\"lastRehearsal\":\"" + LocalDate.now(ZoneOffset.UTC).minusYears(2) + "\"}")
			.send());
		return new Team(client, agency, secondAgency, mission, smallMission, clientAdmin, clientMember, manager,
				amina.token(), bruno.token(), chloe.token(), suffix, items);
	}

	@Test
	void theFiguresOfATeamWhereOnePersonDidEightyPercentOfTheWorkAreThoseWorkedOutByHand() {
		Api.Response answer = api.get("/api/v1/engagements/" + team.mission() + "/risk", team.manager());
		JsonNode risk = ok(answer);
		JsonNode keyPerson = risk.get("keyPerson");

		assertThat(risk.get("days").asInt()).isEqualTo(365);
		assertThat(risk.get("to").asString()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
		assertThat(keyPerson.get("resolvedItems").asInt()).isEqualTo(10);
		assertThat(keyPerson.get("unassignedItems").asInt()).isEqualTo(1);
		assertThat(keyPerson.get("topByItems").asString()).isEqualTo("Amina Haddad " + team.suffix());
		assertThat(keyPerson.get("topItemsShare").decimalValue()).isEqualByComparingTo("80.00");
		assertThat(keyPerson.get("peopleForHalf").asInt()).isEqualTo(1);
		assertThat(keyPerson.get("loggedMinutes").asLong()).isEqualTo(1_500);
		assertThat(keyPerson.get("topByTime").asString()).isEqualTo("Amina Haddad " + team.suffix());
		assertThat(keyPerson.get("topTimeShare").decimalValue()).isEqualByComparingTo("80.00");
		List<Object> people = new ArrayList<>();
		keyPerson.get("people").forEach(p -> people.add(tuple(p.get("person").asString(), p.get("items").asInt(),
				number(p.get("itemsShare")), p.get("minutes").asLong(), number(p.get("timeShare")))));
		assertThat(people).containsExactly(tuple("Amina Haddad " + team.suffix(), 8, "80", 1_200L, "80"),
				tuple("Bruno Lemaire " + team.suffix(), 1, "10", 240L, "16"),
				tuple("Chloé Martin " + team.suffix(), 0, "0", 60L, "4"));
		assertThat(keyPerson.get("people").get(0).hasNonNull("personId")).isTrue();

		assertThat(risk.get("knowledge").get("resolvedItems").asInt()).isEqualTo(10);
		assertThat(risk.get("knowledge").get("linkedItems").asInt()).isEqualTo(2);
		assertThat(risk.get("knowledge").get("percent").decimalValue()).isEqualByComparingTo("20.00");
		assertThat(risk.get("exitReadiness").get("score").asInt()).isEqualTo(25);
		assertThat(risk.get("exitReadiness").get("planOnFile").asBoolean()).isTrue();
		assertThat(risk.get("exitReadiness").get("recentRehearsal").asBoolean()).isFalse();
		assertThat(risk.get("thresholds").get("keyPersonWarning").asInt()).isEqualTo(50);

		List<Object> warnings = new ArrayList<>();
		risk.get("warnings").forEach(w -> warnings.add(tuple(w.get("code").asString(), w.get("level").asString(),
				number(w.get("value")), w.get("threshold").asInt())));
		assertThat(warnings).containsExactly(tuple("key-person-items", "CRITICAL", "80", 75),
				tuple("key-person-time", "CRITICAL", "80", 75), tuple("knowledge-coverage", "WARNING", "20", 30),
				tuple("exit-readiness", "WARNING", "25", 50));
		assertThat(risk.get("warnings").get(0).get("message").asString())
			.isEqualTo("One person resolved 80 % of the items (threshold 75 %).");
		assertThat(risk.get("warnings").get(0).get("messageKey").asString())
			.isEqualTo("governance.risk.warning.key-person-items");

		// a window of today alone leaves out the time logged two days ago: no share of time, no warning about it
		JsonNode today = ok(api.get("/api/v1/engagements/" + team.mission() + "/risk?days=1", team.manager()));
		assertThat(today.get("days").asInt()).isEqualTo(1);
		assertThat(today.get("keyPerson").get("loggedMinutes").asLong()).isZero();
		assertThat(today.get("keyPerson").has("topTimeShare")).isFalse();
		assertThat(today.get("warnings").findValuesAsString("code")).doesNotContain("key-person-time");
	}

	@Test
	void theClientReadsTheSameSharesWithThePeopleItMayKnowByPseudonymAndNobodysTime() {
		for (String client : List.of(team.clientAdmin(), team.clientMember())) {
			Api.Response answer = api.get("/api/v1/engagements/" + team.mission() + "/risk", client);
			JsonNode keyPerson = ok(answer).get("keyPerson");

			assertThat(keyPerson.get("topByItems").asString()).isEqualTo("Developer A");
			assertThat(keyPerson.get("topItemsShare").decimalValue()).isEqualByComparingTo("80.00");
			assertThat(keyPerson.get("topTimeShare").decimalValue()).isEqualByComparingTo("80.00");
			assertThat(keyPerson.has("topByTime")).isFalse();
			assertThat(keyPerson.get("people").findValuesAsString("person")).containsExactly("Developer A",
					"Developer B");
			assertThat(keyPerson.get("people").get(0).has("personId")).isFalse();
			assertThat(keyPerson.get("people").get(0).has("minutes")).isFalse();
			assertThat(answer.text()).doesNotContain("Amina", "Bruno", "Chlo", "risk-amina", team.suffix() + "@");
			assertThat(ok(answer).get("warnings")).hasSize(4);
		}
		// a freelancer staffed elsewhere, and the second agency's side, know nothing of it
		assertThat(api.get("/api/v1/engagements/" + team.mission() + "/risk", token(Demo.FREELANCER)).status())
			.isEqualTo(404);
		assertThat(api.get("/api/v1/engagements/" + team.mission() + "/risk", token(Demo.CLIENT_ADMIN)).status())
			.isEqualTo(404);
	}

	@Test
	void aClientSpendingEightyPercentWithOneAgencyIsWarnedOfItsVendorConcentration() {
		Api.Response answer = api.get("/api/v1/organizations/" + team.client() + "/risk", team.clientMember());
		JsonNode risk = ok(answer);

		assertThat(risk.get("organization").asString()).isEqualTo("Risk client " + team.suffix());
		assertThat(risk.get("vendors")).hasSize(1);
		JsonNode euros = risk.get("vendors").get(0);
		assertThat(euros.get("currency").asString()).isEqualTo("EUR");
		assertThat(euros.get("totalSpend").decimalValue()).isEqualByComparingTo("120000");
		assertThat(euros.get("topShare").decimalValue()).isEqualByComparingTo("80.00");
		assertThat(euros.get("providers").findValuesAsString("providerId")).containsExactly(team.agency().toString(),
				team.secondAgency().toString());
		assertThat(euros.get("providers").get(1).get("share").decimalValue()).isEqualByComparingTo("20.00");
		assertThat(risk.get("warnings")).hasSize(1);
		assertThat(risk.get("warnings").get(0).get("code").asString()).isEqualTo("vendor-concentration");
		assertThat(risk.get("warnings").get(0).get("level").asString()).isEqualTo("WARNING");
		assertThat(risk.get("warnings").get(0).get("threshold").asInt()).isEqualTo(70);
		assertThat(risk.get("engagements").findValuesAsString("engagementId"))
			.containsExactlyInAnyOrder(team.mission().toString(), team.smallMission().toString());
		for (JsonNode summary : risk.get("engagements")) {
			if (summary.get("engagementId").asString().equals(team.mission().toString())) {
				assertThat(summary.get("spend").decimalValue()).isEqualByComparingTo("96000");
				assertThat(summary.get("topItemsShare").decimalValue()).isEqualByComparingTo("80.00");
				assertThat(summary.get("knowledgeCoverage").decimalValue()).isEqualByComparingTo("20.00");
				assertThat(summary.get("exitReadiness").asInt()).isEqualTo(25);
				assertThat(summary.get("warnings")).hasSize(4);
			}
		}
		assertThat(answer.text()).doesNotContain("Amina", "Bruno", "Chlo");

		// in French, through the reader's language
		JsonNode french = ok(api.call("GET", "/api/v1/organizations/" + team.client() + "/risk")
			.token(team.clientAdmin())
			.header("Accept-Language", "fr")
			.send());
		assertThat(french.get("warnings").get(0).get("message").asString())
			.isEqualTo("80 % des dépenses vont à un seul prestataire (seuil 70 %).");

		// the platform's administrators read it; the agency, another client and a stranger get 404
		assertThat(api.get("/api/v1/organizations/" + team.client() + "/risk", token(Demo.ADMIN)).status())
			.isEqualTo(200);
		for (String stranger : List.of(team.manager(), token(Demo.CLIENT_ADMIN), token(Demo.AUDITOR))) {
			assertThat(api.get("/api/v1/organizations/" + team.client() + "/risk", stranger).status()).isEqualTo(404);
		}
		assertThat(api.get("/api/v1/organizations/" + team.agency() + "/risk", team.manager()).status())
			.isEqualTo(404);
		assertThat(api.get("/api/v1/organizations/" + UUID.randomUUID() + "/risk", token(Demo.ADMIN)).status())
			.isEqualTo(404);
	}

	@Test
	void aBadWindowIsNamedInOneProblem() {
		for (String days : List.of("0", "3651", "-5")) {
			Api.Response bad = api.get("/api/v1/engagements/" + team.mission() + "/risk?days=" + days, team.manager());
			assertThat(bad.status()).as(days).isEqualTo(400);
			assertThat(bad.isProblem()).isTrue();
			assertThat(bad.body().get("errors").findValuesAsString("field")).containsExactly("days");
		}
		assertThat(api.get("/api/v1/engagements/" + team.mission() + "/risk?days=year", team.manager()).status())
			.isEqualTo(400);
		assertThat(api.get("/api/v1/organizations/" + team.client() + "/risk?days=0", team.clientAdmin()).status())
			.isEqualTo(400);
		// a caller that may not see the engagement learns nothing about it, not even that its window is bad
		assertThat(api.get("/api/v1/engagements/" + team.mission() + "/risk?days=0", token(Demo.FREELANCER))
			.status()).isEqualTo(404);
	}

	@Test
	void theRiskPageShowsTheFiguresTheThresholdsAndTheWarningsToEachSide() {
		String path = "/engagements/" + team.mission() + "/risk";
		WebSession manager = WebSession.signIn(api.base(), "risk-manager-" + team.suffix() + "@risk.test", PASSWORD);
		WebSession.Page page = manager.get(path + "?lang=en");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("data-code=\"key-person-items\" data-level=\"CRITICAL\"",
				"One person resolved 80 % of the items (threshold 75 %).", "Critical", "Warning",
				"Amina Haddad " + team.suffix() + ": 80 %", "25 / 100", "20 %",
				"a warning above 50 %, critical above 75 %", "Chloé Martin " + team.suffix());

		WebSession client = WebSession.signIn(api.base(), "risk-client-" + team.suffix() + "@risk.test", PASSWORD);
		WebSession.Page french = client.get(path + "?lang=fr");
		assertThat(french.status()).isEqualTo(200);
		assertThat(french.body()).contains("Risque de dépendance", "Une personne a résolu 80 % des éléments",
				"Developer A : 80 %", "Critique").doesNotContain("Amina", "Bruno", "Chlo");

		WebSession.Page bad = manager.get(path + "?days=x&lang=en");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("data-field-error=\"days\"", "from 1 to 3,650");
		WebSession freelancer = WebSession.signIn(api.base(), Demo.FREELANCER, Demo.PASSWORD);
		assertThat(freelancer.get(path).status()).isEqualTo(404);
		// the engagement's page leads there
		assertThat(manager.get("/engagements/" + team.mission()).body()).contains("href=\"" + path + "\"");
	}

	/** A figure as written, without trailing zeros (the JSON reader reads decimals as doubles). */
	private static String number(JsonNode figure) {
		return figure.decimalValue().stripTrailingZeros().toPlainString();
	}

	// The team's making

	private record Login(String id, String email, String token) {
	}

	private UUID organization(String admin, String name, String kind) {
		return UUID.fromString(ok(api.post("/api/v1/organizations", admin, "{\"name\":\"" + name + "\",\"kind\":\""
				+ kind + "\",\"country\":\"FR\",\"timeZone\":\"Europe/Paris\"}")).get("id").asString());
	}

	private Login user(String admin, UUID organization, String role, String name) {
		String email = name + "@risk.test";
		String id = ok(api.post("/api/v1/users", admin, "{\"email\":\"" + email + "\",\"displayName\":\"" + name
				+ "\",\"password\":\"" + PASSWORD + "\",\"organizationId\":\"" + organization + "\",\"role\":\"" + role
				+ "\"}")).get("id").asString();
		return new Login(id, email, api.tokenFor(email, PASSWORD));
	}

	/** A person of the agency linked to the login, available all of 2026 and 2027. */
	private String person(String manager, UUID agency, Login login, String name) {
		Api.Response created = api.post("/api/v1/people", manager, "{\"organizationId\":\"" + agency + "\",\"userId\":\""
				+ login.id() + "\",\"displayName\":\"" + name + "\",\"email\":\"" + login.email()
				+ "\",\"seniority\":\"SENIOR\",\"dayRate\":500,\"currency\":\"EUR\",\"zone\":\"Europe/Paris\","
				+ "\"workStart\":\"09:00\",\"workEnd\":\"18:00\",\"languages\":[\"fr\"],\"skills\":[\"java\"]}");
		String id = ok(created).get("id").asString();
		ok(api.call("PUT", "/api/v1/people/" + id + "/availability")
			.token(manager)
			.header("If-Match", created.header("ETag").orElseThrow())
			.json("{\"periods\":[{\"from\":\"2026-01-01\",\"to\":\"2027-12-31\",\"allocationPercent\":100}]}")
			.send());
		return id;
	}

	/** A subcontracting mission of 2026 budgeted {@code budget} EUR, active. */
	private UUID mission(String clientAdmin, UUID client, UUID agency, String title, String budget) {
		UUID id = UUID.fromString(ok(api.post("/api/v1/engagements", clientAdmin, """
				{"kind":"SUBCONTRACTING","clientOrganizationId":"%s","providerOrganizationId":"%s","title":"%s",
				 "scope":"Order platform","startDate":"2026-01-01","endDate":"2026-12-31","currency":"EUR",
				 "budget":%s}""".formatted(client, agency, title, budget))).get("id").asString());
		ok(api.post("/api/v1/engagements/" + id + "/status", clientAdmin, "{\"status\":\"ACTIVE\"}"));
		return id;
	}

	private void assign(String manager, String item, String person) {
		ok(api.call("PUT", "/api/v1/work-items/" + item + "/assignee").token(manager)
			.json("{\"personId\":\"" + person + "\"}")
			.send());
	}

	private void transition(String as, String item, String status) {
		ok(api.post("/api/v1/work-items/" + item + "/transitions", as, "{\"status\":\"" + status + "\"}"));
	}

	private void logTime(String as, String item, LocalDate day, int minutes) {
		ok(api.post("/api/v1/work-items/" + item + "/time-entries", as,
				"{\"date\":\"" + day + "\",\"minutes\":" + minutes + "}"));
	}
}
