package org.pilotage.estimation.reference;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pilotage.estimation.model.Parameters;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;
import org.pilotage.support.WebSession;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference data through the API, on each database (see the subclasses): the seed, public reading at any
 * version, administrators' edits and CSV imports that publish new versions, and refusals that write nothing.
 * The application context is shared with other tests, so every check on the seed reads version 1.
 */
abstract class ReferenceDataContract extends IntegrationTest {

	@Test
	void theSeedIsLoadedOnceAsVersionOne() {
		JsonNode overview = api.get("/api/v1/reference?version=1", null).body();

		assertThat(overview.get("note").asString()).isEqualTo("Seed from the reference file");
		assertThat(overview.get("counts").get("roles").asInt()).isEqualTo(13);
		assertThat(overview.get("counts").get("seniorities").asInt()).isEqualTo(4);
		assertThat(overview.get("counts").get("locations").asInt()).isEqualTo(10);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM estimation_reference_versions WHERE note = :note")
			.param("note", "Seed from the reference file").query(Long.class).single()).isOne();
		Set<String> keys = new HashSet<>();
		api.get("/api/v1/reference/parameters?version=1", null).body().forEach(p -> keys.add(p.get("key").asString()));
		assertThat(keys).containsExactlyInAnyOrderElementsOf(Parameters.Keys.ALL);
		JsonNode madagascar = api.get("/api/v1/reference/figures?version=1&location=MG&kind=SALARY", null).body();
		assertThat(madagascar).hasSize(4);
		madagascar.forEach(f -> {
			assertThat(f.get("assumption").asBoolean()).isTrue();
			assertThat(f.get("confidence").asString()).isEqualTo("LOW");
		});
	}

	@Test
	void everyStoredFigureCitesAKnownSource() {
		Set<String> sources = new HashSet<>();
		api.get("/api/v1/reference/sources?version=1", null).body().forEach(s -> sources.add(s.get("key").asString()));
		JsonNode figures = api.get("/api/v1/reference/figures?version=1", null).body();

		assertThat(figures.size()).isGreaterThan(40);
		figures.forEach(f -> {
			assertThat(sources).contains(f.get("source").asString());
			assertThat(f.get("citation").asString()).isNotBlank();
		});
	}

	@Test
	void everyDatasetIsPublicToRead() {
		for (String path : List.of("", "/roles", "/seniorities", "/locations", "/currencies", "/parameters", "/sources",
				"/versions", "/figures?location=FR", "/figures/resolved?location=MA", "/export/figures")) {
			Api.Response response = api.get("/api/v1/reference" + path, null);

			assertThat(response.status()).as(path).isEqualTo(200);
		}
	}

	@Test
	void theResolvedGridCoversEveryRoleAndSeniorityWithFlags() {
		JsonNode grid = api.get("/api/v1/reference/figures/resolved?location=MA&version=1", null).body();

		assertThat(grid.get("cells")).hasSize(13 * 4);
		JsonNode devops = cell(grid, "DEVOPS", "SENIOR");
		assertThat(devops.get("salary").get("derived").asBoolean()).isTrue();
		assertThat(devops.get("salary").get("explanation").asString())
			.isEqualTo("derived from FULL_STACK SENIOR (MA, S25) × 1.15");
		assertThat(cell(grid, "FULL_STACK", "SENIOR").get("dayRate").get("derived").asBoolean()).isFalse();
		JsonNode madagascar = api.get("/api/v1/reference/figures/resolved?location=MG&version=1", null).body();
		assertThat(cell(madagascar, "QA", "JUNIOR").get("salary").get("assumption").asBoolean()).isTrue();
		assertThat(cell(madagascar, "QA", "JUNIOR").has("dayRate")).isFalse();
	}

	@Test
	void anUnknownVersionOrLocationIsAProblem() {
		Api.Response version = api.get("/api/v1/reference/roles?version=9999", null);
		Api.Response location = api.get("/api/v1/reference/figures/resolved?location=ZZ", null);
		Api.Response dataset = api.get("/api/v1/reference/export/planets", null);

		assertThat(version.status()).isEqualTo(404);
		assertThat(version.isProblem()).isTrue();
		assertThat(location.status()).isEqualTo(400);
		assertThat(location.isProblem()).isTrue();
		assertThat(dataset.status()).isEqualTo(404);
	}

	@Test
	void anAdminEditPublishesANewVersionAndTheOldOneStaysReadable() {
		String admin = tokenFor(Demo.ADMIN);
		int before = latest();

		Api.Response edited = api.call("PUT", "/api/v1/reference/parameters/recruitment.fee").token(admin)
			.header("If-Match", "\"" + before + "\"").json("{\"value\": 0.25, \"note\": \"A headhunter's fee\"}").send();

		assertThat(edited.status()).as(edited.text()).isEqualTo(200);
		int version = edited.body().get("version").asInt();
		assertThat(version).isEqualTo(before + 1);
		assertThat(parameter(null, "recruitment.fee").get("value").decimalValue()).isEqualByComparingTo("0.25");
		assertThat(parameter(1, "recruitment.fee").get("value").decimalValue()).isEqualByComparingTo("0.2");
		assertThat(parameter(before, "recruitment.fee").get("value").decimalValue()).isEqualByComparingTo("0.2");
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM audit_events WHERE action = 'estimation-reference.published' AND target_id = :v
				   AND summary LIKE '%recruitment.fee%0.2 -> 0.25%'""")
			.param("v", Integer.toString(version)).query(Long.class).single()).isOne();
	}

	@Test
	void anEditAgainstAnOldVersionIsRefused() {
		String admin = tokenFor(Demo.ADMIN);
		int before = latest();

		Api.Response missing = api.call("PUT", "/api/v1/reference/parameters/margin.agency").token(admin)
			.json("{\"value\": 0.31}").send();
		Api.Response stale = api.call("PUT", "/api/v1/reference/parameters/margin.agency").token(admin)
			.header("If-Match", "\"" + (before - 1) + "\"").json("{\"value\": 0.31}").send();

		assertThat(missing.status()).isEqualTo(428);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(latest()).isEqualTo(before);
	}

	@Test
	void aFigureIsUpsertedByKindRoleSeniorityAndLocation() {
		String admin = tokenFor(Demo.ADMIN);

		Api.Response created = api.call("PUT", "/api/v1/reference/figures").token(admin)
			.header("If-Match", "\"" + latest() + "\"")
			.json("""
					{"kind": "SALARY", "role": "DEVOPS", "seniority": "SENIOR", "location": "PT", "amount": 52000,
					 "currency": "EUR", "year": 2025, "source": "ASSUMPTION", "confidence": "LOW", "assumption": true,
					 "note": "A test figure"}""").send();
		Api.Response changed = api.call("PUT", "/api/v1/reference/figures").token(admin)
			.header("If-Match", "\"" + latest() + "\"")
			.json("{\"kind\": \"SALARY\", \"role\": \"DEVOPS\", \"seniority\": \"SENIOR\", \"location\": \"PT\", "
					+ "\"amount\": 53000}").send();

		assertThat(created.status()).as(created.text()).isEqualTo(200);
		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		JsonNode figures = api.get("/api/v1/reference/figures?role=DEVOPS&location=PT", null).body();
		assertThat(figures).hasSize(1);
		assertThat(figures.get(0).get("amount").decimalValue()).isEqualByComparingTo("53000");
		assertThat(figures.get(0).get("note").asString()).isEqualTo("A test figure");
	}

	@Test
	void aBadValueIsAFieldProblemAndWritesNothing() {
		String admin = tokenFor(Demo.ADMIN);
		int before = latest();

		Api.Response response = api.call("PUT", "/api/v1/reference/locations/FR").token(admin)
			.header("If-Match", "\"" + before + "\"").json("{\"billableDays\": 400, \"zone\": \"Mars/Olympus\"}").send();

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.body().get("errors").findValuesAsString("field")).contains("billable_days", "zone");
		assertThat(latest()).isEqualTo(before);
		// a rate's day that PostgreSQL would keep as minus infinity: refused, not stored as another day
		Api.Response far = api.call("PUT", "/api/v1/reference/currencies/MAD").token(admin)
			.header("If-Match", "\"" + before + "\"")
			.json("{\"eurPerUnit\": 0.09, \"asOf\": \"-5000-01-01\", \"source\": \"S22\"}")
			.send();
		assertThat(far.status()).as(far.toString()).isEqualTo(400);
		assertThat(far.body().get("errors").findValuesAsString("code")).contains("out-of-range");
		assertThat(latest()).isEqualTo(before);
	}

	@Test
	void anExportImportedAgainRestoresThatVersionsDataInANewVersion() {
		String admin = tokenFor(Demo.ADMIN);
		String seeded = api.get("/api/v1/reference/export/figures?version=1", null).text();
		api.call("PUT", "/api/v1/reference/figures").token(admin).header("If-Match", "\"" + latest() + "\"")
			.json("{\"kind\": \"SALARY\", \"role\": \"FULL_STACK\", \"seniority\": \"JUNIOR\", \"location\": \"FR\", "
					+ "\"amount\": 39000}").send();
		int before = latest();

		Api.Response imported = api.call("POST", "/api/v1/reference/import/figures").token(admin)
			.bytes("text/csv", seeded.getBytes(StandardCharsets.UTF_8)).send();

		assertThat(imported.status()).as(imported.text()).isEqualTo(200);
		assertThat(imported.body().get("version").asInt()).isEqualTo(before + 1);
		assertThat(api.get("/api/v1/reference/export/figures", null).text()).isEqualTo(seeded);
		assertThat(api.get("/api/v1/reference/export/figures?version=" + before, null).text()).contains("39000");
	}

	@Test
	void aBadCsvNamesLineAndColumnAndWritesNothing() {
		String admin = tokenFor(Demo.ADMIN);
		int before = latest();
		String csv = "kind,role,seniority,location,amount,currency,year,source,confidence,assumption,note\n"
				+ "SALARY,FULL_STACK,SENIOR,FR,60000,EUR,2024,S22,MEDIUM,false,fine\n"
				+ "SALARY,PLUMBER,SENIOR,FR,60000,EUR,2024,S22,MEDIUM,false,unknown role\n"
				+ "SALARY,FULL_STACK,JUNIOR,FR,lots,EUR,2024,S22,MEDIUM,false,bad number\n";

		Api.Response response = api.call("POST", "/api/v1/reference/import/figures").token(admin)
			.bytes("text/csv", csv.getBytes(StandardCharsets.UTF_8)).send();

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.body().get("errors").findValuesAsString("field")).contains("line 4, column amount");
		assertThat(latest()).isEqualTo(before);
	}

	@Test
	void anImportIsCsvAndJsonIsRefusedAsTheWrongMediaType() {
		String admin = tokenFor(Demo.ADMIN);
		int before = latest();

		Api.Response response = api.call("POST", "/api/v1/reference/import/sources").token(admin)
			.json("{\"name\": ").send();

		assertThat(response.status()).isEqualTo(415);
		assertThat(response.isProblem()).isTrue();
		assertThat(latest()).isEqualTo(before);
	}

	@Test
	void writesAreForPlatformAdministrators() {
		String member = tokenFor(Demo.CLIENT_ADMIN);
		int before = latest();

		Api.Response forbidden = api.call("PUT", "/api/v1/reference/parameters/recruitment.fee").token(member)
			.header("If-Match", "\"" + before + "\"").json("{\"value\": 0.5}").send();
		Api.Response anonymous = api.call("PUT", "/api/v1/reference/parameters/recruitment.fee")
			.header("If-Match", "\"" + before + "\"").json("{\"value\": 0.5}").send();
		Api.Response anonymousImport = api.call("POST", "/api/v1/reference/import/sources")
			.bytes("text/csv", "key,citation\nS1,x\n".getBytes(StandardCharsets.UTF_8)).send();

		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(forbidden.isProblem()).isTrue();
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymousImport.status()).isEqualTo(401);
		assertThat(latest()).isEqualTo(before);
	}

	@Test
	void anAdministratorChangesAParameterThroughThePage() {
		WebSession session = WebSession.signIn(api.base(), Demo.ADMIN, Demo.PASSWORD);
		WebSession.Page page = session.get("/admin/estimation");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("turnover.freelance", "Madagascar", "assumption", "derived").doesNotContain("??");
		int before = latest();

		WebSession.Page answer = session.post("/admin/estimation/parameters/turnover.freelance",
				Map.of("version", Integer.toString(before), "value", "0.3"));

		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.redirectPath()).startsWith("/admin/estimation");
		assertThat(session.follow(answer).body()).contains("a new version of the reference data is published");
		assertThat(latest()).isEqualTo(before + 1);
		assertThat(parameter(null, "turnover.freelance").get("value").decimalValue()).isEqualByComparingTo("0.3");
	}

	@Test
	void aBadValueOnThePageIsShownNextToItsFieldAndWritesNothing() {
		WebSession session = WebSession.signIn(api.base(), Demo.ADMIN, Demo.PASSWORD);
		session.get("/admin/estimation");
		int before = latest();
		String value = parameter(null, "start.agency.days").get("value").asString();

		WebSession.Page answer = session.post("/admin/estimation/parameters/start.agency.days",
				Map.of("version", Integer.toString(before), "value", "three weeks"));
		WebSession.Page shown = session.follow(answer);

		assertThat(shown.body()).contains("id=\"p-start.agency.days-error\"", "aria-invalid=\"true\"",
				"must be a number with a dot for decimals");
		assertThat(latest()).isEqualTo(before);
		assertThat(parameter(null, "start.agency.days").get("value").asString()).isEqualTo(value);
	}

	@Test
	void clientUsersCannotOpenTheReferencePage() {
		WebSession session = WebSession.signIn(api.base(), Demo.CLIENT_ADMIN, Demo.PASSWORD);

		assertThat(session.get("/admin/estimation").status()).isEqualTo(403);
	}

	private int latest() {
		return api.get("/api/v1/reference", null).body().get("version").asInt();
	}

	private JsonNode parameter(Integer version, String key) {
		JsonNode all = api.get("/api/v1/reference/parameters" + (version == null ? "" : "?version=" + version), null)
			.body();
		for (JsonNode p : all) {
			if (p.get("key").asString().equals(key)) {
				return p;
			}
		}
		throw new AssertionError(key + " not found");
	}

	private static JsonNode cell(JsonNode grid, String role, String seniority) {
		for (JsonNode c : grid.get("cells")) {
			if (c.get("role").asString().equals(role) && c.get("seniority").asString().equals(seniority)) {
				return c;
			}
		}
		throw new AssertionError(role + " " + seniority + " not found");
	}
}
