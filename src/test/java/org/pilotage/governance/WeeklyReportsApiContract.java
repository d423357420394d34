package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;
import org.pilotage.support.SettableClock;
import org.pilotage.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

/**
 * The weekly follow-up reports over HTTP, on each database, with a history played at set instants (a settable clock):
 * a week generated now is archived with its figures, breaches, open items, deliverables due and actions; generating it
 * again adds a revision and leaves the first as it was; an action still open is carried into the next week's report,
 * and one closed during a week is listed in that week's report one last time; the PDF holds the week; bad weeks are
 * named; both parties read, a staffed freelancer gets 404, a client's member may not generate.
 *
 * <p>The engagement: a hybrid contract of Acme (Paris) with Atlas (tickets and deliverables), first response due in 60 minutes round the clock. Week 2026-W24
 * is Monday 8 to Sunday 14 June 2026 in Paris. Times are UTC.
 *
 * <pre>
 * A  ticket created Mon 8 08:00, replied 08:20 (met)
 * B  ticket created Mon 8 09:00, replied 11:00 (120 min: breached)
 * D  deliverable created Mon 8 10:00, due Sat 20 June (within the two weeks after W24)
 * action "Send the runbook" (owner: free text) added Tue 9 by the client's administrator, done Wed 17
 * decision "Freeze changes" (owner: the provider's manager) added Tue 9, done at once
 * </pre>
 */
@Import(SettableClock.Configuration.class)
abstract class WeeklyReportsApiContract extends IntegrationTest {

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private SettableClock clock;

	@BeforeEach
	void clockOf(@Autowired SettableClock applicationClock) {
		this.clock = applicationClock;
	}

	private String token(String email) {
		return TOKENS.computeIfAbsent(port + " " + email, key -> tokenFor(email));
	}

	private void at(String instant) {
		clock.set(Instant.parse(instant));
	}

	private static Api.Response ok(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isBetween(200, 201);
		return response;
	}

	private UUID engagement() {
		UUID acme = jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(Demo.ACME).query(UUID.class).single();
		UUID atlas = jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(Demo.ATLAS).query(UUID.class).single();
		Api.Response created = api.post("/api/v1/engagements", token(Demo.CLIENT_ADMIN), """
				{"kind":"HYBRID","clientOrganizationId":"%s","providerOrganizationId":"%s","title":"Report desk %s",
				 "bpoFunction":"HELPDESK","startDate":"2026-01-01","endDate":"2026-12-31","renewalDate":"2026-12-01","budget":300000,"noticeDays":90,
				 "renewalAlertDays":60,"currency":"EUR","monthlyFee":42000,
				 "rates":[{"role":"Support engineer","dayRate":400}]}""".formatted(acme, atlas, UUID.randomUUID()));
		UUID id = UUID.fromString(ok(created).body().get("id").asString());
		ok(api.post("/api/v1/engagements/" + id + "/status", token(Demo.CLIENT_ADMIN), "{\"status\":\"ACTIVE\"}"));
		ok(api.call("PUT", "/api/v1/engagements/" + id + "/sla-policy").token(token(Demo.PROVIDER_MANAGER)).json("""
				{"metrics":[{"metric":"FIRST_RESPONSE","goalMinutes":{"P1":60,"P2":60,"P3":60,"P4":60}}]}""").send());
		return id;
	}

	private String item(UUID engagement, String as, String instant, String body) {
		at(instant);
		return ok(api.post("/api/v1/engagements/" + engagement + "/work-items", token(as), body)).body().get("id")
			.asString();
	}

	private String ticket(UUID engagement, String instant, String title) {
		return item(engagement, Demo.CLIENT_MEMBER, instant, "{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\""
				+ title + "\",\"impact\":\"HIGH\",\"urgency\":\"MEDIUM\"}");
	}

	private void reply(String item, String instant) {
		at(instant);
		ok(api.post("/api/v1/work-items/" + item + "/comments", token(Demo.PROVIDER_AGENT), "{\"body\":\"On it\"}"));
	}

	private Api.Response generate(UUID engagement, String as, String body) {
		return api.post("/api/v1/engagements/" + engagement + "/weekly-reports", token(as), body);
	}

	private JsonNode report(UUID engagement, String week, String query) {
		return ok(api.get("/api/v1/engagements/" + engagement + "/weekly-reports/" + week + query,
				token(Demo.CLIENT_MEMBER))).body();
	}

	private static List<String> texts(JsonNode list, String field) {
		List<String> texts = new ArrayList<>();
		list.forEach(node -> texts.add(node.get(field).asString()));
		return texts;
	}

	private static JsonNode compliance(JsonNode content) {
		for (JsonNode figure : content.get("figures")) {
			if (figure.get("kpi").asString().equals("sla-compliance")) {
				return figure;
			}
		}
		throw new AssertionError("no SLA compliance in " + content);
	}

	private static Map<String, String> statuses(JsonNode report) {
		Map<String, String> statuses = new LinkedHashMap<>();
		report.get("report").get("actions").forEach(a -> statuses.put(a.get("text").asString(),
				a.get("status").asString()));
		return statuses;
	}

	@Test
	void aWeekIsArchivedWithItsFiguresAndActionsCarriedIntoTheNextWeek() throws IOException {
		at("2026-06-01T06:00:00Z");
		UUID engagement = engagement();
		String a = ticket(engagement, "2026-06-08T08:00:00Z", "Printer A");
		reply(a, "2026-06-08T08:20:00Z");
		String b = ticket(engagement, "2026-06-08T09:00:00Z", "Mailbox B");
		String d = item(engagement, Demo.PROVIDER_MANAGER, "2026-06-08T10:00:00Z",
				"{\"type\":\"DELIVERABLE\",\"title\":\"Runbook D\",\"dueDate\":\"2026-06-20\"}");
		reply(b, "2026-06-08T11:00:00Z");

		at("2026-06-09T09:00:00Z");
		String actions = "/api/v1/engagements/" + engagement + "/weekly-report-actions";
		Api.Response runbook = api.post(actions, token(Demo.CLIENT_ADMIN),
				"{\"text\":\"Send the runbook\",\"owner\":\"Atlas team\",\"dueDate\":\"2026-06-19\"}");
		assertThat(runbook.status()).as(runbook.toString()).isEqualTo(201);
		assertThat(runbook.header("ETag")).contains("\"1\"");
		assertThat(runbook.body().get("status").asString()).isEqualTo("OPEN");
		assertThat(runbook.body().get("kind").asString()).isEqualTo("ACTION");
		UUID manager = jdbc.sql("SELECT id FROM users WHERE email = ?").param(Demo.PROVIDER_MANAGER).query(UUID.class)
			.single();
		Api.Response decision = api.post(actions, token(Demo.PROVIDER_MANAGER), "{\"kind\":\"DECISION\",\"text\":"
				+ "\"Freeze changes\",\"ownerUserId\":\"" + manager + "\",\"status\":\"DONE\"}");
		assertThat(decision.status()).as(decision.toString()).isEqualTo(201);
		assertThat(decision.body().get("owner").asString()).isNotBlank();
		Api.Response bad = api.post(actions, token(Demo.CLIENT_ADMIN), "{\"kind\":\"WISH\",\"text\":\" \",\"ownerUserId\":\""
				+ UUID.randomUUID() + "\",\"dueDate\":\"soon\",\"status\":\"LATER\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.isProblem()).isTrue();
		Map<String, String> codes = new LinkedHashMap<>();
		bad.body().get("errors").forEach(e -> codes.put(e.get("field").asString(), e.get("code").asString()));
		assertThat(codes).containsExactlyInAnyOrderEntriesOf(Map.of("kind", "unknown", "text", "required",
				"ownerUserId", "unknown-owner", "dueDate", "malformed-date", "status", "unknown"));
		Api.Response far = api.post(actions, token(Demo.CLIENT_ADMIN), "{\"text\":\"Far\",\"dueDate\":\"-5000-01-01\"}");
		assertThat(far.status()).isEqualTo(400);
		assertThat(far.body().get("errors").get(0).get("code").asString()).isEqualTo("out-of-range");
		assertThat(api.post(actions, token(Demo.CLIENT_MEMBER), "{\"text\":\"Mine\"}").status()).isEqualTo(403);
		assertThat(ok(api.get(actions, token(Demo.CLIENT_MEMBER))).body()).hasSize(2);

		// Monday 15 June, noon in Paris: week 24 generated now
		at("2026-06-15T10:00:00Z");
		Api.Response generated = generate(engagement, Demo.CLIENT_ADMIN, "{\"week\":\"2026-W24\"}");
		assertThat(generated.status()).as(generated.toString()).isEqualTo(201);
		assertThat(generated.header("Location").orElseThrow()).endsWith("/weekly-reports/2026-W24");
		JsonNode w24 = generated.body();
		assertThat(w24.get("revision").asInt()).isEqualTo(1);
		assertThat(w24.get("scheduled").asBoolean()).isFalse();
		JsonNode content = w24.get("report");
		assertThat(content.get("monday").asString()).isEqualTo("2026-06-08");
		assertThat(content.get("sunday").asString()).isEqualTo("2026-06-14");
		assertThat(content.get("zone").asString()).isEqualTo("Europe/Paris");
		assertThat(texts(content.get("figures"), "kpi")).doesNotContain("ola-compliance").contains("sla-compliance",
				"backlog", "csat");
		JsonNode compliance = compliance(content);
		assertThat(compliance.get("value").decimalValue()).isEqualByComparingTo("50");
		assertThat(compliance.has("previous")).as("nothing measured the week before").isFalse();
		assertThat(texts(content.get("breaches"), "id")).containsExactly(b);
		assertThat(content.get("breaches").get(0).get("metric").asString()).isEqualTo("FIRST_RESPONSE");
		assertThat(texts(content.get("oldestOpen"), "id")).containsExactly(a, b, d);
		assertThat(texts(content.get("deliverablesDue"), "id")).containsExactly(d);
		assertThat(content.get("dueUntil").asString()).isEqualTo("2026-06-28");
		assertThat(statuses(w24)).containsExactly(Map.entry("Send the runbook", "OPEN"),
				Map.entry("Freeze changes", "DONE"));
		assertThat(content.has("credits")).as("no credit contract yet").isFalse();

		// during week 25 the action is done; a stale version is refused with nothing written
		at("2026-06-17T09:00:00Z");
		String path = actions + "/" + runbook.body().get("id").asString();
		String done = "{\"text\":\"Send the runbook\",\"owner\":\"Atlas team\",\"dueDate\":\"2026-06-19\",\"status\":\"DONE\"}";
		Api.Response closed = api.call("PUT", path).token(token(Demo.PROVIDER_MANAGER)).header("If-Match", "\"1\"")
			.json(done).send();
		assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
		assertThat(closed.body().get("version").asInt()).isEqualTo(2);
		Api.Response stale = api.call("PUT", path).token(token(Demo.CLIENT_ADMIN)).header("If-Match", "\"1\"")
			.json("{\"text\":\"Changed\"}").send();
		assertThat(stale.status()).isEqualTo(412);
		assertThat(api.call("PUT", path).token(token(Demo.CLIENT_ADMIN)).json(done).send().status()).isEqualTo(428);

		// the parties agree on service credits: from now on a report carries the month's statement as it stands
		ok(api.call("PUT", "/api/v1/engagements/" + engagement + "/credit-contract")
			.token(token(Demo.PROVIDER_MANAGER))
			.json("""
					{"currency":"EUR","monthlyFee":42000,"atRiskShare":10,
					 "levels":[{"kpi":"sla-compliance","target":95,"minimum":90,"allocation":100}]}""")
			.send());

		// Monday 22 June: week 25 lists the action closed during it, not the decision closed the week before
		at("2026-06-22T10:00:00Z");
		JsonNode w25 = ok(generate(engagement, Demo.PROVIDER_MANAGER, "{\"week\":\"2026-W25\"}")).body();
		assertThat(statuses(w25)).containsExactly(Map.entry("Send the runbook", "DONE"));
		// June's statement so far: what the statement's own API answers at the same instant
		JsonNode credits = w25.get("report").get("credits");
		assertThat(credits.get("provisional").asBoolean()).isTrue();
		JsonNode june = ok(api.get("/api/v1/engagements/" + engagement + "/credit-statements/2026-06",
				token(Demo.CLIENT_MEMBER))).body();
		assertThat(credits.get("statement")).isEqualTo(june.get("statement"));
		// June's compliance so far: B's first response breached, A's met: 50 %, below the minimum, the whole pool
		assertThat(credits.get("statement").get("levels").get(0).get("measure").decimalValue())
			.isEqualByComparingTo("50");
		assertThat(credits.get("statement").get("total").decimalValue()).isEqualByComparingTo("4200");
		assertThat(w25.get("report").get("breaches")).isEmpty();
		assertThat(compliance(w25.get("report")).get("previous").decimalValue()).isEqualByComparingTo("50");

		// week 24 again: a second revision; the first stays as archived
		JsonNode again = ok(generate(engagement, Demo.CLIENT_ADMIN, "{\"week\":\"2026-W24\"}")).body();
		assertThat(again.get("revision").asInt()).isEqualTo(2);
		assertThat(statuses(again)).containsExactly(Map.entry("Freeze changes", "DONE"));
		JsonNode latest = report(engagement, "2026-W24", "");
		assertThat(latest.get("revision").asInt()).isEqualTo(2);
		assertThat(latest.get("revisions").toString()).isEqualTo("[1,2]");
		JsonNode first = report(engagement, "2026-W24", "?revision=1");
		assertThat(statuses(first)).isEqualTo(statuses(w24));
		assertThat(first.get("report").get("generatedAt").asString()).isEqualTo("2026-06-15T10:00:00Z");

		JsonNode archive = ok(api.get("/api/v1/engagements/" + engagement + "/weekly-reports", token(Demo.AUDITOR)))
			.body();
		assertThat(texts(archive.get("weeks"), "week")).containsExactly("2026-W25", "2026-W24");
		assertThat(archive.get("weeks").get(1).get("revisions").asInt()).isEqualTo(2);
		assertThat(archive.get("editable").asBoolean()).isFalse();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM weekly_reports WHERE engagement_id = ?").param(engagement)
			.query(Long.class).single()).isEqualTo(3);

		// the PDF in each language
		String pdfPath = "/api/v1/engagements/" + engagement + "/weekly-reports/2026-W24.pdf";
		byte[] english = bytes(pdfPath, token(Demo.CLIENT_MEMBER), "en");
		assertThat(new String(english, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		String text = text(english);
		assertThat(text).contains("Weekly follow-up report", "2026-W24", "Mailbox B", "Freeze changes");
		String french = text(bytes(pdfPath + "?revision=1", token(Demo.CLIENT_MEMBER), "fr"));
		assertThat(french).contains("Point de suivi hebdomadaire", "semaine 2026-W24", "Send the runbook");
		// the first revision was generated before the credit contract, the second after it
		assertThat(french).doesNotContain("Crédits de service");
		assertThat(text).contains("Service credits of June 2026", "Provisional", "Minimum missed", "4,200.00");
	}

	@Test
	void aBadOrUnendedWeekIsNamedAndNothingIsArchived() {
		at("2026-06-01T06:00:00Z");
		UUID engagement = engagement();
		at("2026-06-10T10:00:00Z");
		Map<String, String> bodies = Map.of("{}", "required", "{\"week\":\"2026-48\"}", "malformed-week",
				"{\"week\":\"2026-W54\"}", "malformed-week", "{\"week\":\"2026-W24\"}", "week-not-ended",
				"{\"week\":\"2026-W30\"}", "week-not-ended", "{\"week\":\"2025-W52\"}", "week-before-start",
				"{\"week\":\"0000-W01\"}", "week-before-start");
		bodies.forEach((body, code) -> {
			Api.Response refused = generate(engagement, Demo.CLIENT_ADMIN, body);
			assertThat(refused.status()).as(body + " " + refused).isEqualTo(400);
			assertThat(refused.isProblem()).isTrue();
			assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("week");
			assertThat(refused.body().get("errors").get(0).get("code").asString()).as(body).isEqualTo(code);
		});
		Api.Response malformed = api.get("/api/v1/engagements/" + engagement + "/weekly-reports/48",
				token(Demo.CLIENT_ADMIN));
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.body().get("errors").get(0).get("field").asString()).isEqualTo("week");
		Api.Response none = api.get("/api/v1/engagements/" + engagement + "/weekly-reports/2026-W20",
				token(Demo.CLIENT_ADMIN));
		assertThat(none.status()).isEqualTo(404);
		assertThat(none.body().get("code").asString()).isEqualTo("no-report");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM weekly_reports WHERE engagement_id = ?").param(engagement)
			.query(Long.class).single()).isZero();
	}

	@Test
	void bothPartiesReadTheMissionsReportWhileItsFreelancerGets404AndNoFreelancerIsNamed() throws IOException {
		at("2026-06-10T10:00:00Z");
		UUID mission = jdbc.sql("SELECT id FROM engagements WHERE title = ?").param(Demo.MISSION).query(UUID.class)
			.single();
		String reports = "/api/v1/engagements/" + mission + "/weekly-reports";
		assertThat(generate(mission, Demo.CLIENT_MEMBER, "{\"week\":\"2026-W23\"}").status()).isEqualTo(403);
		assertThat(generate(mission, Demo.FREELANCER, "{\"week\":\"2026-W23\"}").status()).isEqualTo(404);
		ok(generate(mission, Demo.PROVIDER_MANAGER, "{\"week\":\"2026-W23\"}"));

		for (String reader : List.of(Demo.CLIENT_ADMIN, Demo.CLIENT_MEMBER, Demo.AUDITOR, Demo.PROVIDER_AGENT)) {
			assertThat(api.get(reports, token(reader)).status()).as(reader).isEqualTo(200);
			Api.Response week = api.get(reports + "/2026-W23", token(reader));
			assertThat(week.status()).as(reader).isEqualTo(200);
			assertThat(week.text()).doesNotContain("Yasmine", "Benali", "Andrei", "Popescu", "OLA");
		}
		assertThat(text(bytes(reports + "/2026-W23.pdf", token(Demo.CLIENT_MEMBER), "en"))).doesNotContain("Yasmine",
				"Benali", "Andrei", "Popescu");
		for (String path : List.of(reports, reports + "/2026-W23", reports + "/2026-W23.pdf",
				"/api/v1/engagements/" + mission + "/weekly-report-actions")) {
			Api.Response hidden = api.get(path, token(Demo.FREELANCER));
			assertThat(hidden.status()).as(path).isEqualTo(404);
			assertThat(hidden.isProblem()).isTrue();
		}
	}

	@Test
	void thePagesListGenerateAndShowAReportAndEditItsActionsWhileAFormWithABadFieldWritesNothing() {
		at("2026-06-01T06:00:00Z");
		UUID engagement = engagement();
		at("2026-06-10T10:00:00Z");
		String reports = "/engagements/" + engagement + "/reports";
		WebSession admin = WebSession.signIn(api.base(), Demo.CLIENT_ADMIN, Demo.PASSWORD);
		WebSession.Page empty = admin.get(reports);
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("data-role=\"no-report\"", "data-action=\"generate\"");

		WebSession.Page unended = admin.post(reports, Map.of("week", "2026-W24"));
		assertThat(unended.status()).isEqualTo(400);
		assertThat(unended.body()).contains("data-field-error=\"week\"");
		WebSession.Page generated = admin.post(reports, Map.of("week", "2026-W23"));
		assertThat(generated.status()).as(generated.toString()).isEqualTo(302);
		assertThat(generated.redirectPath()).isEqualTo(reports + "/2026-W23");
		WebSession.Page page = admin.follow(generated);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("2026-W23", "data-kpi=\"sla-compliance\"", "data-action=\"download-pdf\"");

		WebSession.Page refused = admin.post(reports + "/actions", Map.of("text", " ", "dueDate", "soon",
				"back", reports + "/2026-W23"));
		assertThat(refused.status()).isEqualTo(302);
		assertThat(admin.follow(refused).body()).contains("data-role=\"action-problem\"");
		assertThat(api.get("/api/v1/engagements/" + engagement + "/weekly-report-actions", token(Demo.CLIENT_ADMIN))
			.body()).isEmpty();
		WebSession.Page added = admin.post(reports + "/actions", Map.of("kind", "DECISION", "text", "Weekly call on"
				+ " Mondays", "owner", "Both", "back", reports + "/2026-W23"));
		assertThat(added.redirectPath()).isEqualTo(reports + "/2026-W23");
		JsonNode action = api.get("/api/v1/engagements/" + engagement + "/weekly-report-actions",
				token(Demo.CLIENT_ADMIN)).body().get(0);
		assertThat(action.get("kind").asString()).isEqualTo("DECISION");
		WebSession.Page closed = admin.post(reports + "/actions/" + action.get("id").asString(), Map.of("kind",
				"DECISION", "text", "Weekly call on Mondays", "owner", "Both", "status", "DONE", "version", "1",
				"back", "https://elsewhere.example/"));
		assertThat(closed.redirectPath()).isEqualTo(reports);
		assertThat(admin.follow(closed).body()).contains("data-status=\"DONE\"");

		WebSession member = WebSession.signIn(api.base(), Demo.CLIENT_MEMBER, Demo.PASSWORD);
		WebSession.Page read = member.get(reports + "/2026-W23");
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body()).doesNotContain("data-action=\"save-action\"", "data-role=\"add-action\"");
		assertThat(member.post(reports, Map.of("week", "2026-W22")).status()).isEqualTo(403);
		WebSession.Page missing = WebSession.signIn(api.base(), Demo.PROVIDER_MANAGER, Demo.PASSWORD)
			.get(reports + "/2026-W20");
		assertThat(missing.status()).isEqualTo(404);
	}

	private byte[] bytes(String path, String token, String language) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", language)
			.build();
		try {
			HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
			return response.body();
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	static String text(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		StringBuilder text = new StringBuilder();
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page)).append('\n');
		}
		reader.close();
		return text.toString();
	}
}
