package org.pilotage.talent;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People over the API, on each database: a provider manager manages its people, its agents and attached
 * auditors only read them, a freelancer edits its own profile only, client users see no one. What the caller
 * may not see answers 404 like an unknown id; what it reads but may not change 403; every refused write is
 * checked against the database.
 */
abstract class PeopleApiContract extends IntegrationTest {

	private TalentRows rows;

	private String manager;

	private UUID atlas;

	@BeforeEach
	void atlas() {
		rows = new TalentRows(jdbc);
		manager = tokenFor(Demo.PROVIDER_MANAGER);
		atlas = rows.organization(Demo.ATLAS);
	}

	@Test
	void aManagerAddsReadsAndChangesAPersonWithIfMatch() {
		String tag = TalentRows.tag();
		var created = api.post("/api/v1/people", manager,
				TalentRows.profile("Ines Haddad", "Africa/Casablanca", "300", "EUR", tag, ""));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("ETag")).contains("\"0\"");
		assertThat(created.header("Location")).get().asString().startsWith("/api/v1/people/");
		JsonNode body = created.body();
		UUID id = UUID.fromString(body.get("id").asString());
		assertThat(body.get("organizationId").asString()).isEqualTo(atlas.toString());
		assertThat(body.get("skills").toString()).isEqualTo("[\"scrum\"]");
		assertThat(body.get("tags").toString()).isEqualTo("[\"" + tag + "\"]");
		assertThat(body.get("workStart").asString()).isEqualTo("09:00");
		assertThat(body.get("listed").asBoolean()).isTrue();
		assertThat(body.get("freelance").asBoolean()).isFalse();
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("id", "organizationId", "freelance",
				"displayName", "email", "seniority", "dayRate", "currency", "zone", "workStart", "workEnd", "languages",
				"certifications", "skills", "tags", "listed", "active", "version", "createdAt", "updatedAt");

		var read = api.get("/api/v1/people/" + id, tokenFor(Demo.PROVIDER_AGENT));
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().get("displayName").asString()).isEqualTo("Ines Haddad");

		String renamed = TalentRows.profile("Ines Haddad-Alami", "Africa/Casablanca", "320", "EUR", tag, "");
		var withoutIfMatch = api.call("PUT", "/api/v1/people/" + id).token(manager).json(renamed).send();
		assertThat(withoutIfMatch.status()).isEqualTo(428);

		var updated = api.call("PUT", "/api/v1/people/" + id).token(manager).header("If-Match", "\"0\"")
			.json(renamed).send();
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.header("ETag")).contains("\"1\"");
		assertThat(updated.body().get("dayRate").decimalValue()).isEqualByComparingTo("320");

		var stale = api.call("PUT", "/api/v1/people/" + id).token(manager).header("If-Match", "\"0\"")
			.json(TalentRows.profile("Stale Write", "Africa/Casablanca", "1", "EUR", tag, "")).send();
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.body().get("code").asString()).isEqualTo("stale-version");
		assertThat(rows.displayName(id)).isEqualTo("Ines Haddad-Alami");
		assertThat(rows.version(id)).isEqualTo(1);
	}

	@Test
	void badInputNamesEveryBadFieldAtOnceAndWritesNothing() {
		long before = rows.people();
		var response = api.post("/api/v1/people", manager, """
				{"displayName":" ","email":"not-an-email","seniority":"GURU","dayRate":-5,"currency":"XXX",
				 "zone":"Mars/Olympus","workStart":"25:00","workEnd":"18:00","languages":["fr","klingon"],
				 "skills":["kubernetes","underwater basket weaving"]}""");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.body().get("code").asString()).isEqualTo("invalid-input");
		assertThat(fields(response.body())).containsExactlyInAnyOrder("displayName", "email", "seniority", "dayRate",
				"currency", "zone", "workStart", "languages[1]", "skills[1]");
		assertThat(rows.people()).isEqualTo(before);
	}

	@Test
	void anUnknownCurrencyIsNamed() {
		var response = api.post("/api/v1/people", manager,
				TalentRows.profile("Rate Less", "Africa/Casablanca", "300", "ZZZ", TalentRows.tag(), ""));

		assertThat(response.status()).isEqualTo(400);
		assertThat(fields(response.body())).containsExactly("currency");
		assertThat(response.body().get("errors").get(0).get("code").asString()).isEqualTo("unknown-currency");
	}

	@Test
	void clientUsersAndOtherTenantsGetTheSameAnswerAsForAnUnknownId() {
		UUID salma = rows.person(Demo.SALMA);
		for (String email : List.of(Demo.CLIENT_ADMIN, Demo.CLIENT_MEMBER, Demo.FREELANCER_2, Demo.AUDITOR)) {
			String token = tokenFor(email);
			var response = api.get("/api/v1/people/" + salma, token);
			var unknown = api.get("/api/v1/people/" + UUID.randomUUID(), token);

			assertThat(response.status()).as(email).isEqualTo(404);
			assertThat(unknown.status()).as(email).isEqualTo(404);
			assertThat(response.body().get("code").asString()).isEqualTo(unknown.body().get("code").asString());
			assertThat(response.text()).doesNotContain(Demo.SALMA);
			assertThat(api.get("/api/v1/people/" + salma + "/availability", token).status()).as(email).isEqualTo(404);
			var put = api.call("PUT", "/api/v1/people/" + salma).token(token).header("If-Match", "\"0\"")
				.json(TalentRows.profile("Taken Over", "UTC", "1", "EUR", "x", "")).send();
			assertThat(put.status()).as(email).isEqualTo(404);
			assertThat(api.call("DELETE", "/api/v1/people/" + salma).token(token).send().status()).isEqualTo(404);
		}
		assertThat(rows.displayName(salma)).isEqualTo(Demo.SALMA);
	}

	@Test
	void clientUsersListNoOne() {
		for (String email : List.of(Demo.CLIENT_ADMIN, Demo.CLIENT_MEMBER)) {
			JsonNode page = api.get("/api/v1/people?organizationId=" + atlas, tokenFor(email)).body();

			assertThat(page.get("items")).isEmpty();
			assertThat(page.get("totalElements").asLong()).isZero();
		}
	}

	@Test
	void providerMembersListTheirOwnPeopleOnly() {
		for (String email : List.of(Demo.PROVIDER_MANAGER, Demo.PROVIDER_AGENT)) {
			JsonNode page = api.get("/api/v1/people?size=200", tokenFor(email)).body();

			assertThat(texts(page.get("items"), "displayName")).contains(Demo.SALMA, Demo.OMAR, Demo.NADIA, Demo.YOUSSEF)
				.doesNotContain(Demo.YASMINE, Demo.ANDREI);
			assertThat(texts(page.get("items"), "organizationId")).containsOnly(atlas.toString());
		}
		JsonNode own = api.get("/api/v1/people", tokenFor(Demo.FREELANCER)).body();
		assertThat(texts(own.get("items"), "displayName")).containsExactly(Demo.YASMINE);
	}

	@Test
	void anAgentReadsItsPeopleButChangesNothing() {
		String agent = tokenFor(Demo.PROVIDER_AGENT);
		UUID omar = rows.person(Demo.OMAR);
		long version = rows.version(omar);
		long people = rows.people();

		var read = api.get("/api/v1/people/" + omar, agent);
		var put = api.call("PUT", "/api/v1/people/" + omar).token(agent).header("If-Match", read.header("ETag").orElseThrow())
			.json(TalentRows.profile("Taken Over", "UTC", "1", "EUR", "x", "")).send();
		var availability = api.call("PUT", "/api/v1/people/" + omar + "/availability").token(agent)
			.header("If-Match", read.header("ETag").orElseThrow()).json("{\"periods\":[]}").send();
		var delete = api.call("DELETE", "/api/v1/people/" + omar).token(agent).send();
		var create = api.post("/api/v1/people", agent, TalentRows.profile("Agent Made", "UTC", "1", "EUR", "x",
				",\"organizationId\":\"" + atlas + "\""));

		assertThat(read.status()).isEqualTo(200);
		assertThat(List.of(put.status(), availability.status(), delete.status(), create.status()))
			.containsOnly(403);
		assertThat(rows.version(omar)).isEqualTo(version);
		assertThat(rows.periods(omar)).isEqualTo(1);
		assertThat(rows.people()).isEqualTo(people);
		assertThat(api.get("/api/v1/people/" + omar, agent).body().get("active").asBoolean()).isTrue();
	}

	@Test
	void anAuditorAttachedToTheProviderReadsItsPeopleOnly() {
		String admin = tokenFor(Demo.ADMIN);
		String email = "auditor-" + UUID.randomUUID() + "@atlas.test";
		var user = api.post("/api/v1/users", admin, "{\"email\":\"" + email + "\",\"displayName\":\"Atlas Auditor\","
				+ "\"password\":\"auditor-password\",\"organizationId\":\"" + atlas + "\",\"role\":\"AUDITOR\"}");
		assertThat(user.status()).as(user.toString()).isEqualTo(201);
		String auditor = api.tokenFor(email, "auditor-password");
		UUID nadia = rows.person(Demo.NADIA);

		var read = api.get("/api/v1/people/" + nadia, auditor);
		var list = api.get("/api/v1/people?size=200", auditor).body();
		var write = api.call("PUT", "/api/v1/people/" + nadia).token(auditor)
			.header("If-Match", read.header("ETag").orElseThrow())
			.json(TalentRows.profile("Taken Over", "UTC", "1", "EUR", "x", "")).send();

		assertThat(read.status()).isEqualTo(200);
		assertThat(texts(list.get("items"), "displayName")).contains(Demo.NADIA).doesNotContain(Demo.YASMINE);
		assertThat(write.status()).isEqualTo(403);
		assertThat(rows.displayName(nadia)).isEqualTo(Demo.NADIA);
		assertThat(api.get("/api/v1/people/" + rows.person(Demo.YASMINE), auditor).status()).isEqualTo(404);
	}

	@Test
	void aFreelancerEditsItsOwnProfileButNoOneElses() {
		String yasmine = tokenFor(Demo.FREELANCER);
		UUID own = rows.person(Demo.YASMINE);
		UUID andrei = rows.person(Demo.ANDREI);
		var read = api.get("/api/v1/people/" + own, yasmine);
		assertThat(read.status()).isEqualTo(200);
		String same = sameProfile(read.body());

		var saved = api.call("PUT", "/api/v1/people/" + own).token(yasmine)
			.header("If-Match", read.header("ETag").orElseThrow()).json(same).send();
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(saved.body().get("skills").toString()).isEqualTo(read.body().get("skills").toString());

		var other = api.call("PUT", "/api/v1/people/" + andrei).token(yasmine).header("If-Match", "\"1\"")
			.json(same).send();
		assertThat(other.status()).isEqualTo(404);
		assertThat(rows.displayName(andrei)).isEqualTo(Demo.ANDREI);

		var second = api.post("/api/v1/people", yasmine, same);
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.body().get("code").asString()).isEqualTo("freelancer-has-profile");
	}

	@Test
	void aManagerReadsListedFreelancersButCannotChangeThem() {
		UUID yasmine = rows.person(Demo.YASMINE);
		long version = rows.version(yasmine);

		var read = api.get("/api/v1/people/" + yasmine, manager);
		var write = api.call("PUT", "/api/v1/people/" + yasmine).token(manager)
			.header("If-Match", read.header("ETag").orElseThrow()).json(sameProfile(read.body())).send();

		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().get("dayRate").decimalValue()).isEqualByComparingTo("450");
		assertThat(write.status()).isEqualTo(403);
		assertThat(rows.version(yasmine)).isEqualTo(version);
	}

	@Test
	void availabilityIsReplacedWholeAndCheckedFirst() {
		UUID id = TalentRows.create(api, manager,
				TalentRows.profile("Rachid Amine", "Africa/Casablanca", "300", "EUR", TalentRows.tag(), ""), "");
		String etag = api.get("/api/v1/people/" + id + "/availability", manager).header("ETag").orElseThrow();

		var bad = api.call("PUT", "/api/v1/people/" + id + "/availability").token(manager).header("If-Match", etag)
			.json("{\"periods\":[" + TalentRows.period("2026-01-01", "2026-06-30", 100) + ","
					+ TalentRows.period("2026-06-30", "2026-12-31", 50) + ","
					+ TalentRows.period("2027-02-01", "2027-01-01", 50) + ","
					+ TalentRows.period("2028-01-01", "2028-01-31", 0) + ","
					+ "{\"from\":\"someday\",\"allocationPercent\":50}]}")
			.send();
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad.body())).containsExactlyInAnyOrder("periods[1].from", "periods[2].to",
				"periods[3].allocationPercent", "periods[4].from", "periods[4].to");
		assertThat(rows.periods(id)).isZero();

		var good = api.call("PUT", "/api/v1/people/" + id + "/availability").token(manager).header("If-Match", etag)
			.json("{\"periods\":[" + TalentRows.period("2026-07-01", "2026-12-31", 50) + ","
					+ TalentRows.period("2026-01-01", "2026-06-30", 100) + "]}")
			.send();
		assertThat(good.status()).as(good.toString()).isEqualTo(200);
		assertThat(good.header("ETag")).isPresent().get().isNotEqualTo(etag);
		assertThat(good.body().get("periods").get(0).get("from").asString()).isEqualTo("2026-01-01");
		assertThat(good.body().get("periods").get(1).get("allocationPercent").asInt()).isEqualTo(50);

		var stale = api.call("PUT", "/api/v1/people/" + id + "/availability").token(manager).header("If-Match", etag)
			.json("{\"periods\":[]}").send();
		assertThat(stale.status()).isEqualTo(412);
		assertThat(rows.periods(id)).isEqualTo(2);
	}

	@Test
	void deactivatingKeepsTheProfile() {
		UUID id = TalentRows.create(api, manager,
				TalentRows.profile("Leila Fassi", "Africa/Casablanca", "300", "EUR", TalentRows.tag(), ""), "");

		var deleted = api.call("DELETE", "/api/v1/people/" + id).token(manager).send();

		assertThat(deleted.status()).isEqualTo(204);
		var read = api.get("/api/v1/people/" + id, manager);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().get("active").asBoolean()).isFalse();
	}

	@Test
	void theVocabularyListsSkillsWithTheirAliases() {
		JsonNode skills = api.get("/api/v1/skills", tokenFor(Demo.CLIENT_MEMBER)).body();

		List<String> codes = texts(skills, "code");
		assertThat(codes).contains("kubernetes", "terraform", "aws", "azure", "java", "spring", "python",
				"data-engineering", "spark", "cybersecurity", "soc", "itil", "helpdesk", "windows-admin", "linux-admin",
				"sql", "react", "devops").hasSizeGreaterThanOrEqualTo(30);
		JsonNode kubernetes = null;
		for (JsonNode skill : skills) {
			if (skill.get("code").asString().equals("kubernetes")) {
				kubernetes = skill;
			}
		}
		assertThat(kubernetes).isNotNull();
		assertThat(kubernetes.get("aliases").toString()).contains("k8s");
	}

	@Test
	void aClientAdministratorKeepsItsPartyProfile() {
		UUID acme = rows.organization(Demo.ACME);
		String admin = tokenFor(Demo.CLIENT_ADMIN);
		var read = api.get("/api/v1/organizations/" + acme + "/profile", admin);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().get("zone").asString()).isEqualTo("Europe/Paris");
		assertThat(read.body().get("workStart").asString()).isEqualTo("09:00");
		String etag = read.header("ETag").orElseThrow();
		String body = "{\"zone\":\"Europe/Paris\",\"workStart\":\"09:00\",\"workEnd\":\"18:00\",\"languages\":[\"fr\",\"en\"],"
				+ "\"contacts\":[{\"name\":\"Claire Martin\",\"role\":\"IT service owner\",\"email\":\"client.admin@acme.demo\"}]}";

		var bad = api.call("PUT", "/api/v1/organizations/" + acme + "/profile").token(admin).header("If-Match", etag)
			.json("{\"zone\":\"Paris\",\"workStart\":\"9h\",\"workEnd\":\"18:00\",\"contacts\":[{\"email\":\"x\"}]}").send();
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad.body())).containsExactlyInAnyOrder("zone", "workStart", "contacts[0].name",
				"contacts[0].email");

		var member = api.call("PUT", "/api/v1/organizations/" + acme + "/profile").token(tokenFor(Demo.CLIENT_MEMBER))
			.header("If-Match", etag).json(body).send();
		assertThat(member.status()).isEqualTo(403);
		assertThat(api.get("/api/v1/organizations/" + acme + "/profile", manager).status()).isEqualTo(404);

		var saved = api.call("PUT", "/api/v1/organizations/" + acme + "/profile").token(admin).header("If-Match", etag)
			.json(body).send();
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(saved.header("ETag")).isPresent().get().isNotEqualTo(etag);
		var stale = api.call("PUT", "/api/v1/organizations/" + acme + "/profile").token(admin).header("If-Match", etag)
			.json(body).send();
		assertThat(stale.status()).isEqualTo(412);
	}

	@Test
	void theOpenApiDocumentDescribesTheTalentEndpoints() {
		JsonNode paths = api.get("/v3/api-docs", null).body().get("paths");

		assertThat(paths.propertyNames()).contains("/api/v1/people", "/api/v1/people/{id}",
				"/api/v1/people/{id}/availability", "/api/v1/skills", "/api/v1/organizations/{id}/profile",
				"/api/v1/talent/search");
		assertThat(paths.get("/api/v1/people/{id}").has("put")).isTrue();
		assertThat(paths.get("/api/v1/people/{id}").has("delete")).isTrue();
	}

	/** The profile as read, sent back unchanged. */
	private static String sameProfile(JsonNode person) {
		return "{\"displayName\":" + person.get("displayName") + ",\"email\":" + person.get("email") + ",\"seniority\":"
				+ person.get("seniority") + ",\"dayRate\":" + person.get("dayRate") + ",\"currency\":"
				+ person.get("currency") + ",\"zone\":" + person.get("zone") + ",\"workStart\":" + person.get("workStart")
				+ ",\"workEnd\":" + person.get("workEnd") + ",\"languages\":" + person.get("languages")
				+ ",\"certifications\":" + person.get("certifications") + ",\"skills\":" + person.get("skills")
				+ ",\"tags\":" + person.get("tags") + ",\"userId\":" + person.get("userId") + "}";
	}

	static List<String> fields(JsonNode problem) {
		return texts(problem.get("errors"), "field");
	}

	static List<String> texts(JsonNode array, String field) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.get(field).asString()));
		return texts;
	}
}
