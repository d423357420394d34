package org.pilotage.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;
import org.pilotage.support.WebSession;

import tools.jackson.databind.JsonNode;

/**
 * The bulk import, on each database: JSON and CSV files become items with their timeline, all or nothing; one bad
 * row among a hundred writes nothing and is the one reported; every bad field of every bad row is listed; keys
 * are imported once; the caller may import only what it may create; dry runs, limits, retries; and the page that
 * shows the report. Each test marks its rows with its own key prefix, since other tests share the database.
 */
abstract class WorkImportContract extends IntegrationTest {

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private UUID mission;

	private UUID helpdesk;

	private String prefix;

	@BeforeEach
	void demoEngagements() {
		mission = jdbc.sql("SELECT id FROM engagements WHERE title = ?").param(Demo.MISSION).query(UUID.class).single();
		helpdesk = jdbc.sql("SELECT id FROM engagements WHERE title = ?").param(Demo.HELPDESK).query(UUID.class).single();
		prefix = "T" + UUID.randomUUID().toString().substring(0, 8) + "-";
	}

	String token(String email) {
		return TOKENS.computeIfAbsent(port + " " + email, key -> tokenFor(email));
	}

	private Api.Response importJson(UUID engagement, String as, String body) {
		return api.post("/api/v1/engagements/" + engagement + "/work-items/import", token(as), body);
	}

	private Api.Response importCsv(UUID engagement, String as, String csv) {
		return api.call("POST", "/api/v1/engagements/" + engagement + "/work-items/import")
			.token(token(as))
			.bytes("text/csv; charset=utf-8", csv.getBytes(StandardCharsets.UTF_8))
			.send();
	}

	private long imported() {
		return jdbc.sql("SELECT COUNT(*) FROM work_items WHERE external_key LIKE ?").param(prefix + "%")
			.query(Long.class)
			.single();
	}

	private List<JsonNode> events(String item) {
		List<JsonNode> events = new ArrayList<>();
		api.get("/api/v1/work-items/" + item + "/events", token(Demo.PROVIDER_MANAGER)).body().forEach(events::add);
		return events;
	}

	private static List<String> kinds(List<JsonNode> events) {
		return events.stream().map(e -> e.get("kind").asString()).toList();
	}

	@Test
	void aJsonImportCreatesTheItemsInRowOrderWithTheirTimeline() {
		Map<String, Object> yasmine = jdbc.sql("SELECT id, email, user_id FROM people WHERE display_name = ?")
			.param(Demo.YASMINE)
			.query()
			.singleRow();
		Api.Response response = importJson(mission, Demo.PROVIDER_MANAGER, """
				[{"externalKey":"%1$s1","type":"TASK","title":"Migrate the payment service","status":"IN_PROGRESS",
				  "assignee":"%2$s","createdAt":"2026-01-05T09:30:00+01:00","impact":"HIGH","urgency":"HIGH"},
				 {"externalKey":"%1$s2","type":"DELIVERABLE","title":"Runbook","acceptanceCriteria":"Reviewed by ops",
				  "dueDate":"2026-12-31"},
				 {"type":"TICKET","ticketType":"INCIDENT","title":"Pipeline red","category":"CI"}]"""
			.formatted(prefix, yasmine.get("email").toString().toUpperCase()));

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		JsonNode result = response.body();
		assertThat(result.get("count").asInt()).isEqualTo(3);
		JsonNode items = result.get("items");
		assertThat(items.get(0).get("row").asInt()).isEqualTo(1);
		assertThat(items.get(0).get("externalKey").asString()).isEqualTo(prefix + "1");
		assertThat(items.get(1).get("number").asInt()).isEqualTo(items.get(0).get("number").asInt() + 1);
		assertThat(items.get(2).get("number").asInt()).isEqualTo(items.get(0).get("number").asInt() + 2);
		assertThat(items.get(2).has("externalKey")).isFalse();

		String task = items.get(0).get("id").asString();
		JsonNode view = api.get("/api/v1/work-items/" + task, token(Demo.PROVIDER_MANAGER)).body();
		assertThat(view.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(view.get("priority").asString()).isEqualTo("P1");
		assertThat(view.get("assignee").get("personId").asString()).isEqualTo(yasmine.get("id").toString());
		List<JsonNode> timeline = events(task);
		assertThat(kinds(timeline)).containsExactly("CREATED", "ASSIGNED", "STATUS_CHANGED");
		JsonNode created = timeline.get(0).get("data");
		assertThat(created.get("imported").asBoolean()).isTrue();
		assertThat(created.get("externalKey").asString()).isEqualTo(prefix + "1");
		assertThat(created.get("sourceCreatedAt").asString()).isEqualTo("2026-01-05T08:30:00Z");
		assertThat(created.get("status").get("after").asString()).isEqualTo("NEW");
		JsonNode moved = timeline.get(2).get("data");
		assertThat(moved.get("status").get("before").asString()).isEqualTo("NEW");
		assertThat(moved.get("status").get("after").asString()).isEqualTo("IN_PROGRESS");
		assertThat(moved.get("reason").asString()).isEqualTo("imported");
		assertThat(timeline.get(2).get("actor").asString()).isEqualTo(Demo.PROVIDER_MANAGER);
		assertThat(timeline).allSatisfy(e -> assertThat(e.get("at")).isEqualTo(timeline.get(0).get("at")));
		assertThat(jdbc.sql("SELECT source_created_at FROM work_items WHERE id = ?").param(UUID.fromString(task))
			.query(java.time.OffsetDateTime.class).single().toInstant()).hasToString("2026-01-05T08:30:00Z");
		assertThat(kinds(events(items.get(1).get("id").asString()))).containsExactly("CREATED");

		UUID assigneeUser = (UUID) yasmine.get("user_id");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND link = ?")
			.params(assigneeUser, "/work-items/" + task).query(Long.class).single()).isZero();
		UUID manager = jdbc.sql("SELECT id FROM users WHERE email = ?").param(Demo.PROVIDER_MANAGER).query(UUID.class).single();
		assertThat(jdbc.sql("SELECT subject FROM notifications WHERE user_id = ? AND kind = 'work.imported' AND body LIKE ?")
			.params(manager, "%#" + items.get(0).get("number").asInt() + " %").query(String.class).list())
			.singleElement().asString().startsWith("3 ");
		int firstNumber = items.get(0).get("number").asInt();
		assertThat(jdbc.sql("SELECT summary FROM audit_events WHERE action = 'work-items.imported' AND target_id = ?")
			.param(mission.toString()).query(String.class).list())
			.contains("imported 3 work items (#" + firstNumber + " to #" + (firstNumber + 2) + ")");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE action = 'work-item.created' AND target_id = ?")
			.param(task).query(Long.class).single()).isZero();
	}

	@Test
	void aFullImportOfTheMostRowsAllowedGoesThroughInOneRequest() {
		StringBuilder csv = new StringBuilder("externalKey,type,ticketType,title\n");
		for (int i = 1; i <= WorkImportRows.MAX_ROWS; i++) {
			csv.append(prefix).append(i).append(",TICKET,INCIDENT,Ticket ").append(i).append('\n');
		}
		Api.Response response = importCsv(helpdesk, Demo.PROVIDER_AGENT, csv.toString());
		assertThat(response.status()).isEqualTo(201);
		assertThat(imported()).isEqualTo(WorkImportRows.MAX_ROWS);
	}

	@Test
	void aFrenchSpreadsheetsCsvWithSemicolonsAByteOrderMarkAndQuotedNewlinesIsImported() {
		String csv = "\uFEFFexternalKey;type;ticketType;title;description;impact\r\n"
				+ prefix + "1;TICKET;SERVICE_REQUEST;\"Accès VPN; télétravail\";\"Bonjour,\r\nmerci d'ouvrir l'accès \"\"VPN\"\".\";LOW\r\n"
				+ prefix + "2;TICKET;INCIDENT;Écran noir;;HIGH\r\n";
		Api.Response response = importCsv(helpdesk, Demo.CLIENT_MEMBER, csv);

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		String first = response.body().get("items").get(0).get("id").asString();
		JsonNode item = api.get("/api/v1/work-items/" + first, token(Demo.CLIENT_MEMBER)).body();
		assertThat(item.get("title").asString()).isEqualTo("Accès VPN; télétravail");
		assertThat(item.get("description").asString()).isEqualTo("Bonjour,\r\nmerci d'ouvrir l'accès \"VPN\".");
		assertThat(item.get("status").asString()).isEqualTo("NEW");
		assertThat(item.get("ticketType").asString()).isEqualTo("SERVICE_REQUEST");
		assertThat(kinds(events(first))).containsExactly("CREATED");
		assertThat(imported()).isEqualTo(2);
	}

	@Test
	void oneBadRowAmongAHundredWritesNothingAndIsTheOnlyRowReported() {
		StringBuilder csv = new StringBuilder("externalKey,type,title,impact,ticketType\n");
		for (int i = 1; i <= 100; i++) {
			csv.append(prefix).append(i).append(",TICKET,Ticket ").append(i).append(',')
				.append(i == 57 ? "HUGE" : "LOW").append(",INCIDENT\n");
		}
		Api.Response refused = importCsv(helpdesk, Demo.PROVIDER_AGENT, csv.toString());

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		JsonNode problem = refused.body();
		assertThat(problem.get("code").asString()).isEqualTo("invalid-rows");
		assertThat(problem.get("total").asInt()).isEqualTo(100);
		assertThat(problem.get("rows")).hasSize(1);
		JsonNode row = problem.get("rows").get(0);
		assertThat(row.get("row").asInt()).isEqualTo(57);
		assertThat(row.get("line").asInt()).isEqualTo(58);
		assertThat(row.get("externalKey").asString()).isEqualTo(prefix + "57");
		assertThat(row.get("errors")).hasSize(1);
		assertThat(row.get("errors").get(0).get("field").asString()).isEqualTo("impact");
		assertThat(imported()).isZero();
	}

	@Test
	void everyBadFieldOfEveryBadRowIsReported() {
		Api.Response refused = importJson(mission, Demo.PROVIDER_MANAGER, """
				{"items":[
				  {"externalKey":"%1$s1","type":"TICKET","ticketType":"INCIDENT","title":"Fine"},
				  {"externalKey":"%1$s2","type":"EPIC","title":"","urgency":"SOON","dueDate":"31/12/2026"},
				  {"externalKey":"%1$s3","type":"TASK","title":"Closed already","status":"CLOSED",
				   "assignee":"nobody@example.org","createdAt":"yesterday","ticketType":"INCIDENT","priority":"P1"}]}"""
			.formatted(prefix));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		JsonNode rows = refused.body().get("rows");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).get("row").asInt()).isEqualTo(2);
		assertThat(rows.get(0).has("line")).isFalse();
		assertThat(fields(rows.get(0))).containsExactlyInAnyOrder("type", "title", "urgency", "dueDate");
		assertThat(rows.get(1).get("row").asInt()).isEqualTo(3);
		assertThat(fields(rows.get(1))).containsExactlyInAnyOrder("priority", "ticketType", "status", "assignee",
				"createdAt");
		assertThat(imported()).isZero();
	}

	private static List<String> fields(JsonNode row) {
		List<String> fields = new ArrayList<>();
		row.get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}

	@Test
	void anExternalKeyIsImportedOnceWhetherTwiceInTheFileOrAgainLater() {
		String twice = "externalKey,type,title,ticketType\n%1$s1,TICKET,One,PROBLEM\n%1$s2,TICKET,Two,PROBLEM\n%1$s1,TICKET,One again,PROBLEM\n"
			.formatted(prefix);
		Api.Response duplicate = importCsv(helpdesk, Demo.CLIENT_ADMIN, twice);
		assertThat(duplicate.status()).isEqualTo(400);
		JsonNode row = duplicate.body().get("rows").get(0);
		assertThat(row.get("row").asInt()).isEqualTo(3);
		assertThat(row.get("errors").get(0).get("code").asString()).isEqualTo("duplicate");
		assertThat(row.get("errors").get(0).get("message").asString()).contains("row 1");

		Api.Response first = importCsv(helpdesk, Demo.CLIENT_ADMIN, "externalKey,type,title,ticketType\n%1$s1,TICKET,One,PROBLEM\n"
			.formatted(prefix));
		assertThat(first.status()).isEqualTo(201);
		int number = first.body().get("items").get(0).get("number").asInt();
		Api.Response again = importCsv(helpdesk, Demo.CLIENT_ADMIN,
				"externalKey,type,title,ticketType\n%1$s2,TICKET,Two,PROBLEM\n%1$s1,TICKET,One,PROBLEM\n".formatted(prefix));
		assertThat(again.status()).isEqualTo(400);
		JsonNode already = again.body().get("rows").get(0);
		assertThat(already.get("row").asInt()).isEqualTo(2);
		assertThat(already.get("errors").get(0).get("code").asString()).isEqualTo("already-imported");
		assertThat(already.get("errors").get(0).get("message").asString()).contains("#" + number);
		assertThat(imported()).isEqualTo(1);
	}

	@Test
	void eachCallerImportsOnlyWhatItMayCreateWhereItMaySee() {
		Api.Response client = importJson(mission, Demo.CLIENT_ADMIN, """
				[{"externalKey":"%1$s1","type":"TASK","title":"Not the client's"},
				 {"externalKey":"%1$s2","type":"TICKET","ticketType":"CHANGE","title":"Moved by the client","status":"IN_PROGRESS","assignee":"%2$s"}]"""
			.formatted(prefix, Demo.FREELANCER));
		assertThat(client.status()).isEqualTo(400);
		JsonNode rows = client.body().get("rows");
		assertThat(rows.get(0).get("errors").get(0).get("code").asString()).isEqualTo("forbidden");
		assertThat(fields(rows.get(1))).containsExactlyInAnyOrder("status", "assignee");

		Api.Response bpoTask = importJson(helpdesk, Demo.PROVIDER_MANAGER, "[{\"type\":\"TASK\",\"title\":\"No missions here\"}]");
		assertThat(bpoTask.status()).isEqualTo(400);
		assertThat(bpoTask.body().get("rows").get(0).get("errors").get(0).get("code").asString()).isEqualTo("not-for-kind");

		String ticket = "[{\"externalKey\":\"" + prefix + "9\",\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"x\"}]";
		assertThat(importJson(helpdesk, Demo.FREELANCER, ticket).status()).isEqualTo(404);
		assertThat(importJson(UUID.randomUUID(), Demo.PROVIDER_MANAGER, ticket).status()).isEqualTo(404);
		assertThat(importJson(helpdesk, Demo.AUDITOR, ticket).status()).isEqualTo(403);
		assertThat(importJson(helpdesk, Demo.ADMIN, ticket).status()).isEqualTo(403);
		assertThat(imported()).isZero();
	}

	@Test
	void aDryRunChecksEverythingAndWritesNothing() {
		String rows = "[{\"externalKey\":\"" + prefix + "1\",\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"Check me\"}]";
		Api.Response checked = api.post("/api/v1/engagements/" + helpdesk + "/work-items/import?dryRun=true",
				token(Demo.PROVIDER_AGENT), rows);
		assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
		assertThat(checked.body().get("dryRun").asBoolean()).isTrue();
		assertThat(checked.body().get("count").asInt()).isEqualTo(1);
		assertThat(imported()).isZero();
	}

	@Test
	void theDocumentedExampleFileIsAValidImportForTheDemoHelpdesk() throws java.io.IOException {
		byte[] example = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs/work/import-example.csv"));
		Api.Response checked = api.call("POST", "/api/v1/engagements/" + helpdesk + "/work-items/import?dryRun=true")
			.token(token(Demo.PROVIDER_AGENT))
			.bytes("text/csv", example)
			.send();
		assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
		assertThat(checked.body().get("count").asInt()).isEqualTo(3);
	}

	@Test
	void fileProblemsAndLimitsAreRefusedWhole() {
		Api.Response unknown = importCsv(helpdesk, Demo.PROVIDER_AGENT, "type,title,Reporter\nTICKET,a,b\n");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body().get("code").asString()).isEqualTo("unknown-column");
		assertThat(unknown.text()).contains("Reporter");
		assertThat(importJson(helpdesk, Demo.PROVIDER_AGENT, "[]").body().get("code").asString()).isEqualTo("empty-import");
		assertThat(importJson(helpdesk, Demo.PROVIDER_AGENT, "{}").status()).isEqualTo(400);

		StringBuilder tooMany = new StringBuilder("[");
		for (int i = 0; i <= WorkImportRows.MAX_ROWS; i++) {
			tooMany.append(i == 0 ? "" : ",").append("{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"t\"}");
		}
		Api.Response rows = importJson(helpdesk, Demo.PROVIDER_AGENT, tooMany.append(']').toString());
		assertThat(rows.status()).isEqualTo(400);
		assertThat(rows.body().get("code").asString()).isEqualTo("too-many-rows");

		String description = "d".repeat(9_000);
		StringBuilder large = new StringBuilder("[");
		for (int i = 0; i < 200; i++) {
			large.append(i == 0 ? "" : ",").append("{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"t\",\"description\":\"")
				.append(description).append("\"}");
		}
		assertThat(large.length()).isGreaterThan(1_048_576);
		Api.Response overOneMiB = api.post("/api/v1/engagements/" + helpdesk + "/work-items/import?dryRun=true",
				token(Demo.PROVIDER_AGENT), large.append(']').toString());
		assertThat(overOneMiB.status()).as("an import may be larger than other API bodies").isEqualTo(200);

		byte[] huge = new byte[5 * 1024 * 1024 + 1];
		java.util.Arrays.fill(huge, (byte) ' ');
		Api.Response tooLarge = api.call("POST", "/api/v1/engagements/" + helpdesk + "/work-items/import")
			.token(token(Demo.PROVIDER_AGENT))
			.bytes("text/csv", huge)
			.send();
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.isProblem()).isTrue();
	}

	@Test
	void aRetriedImportWithTheSameIdempotencyKeyImportsOnce() {
		String rows = "[{\"externalKey\":\"" + prefix + "1\",\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"Once\"}]";
		String key = "import-" + prefix;
		Api.Response first = api.call("POST", "/api/v1/engagements/" + helpdesk + "/work-items/import")
			.token(token(Demo.PROVIDER_AGENT)).header("Idempotency-Key", key).json(rows).send();
		Api.Response retried = api.call("POST", "/api/v1/engagements/" + helpdesk + "/work-items/import")
			.token(token(Demo.PROVIDER_AGENT)).header("Idempotency-Key", key).json(rows).send();
		assertThat(first.status()).isEqualTo(201);
		assertThat(retried.status()).isEqualTo(201);
		assertThat(retried.header("Idempotent-Replayed")).contains("true");
		assertThat(retried.body().get("items").get(0).get("id").asString())
			.isEqualTo(first.body().get("items").get(0).get("id").asString());
		assertThat(imported()).isEqualTo(1);
	}

	@Test
	void theImportPageShowsEveryBadRowInATableAndThenTheCount() {
		WebSession agent = WebSession.signIn(api.base(), Demo.PROVIDER_AGENT, Demo.PASSWORD);
		assertThat(agent.get("/engagements/" + helpdesk + "/work?lang=fr").body()).contains("data-action=\"import-work\"");
		WebSession.Page form = agent.get("/engagements/" + helpdesk + "/work/import");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("data-role=\"import-form\"", "Importer");

		String bad = "externalKey;type;ticketType;title;urgency\n%1$s1;TICKET;INCIDENT;Bon;LOW\n%1$s2;TICKET;INCIDENT;;LOW\n%1$s3;TICKET;INCIDENT;Mauvais;DEMAIN\n"
			.formatted(prefix);
		WebSession.Page report = agent.postFile("/engagements/" + helpdesk + "/work/import", Map.of(),
				"tickets.csv", "application/octet-stream", bad.getBytes(StandardCharsets.UTF_8));
		assertThat(report.status()).as(report.toString()).isEqualTo(400);
		assertThat(report.body()).contains("data-role=\"import-report\"", "data-row=\"2\"", "data-row=\"3\"",
				prefix + "2", prefix + "3", "est obligatoire.", "Titre").doesNotContain("data-row=\"1\"");
		assertThat(imported()).isZero();

		WebSession.Page unknown = agent.postFile("/engagements/" + helpdesk + "/work/import", Map.of(),
				"tickets.csv", "application/octet-stream", "type,title,Owner\nTICKET,a,b\n".getBytes(StandardCharsets.UTF_8));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("data-role=\"import-problem\"", "Owner");

		String good = "[{\"externalKey\":\"" + prefix + "1\",\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"Bon\"}]";
		WebSession.Page done = agent.postFile("/engagements/" + helpdesk + "/work/import", Map.of(),
				"tickets.json", "application/octet-stream", good.getBytes(StandardCharsets.UTF_8));
		assertThat(done.status()).as(done.toString()).isEqualTo(302);
		assertThat(agent.follow(done).body()).contains("data-role=\"imported\"", "1 élément importé.");
		assertThat(imported()).isEqualTo(1);

		WebSession auditor = WebSession.signIn(api.base(), Demo.AUDITOR, Demo.PASSWORD);
		assertThat(auditor.get("/engagements/" + helpdesk + "/work/import").status()).isEqualTo(403);
	}
}
