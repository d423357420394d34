package org.pilotage.engagement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engagement API on each database, as the parties' administrators use it: drafts of each kind, every bad
 * field named at once, the lifecycle with its guards, optimistic updates of the terms and the exit plan.
 */
abstract class EngagementsApiContract extends EngagementTest {

	// Creating

	@Test
	void eachKindStartsAsADraftWithItsTermsItsHistoryAndItsAuditRow() {
		for (String body : List.of(subcontracting(acme, atlas), bpo(acme, atlas), hybrid(acme, atlas))) {
			Api.Response created = api.post("/api/v1/engagements", token(Demo.CLIENT_ADMIN), body);

			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			JsonNode engagement = created.body();
			UUID id = UUID.fromString(engagement.get("id").asString());
			assertThat(created.header("Location")).hasValue("/api/v1/engagements/" + id);
			assertThat(created.header("ETag")).hasValue("\"0\"");
			assertThat(engagement.get("status").asString()).isEqualTo("DRAFT");
			assertThat(engagement.get("audience").asString()).isEqualTo("CLIENT");
			assertThat(engagement.get("client").get("name").asString()).isEqualTo(Demo.ACME);
			assertThat(engagement.get("provider").get("name").asString()).isEqualTo(Demo.ATLAS);
			assertThat(storedStatus(id)).isEqualTo("DRAFT");
			assertThat(audited("engagement.created", id)).isOne();
			JsonNode history = api.get("/api/v1/engagements/" + id + "/history", token(Demo.CLIENT_ADMIN)).body();
			assertThat(history).hasSize(1);
			assertThat(history.get(0).has("from")).isFalse();
			assertThat(history.get(0).get("to").asString()).isEqualTo("DRAFT");
			assertThat(history.get(0).get("actor").asString()).isEqualTo(Demo.CLIENT_ADMIN);
		}
	}

	@Test
	void theTermsOfEachKindAreStoredAsSent() {
		JsonNode mission = api.get("/api/v1/engagements/" + create(subcontracting(acme, atlas)),
				token(Demo.PROVIDER_MANAGER)).body();
		JsonNode function = api.get("/api/v1/engagements/" + create(bpo(acme, atlas)), token(Demo.PROVIDER_MANAGER))
			.body();

		assertThat(mission.get("kind").asString()).isEqualTo("SUBCONTRACTING");
		assertThat(mission.get("endDate").asString()).isEqualTo("2026-09-30");
		assertThat(mission.get("budget").decimalValue()).isEqualByComparingTo("180000");
		assertThat(texts(mission.get("rates"), "role")).containsExactly("Senior developer", "Architect");
		assertThat(mission.get("rates").get(1).get("dayRate").decimalValue()).isEqualByComparingTo("820.50");
		assertThat(mission.has("bpoFunction")).isFalse();
		assertThat(function.get("bpoFunction").asString()).isEqualTo("HELPDESK");
		assertThat(function.get("monthlyFee").decimalValue()).isEqualByComparingTo("42000");
		assertThat(function.get("noticeDays").asInt()).isEqualTo(90);
		assertThat(function.get("renewalAlertDays").asInt()).isEqualTo(60);
		assertThat(function.has("endDate")).isFalse();
	}

	@Test
	void theProviderManagerStartsAnEngagementWithAClientToo() {
		UUID id = create(token(Demo.PROVIDER_MANAGER), bpo(acme, atlas));

		assertThat(api.get("/api/v1/engagements/" + id, token(Demo.PROVIDER_MANAGER)).body().get("audience").asString())
			.isEqualTo("PROVIDER");
	}

	@Test
	void badTermsAreAllNamedInOne400AndNothingIsWritten() {
		long before = engagements();
		String body = """
				{"kind":"SUBCONTRACTING","clientOrganizationId":"%s","providerOrganizationId":"%s","title":"  ",
				 "bpoFunction":"HELPDESK","startDate":"2026-05-01","endDate":"2026-04-01","currency":"EURO",
				 "budget":-5,"noticeDays":-1,"rates":[{"role":"Dev","dayRate":500},{"role":"dev","dayRate":0.001},
				 {"dayRate":100}]}""".formatted(atlas, acme);

		Api.Response response = api.post("/api/v1/engagements", token(Demo.CLIENT_ADMIN), body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.body().get("code").asString()).isEqualTo("invalid-input");
		assertThat(fieldErrors(response)).containsExactlyInAnyOrder("clientOrganizationId:wrong-party-kind",
				"providerOrganizationId:wrong-party-kind", "title:required", "bpoFunction:not-applicable",
				"endDate:before-start", "noticeDays:out-of-range", "currency:currency", "budget:out-of-range",
				"rates[1].role:duplicate", "rates[1].dayRate:scale", "rates[2].role:required");
		assertThat(engagements()).isEqualTo(before);
	}

	@Test
	void missingPartiesAndKindAreNamedToo() {
		Api.Response response = api.post("/api/v1/engagements", token(Demo.CLIENT_ADMIN),
				"{\"providerOrganizationId\":\"" + UUID.randomUUID() + "\",\"title\":\"X\",\"currency\":\"EUR\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(fieldErrors(response)).containsExactlyInAnyOrder("kind:required", "clientOrganizationId:required",
				"providerOrganizationId:unknown-organization");
	}

	@Test
	void aBpoEngagementHasNoEndDateButARenewalAfterItsStart() {
		String body = bpo(acme, atlas).replace("\"renewalDate\":\"2027-01-01\"",
				"\"renewalDate\":\"2025-12-01\",\"endDate\":\"2026-12-31\"");

		Api.Response response = api.post("/api/v1/engagements", token(Demo.CLIENT_ADMIN), body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(fieldErrors(response)).containsExactlyInAnyOrder("endDate:not-applicable", "renewalDate:before-start");
	}

	@Test
	void unknownValuesAndMalformedBodiesAre400NeverA500() {
		String admin = token(Demo.CLIENT_ADMIN);
		UUID id = create(subcontracting(acme, atlas));
		List<Api.Response> answers = List.of(
				api.post("/api/v1/engagements", admin, subcontracting(acme, atlas).replace("SUBCONTRACTING", "LEASING")),
				api.post("/api/v1/engagements", admin, subcontracting(acme, atlas).replace("180000", "\"lots\"")),
				api.post("/api/v1/engagements", admin, subcontracting(acme, atlas).replace("2026-09-30", "2026-02-30")),
				api.post("/api/v1/engagements", admin, "{\"kind\":"),
				api.post("/api/v1/engagements", admin, "[]"),
				api.post("/api/v1/engagements/" + id + "/status", admin, "{\"status\":\"PAUSED\"}"),
				api.post("/api/v1/engagements/" + id + "/status", admin, "{}"),
				api.get("/api/v1/engagements?kind=LEASING", admin),
				api.get("/api/v1/engagements?status=paused", admin),
				api.get("/api/v1/engagements/not-a-uuid", admin));

		for (Api.Response answer : answers) {
			assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
			assertThat(answer.isProblem()).as(answer.toString()).isTrue();
		}
		assertThat(storedStatus(id)).isEqualTo("DRAFT");
	}

	@Test
	void readersAndOutsidersCannotStartAnEngagement() {
		long before = engagements();
		UUID otherClient = Tenant.create(api, token(Demo.ADMIN), "CLIENT", "CLIENT_ADMIN").id();

		Api.Response member = api.post("/api/v1/engagements", token(Demo.CLIENT_MEMBER), subcontracting(acme, atlas));
		Api.Response agent = api.post("/api/v1/engagements", token(Demo.PROVIDER_AGENT), subcontracting(acme, atlas));
		Api.Response admin = api.post("/api/v1/engagements", token(Demo.ADMIN), subcontracting(acme, atlas));
		Api.Response forSomeoneElse = api.post("/api/v1/engagements", token(Demo.CLIENT_ADMIN),
				subcontracting(otherClient, atlas));

		for (Api.Response answer : List.of(member, agent, admin, forSomeoneElse)) {
			assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
			assertThat(answer.body().get("code").asString()).isEqualTo("forbidden");
		}
		assertThat(engagements()).isEqualTo(before);
	}

	// Lifecycle

	@Test
	void everyLegalTransitionIsRecordedInTheHistoryAndTheAuditTrail() {
		UUID id = create(subcontracting(acme, atlas));

		moveAlong(id, "ACTIVE", "SUSPENDED", "ACTIVE", "CLOSED");

		assertThat(storedStatus(id)).isEqualTo("CLOSED");
		JsonNode history = api.get("/api/v1/engagements/" + id + "/history", token(Demo.CLIENT_MEMBER)).body();
		assertThat(texts(history, "to")).containsExactly("DRAFT", "ACTIVE", "SUSPENDED", "ACTIVE", "CLOSED");
		assertThat(history.get(2).get("reason").asString()).isEqualTo("Budget review");
		assertThat(history.get(2).get("from").asString()).isEqualTo("ACTIVE");
		for (String action : List.of("engagement.activated", "engagement.suspended", "engagement.resumed",
				"engagement.closed")) {
			assertThat(audited(action, id)).as(action).isOne();
		}
	}

	@Test
	void aDraftCanBeAbandonedAndASuspendedEngagementClosed() {
		UUID draft = create(bareDraft("BPO", acme, atlas));
		UUID suspended = create(bpo(acme, atlas));
		moveAlong(suspended, "ACTIVE", "SUSPENDED");

		Api.Response abandoned = move(token(Demo.PROVIDER_MANAGER), draft, "CLOSED", "Not signed");
		Api.Response closed = move(token(Demo.PROVIDER_MANAGER), suspended, "CLOSED", null);

		assertThat(abandoned.status()).as(abandoned.toString()).isEqualTo(200);
		assertThat(abandoned.body().get("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
		assertThat(storedStatus(draft)).isEqualTo("CLOSED");
		assertThat(storedStatus(suspended)).isEqualTo("CLOSED");
	}

	@ParameterizedTest(name = "{0} -> {1} is refused, allowed: {2}")
	@CsvSource(delimiter = '|', value = {
			"DRAFT     | DRAFT     | ACTIVE CLOSED",
			"DRAFT     | SUSPENDED | ACTIVE CLOSED",
			"ACTIVE    | ACTIVE    | SUSPENDED CLOSED",
			"ACTIVE    | DRAFT     | SUSPENDED CLOSED",
			"SUSPENDED | SUSPENDED | ACTIVE CLOSED",
			"SUSPENDED | DRAFT     | ACTIVE CLOSED",
			"CLOSED    | ACTIVE    | ''",
			"CLOSED    | SUSPENDED | ''",
			"CLOSED    | DRAFT     | ''",
			"CLOSED    | CLOSED    | ''" })
	void anIllegalTransitionIs409WithTheAllowedStatusesAndChangesNothing(String from, String to, String allowed) {
		UUID id = create(subcontracting(acme, atlas));
		switch (from) {
			case "ACTIVE" -> moveAlong(id, "ACTIVE");
			case "SUSPENDED" -> moveAlong(id, "ACTIVE", "SUSPENDED");
			case "CLOSED" -> moveAlong(id, "CLOSED");
			default -> {
			}
		}
		long version = storedVersion(id);

		Api.Response refused = move(id, to, "Because");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.body().get("code").asString()).isEqualTo("illegal-transition");
		assertThat(refused.body().get("from").asString()).isEqualTo(from);
		assertThat(refused.body().get("to").asString()).isEqualTo(to);
		assertThat(texts(refused.body().get("allowed"), null))
			.containsExactlyElementsOf(allowed.isEmpty() ? List.of() : List.of(allowed.split(" ")));
		assertThat(storedStatus(id)).isEqualTo(from);
		assertThat(storedVersion(id)).isEqualTo(version);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"SUBCONTRACTING | startDate endDate budget",
			"BPO            | bpoFunction startDate renewalDate noticeDays monthlyFee",
			"HYBRID         | bpoFunction startDate endDate renewalDate noticeDays budget monthlyFee" })
	void aDraftMissingItsKindsTermsCannotBeActivated(String kind, String missing) {
		UUID id = create(bareDraft(kind, acme, atlas));

		Api.Response refused = move(id, "ACTIVE", null);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.body().get("code").asString()).isEqualTo("terms-incomplete");
		assertThat(texts(refused.body().get("missing"), null)).containsExactly(missing.split(" "));
		assertThat(storedStatus(id)).isEqualTo("DRAFT");
	}

	@Test
	void suspendingNeedsAReason() {
		UUID id = create(subcontracting(acme, atlas));
		moveAlong(id, "ACTIVE");

		for (String reason : new String[] { null, "   " }) {
			Api.Response refused = move(id, "SUSPENDED", reason);

			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(fieldErrors(refused)).containsExactly("reason:required");
		}
		assertThat(storedStatus(id)).isEqualTo("ACTIVE");
	}

	@Test
	void closingIsRefusedWhileWorkIsOpen() {
		UUID id = create(subcontracting(acme, atlas));
		moveAlong(id, "ACTIVE");
		openWork.set(id, 3);

		Api.Response refused = move(id, "CLOSED", null);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.body().get("code").asString()).isEqualTo("open-work");
		assertThat(refused.body().get("openItems").asLong()).isEqualTo(3);
		assertThat(storedStatus(id)).isEqualTo("ACTIVE");
		assertThat(audited("engagement.closed", id)).isZero();

		openWork.set(id, 0);
		assertThat(move(id, "CLOSED", null).status()).isEqualTo(200);
		assertThat(storedStatus(id)).isEqualTo("CLOSED");
	}

	// Terms

	@Test
	void termsAreReplacedWithTheCurrentETagOnly() {
		UUID id = create(subcontracting(acme, atlas));
		String path = "/api/v1/engagements/" + id;
		String etag = api.get(path, token(Demo.CLIENT_ADMIN)).header("ETag").orElseThrow();
		String changed = subcontracting(acme, atlas).replace("180000", "200000").replace("ERP migration", "ERP move");

		Api.Response withoutIfMatch = api.call("PUT", path).token(token(Demo.CLIENT_ADMIN)).json(changed).send();
		Api.Response updated = api.call("PUT", path).token(token(Demo.PROVIDER_MANAGER)).header("If-Match", etag)
			.json(changed).send();
		Api.Response stale = api.call("PUT", path).token(token(Demo.CLIENT_ADMIN)).header("If-Match", etag)
			.json(subcontracting(acme, atlas)).send();

		assertThat(withoutIfMatch.status()).isEqualTo(428);
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.header("ETag")).hasValue("\"1\"");
		assertThat(updated.body().get("budget").decimalValue()).isEqualByComparingTo("200000");
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.body().get("code").asString()).isEqualTo("stale-version");
		assertThat(api.get(path, token(Demo.CLIENT_ADMIN)).body().get("title").asString()).isEqualTo("ERP move");
		assertThat(jdbc.sql("SELECT summary FROM audit_events WHERE action = 'engagement.terms-changed' AND target_id = :id")
			.param("id", id.toString()).query(String.class).single()).isEqualTo("changed title, budget");
	}

	@Test
	void theKindAndThePartiesNeverChange() {
		UUID id = create(subcontracting(acme, atlas));
		UUID freelancer = organization("Yasmine Benali (freelance)");

		Api.Response response = api.call("PUT", "/api/v1/engagements/" + id).token(token(Demo.CLIENT_ADMIN))
			.header("If-Match", "\"0\"").json(subcontracting(acme, freelancer).replace("SUBCONTRACTING", "HYBRID")).send();

		assertThat(response.status()).isEqualTo(400);
		assertThat(fieldErrors(response)).containsExactlyInAnyOrder("kind:immutable", "providerOrganizationId:immutable");
		assertThat(storedVersion(id)).isZero();
	}

	@Test
	void aRunningEngagementKeepsItsKindsTerms() {
		UUID id = create(bpo(acme, atlas));
		moveAlong(id, "ACTIVE");

		Api.Response response = api.call("PUT", "/api/v1/engagements/" + id).token(token(Demo.CLIENT_ADMIN))
			.header("If-Match", "\"1\"").json(bpo(acme, atlas).replace(",\"monthlyFee\":42000", "")).send();

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(fieldErrors(response)).containsExactly("monthlyFee:required-for-kind");
	}

	@Test
	void aClosedEngagementsTermsAndExitPlanNoLongerChange() {
		UUID id = create(subcontracting(acme, atlas));
		moveAlong(id, "CLOSED");
		long version = storedVersion(id);

		Api.Response terms = api.call("PUT", "/api/v1/engagements/" + id).token(token(Demo.CLIENT_ADMIN))
			.header("If-Match", "\"" + version + "\"").json(subcontracting(acme, atlas)).send();
		Api.Response plan = api.call("PUT", "/api/v1/engagements/" + id + "/exit-plan").token(token(Demo.CLIENT_ADMIN))
			.header("If-Match", "\"0\"").json("{\"planOnFile\":true}").send();

		for (Api.Response refused : List.of(terms, plan)) {
			assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
			assertThat(refused.body().get("code").asString()).isEqualTo("engagement-closed");
		}
		assertThat(storedVersion(id)).isEqualTo(version);
	}

	@Test
	void theRenewalAlertShowsWithinItsPeriodUntilTheEngagementCloses() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		UUID soon = create(bpo(acme, atlas).replace("2026-01-01", today.minusYears(1).toString())
			.replace("2027-01-01", today.plusDays(59).toString()));
		UUID later = create(bpo(acme, atlas).replace("2026-01-01", today.minusYears(1).toString())
			.replace("2027-01-01", today.plusDays(61).toString()));

		assertThat(api.get("/api/v1/engagements/" + soon, token(Demo.CLIENT_MEMBER)).body().get("renewalAlert")
			.asBoolean()).isTrue();
		assertThat(api.get("/api/v1/engagements/" + later, token(Demo.CLIENT_MEMBER)).body().get("renewalAlert")
			.asBoolean()).isFalse();
		moveAlong(soon, "CLOSED");
		assertThat(api.get("/api/v1/engagements/" + soon, token(Demo.CLIENT_MEMBER)).body().get("renewalAlert")
			.asBoolean()).isFalse();
	}

	// Exit plan

	@Test
	void theExitPlanIsReadAndReplacedWithIfMatch() {
		UUID id = create(bpo(acme, atlas));
		String path = "/api/v1/engagements/" + id + "/exit-plan";
		Api.Response empty = api.get(path, token(Demo.CLIENT_MEMBER));
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body().get("planOnFile").asBoolean()).isFalse();
		String plan = """
				{"planOnFile":true,"dataReturnFormat":"CSV and SQL dump","transitionDays":90,
				 "lastRehearsal":"2025-11-15","successorOption":"Client in-house team"}""";

		Api.Response saved = api.call("PUT", path).token(token(Demo.PROVIDER_MANAGER))
			.header("If-Match", empty.header("ETag").orElseThrow()).json(plan).send();
		Api.Response stale = api.call("PUT", path).token(token(Demo.CLIENT_ADMIN))
			.header("If-Match", empty.header("ETag").orElseThrow()).json("{\"planOnFile\":false}").send();

		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(saved.header("ETag")).hasValue("\"1\"");
		assertThat(stale.status()).isEqualTo(412);
		JsonNode read = api.get(path, token(Demo.CLIENT_MEMBER)).body();
		assertThat(read.get("planOnFile").asBoolean()).isTrue();
		assertThat(read.get("dataReturnFormat").asString()).isEqualTo("CSV and SQL dump");
		assertThat(read.get("transitionDays").asInt()).isEqualTo(90);
		assertThat(read.get("lastRehearsal").asString()).isEqualTo("2025-11-15");
		assertThat(read.get("successorOption").asString()).isEqualTo("Client in-house team");
		assertThat(audited("engagement.exit-plan-changed", id)).isOne();
	}

	@Test
	void aBadExitPlanNamesEveryField() {
		UUID id = create(bpo(acme, atlas));
		String future = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();

		Api.Response response = api.call("PUT", "/api/v1/engagements/" + id + "/exit-plan")
			.token(token(Demo.CLIENT_ADMIN)).header("If-Match", "\"0\"")
			.json("{\"transitionDays\":-3,\"lastRehearsal\":\"" + future + "\",\"dataReturnFormat\":\"" + "x".repeat(201)
					+ "\"}")
			.send();

		assertThat(response.status()).isEqualTo(400);
		assertThat(fieldErrors(response)).containsExactlyInAnyOrder("planOnFile:required", "transitionDays:out-of-range",
				"lastRehearsal:out-of-range", "dataReturnFormat:too-long");
	}

	// Lists

	@Test
	void listsArePagedAndFilteredByKindAndStatus() {
		UUID active = create(bpo(acme, atlas));
		moveAlong(active, "ACTIVE");
		create(subcontracting(acme, atlas));

		JsonNode activeBpo = api.get("/api/v1/engagements?kind=BPO&status=ACTIVE&size=200", token(Demo.CLIENT_MEMBER))
			.body();
		JsonNode firstPage = api.get("/api/v1/engagements?size=1", token(Demo.CLIENT_MEMBER)).body();

		assertThat(texts(activeBpo.get("items"), "id")).contains(active.toString());
		assertThat(texts(activeBpo.get("items"), "kind")).containsOnly("BPO");
		assertThat(texts(activeBpo.get("items"), "status")).containsOnly("ACTIVE");
		assertThat(firstPage.get("items")).hasSize(1);
		assertThat(firstPage.get("totalElements").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(firstPage.get("totalPages").asLong()).isEqualTo(firstPage.get("totalElements").asLong());
	}

	private long engagements() {
		return jdbc.sql("SELECT COUNT(*) FROM engagements").query(Long.class).single();
	}

	static List<String> fieldErrors(Api.Response response) {
		List<String> errors = new java.util.ArrayList<>();
		response.body().get("errors").forEach(e -> errors.add(e.get("field").asString() + ":" + e.get("code").asString()));
		return errors;
	}
}
