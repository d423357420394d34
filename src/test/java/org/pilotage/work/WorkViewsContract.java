package org.pilotage.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * The views of work, on each database: the filtered, sorted, paged lists of one engagement and across engagements,
 * text search over titles, descriptions and the comments the reader may see (never a client on an internal
 * comment), saved filters, the CSV export and the board. Every test makes its own items, named with a word of its
 * own, and searches by that word, since the database is shared with other tests.
 */
abstract class WorkViewsContract extends IntegrationTest {

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private UUID mission;

	private UUID helpdesk;

	@BeforeEach
	void demoEngagements() {
		mission = jdbc.sql("SELECT id FROM engagements WHERE title = ?").param(Demo.MISSION).query(UUID.class).single();
		helpdesk = jdbc.sql("SELECT id FROM engagements WHERE title = ?").param(Demo.HELPDESK).query(UUID.class).single();
	}

	@org.springframework.beans.factory.annotation.Value("${spring.datasource.url}")
	private String datasourceUrl;

	private String token(String email) {
		return TOKENS.computeIfAbsent(port + " " + email, key -> tokenFor(email));
	}

	/** A word no other test uses, so a search for it finds this test's items only. */
	private static String word() {
		return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	private JsonNode ticket(String title, String description, String impact, String urgency) {
		Api.Response created = api.post("/api/v1/engagements/" + helpdesk + "/work-items", token(Demo.CLIENT_MEMBER),
				"{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":" + json.writeValueAsString(title)
						+ ",\"description\":" + json.writeValueAsString(description) + ",\"impact\":\"" + impact
						+ "\",\"urgency\":\"" + urgency + "\"}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.body();
	}

	private JsonNode task(String title) {
		Api.Response created = api.post("/api/v1/engagements/" + mission + "/work-items", token(Demo.PROVIDER_MANAGER),
				"{\"type\":\"TASK\",\"title\":" + json.writeValueAsString(title) + "}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.body();
	}

	private Api.Response list(String path, String as) {
		return api.get(path, token(as));
	}

	private static List<String> titles(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		List<String> titles = new ArrayList<>();
		response.body().get("items").forEach(item -> titles.add(item.get("title").asString()));
		return titles;
	}

	private static String q(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	void filtersApplyEachAndCombinedOnTheEngagementsListAndAcrossEngagements() {
		String w = word();
		JsonNode urgent = ticket(w + " urgent", "", "HIGH", "HIGH");
		JsonNode usual = ticket(w + " usual", "", "MEDIUM", "MEDIUM");
		JsonNode minor = ticket(w + " minor", "", "LOW", "LOW");
		api.post("/api/v1/work-items/" + usual.get("id").asString() + "/transitions", token(Demo.PROVIDER_AGENT),
				"{\"status\":\"IN_PROGRESS\"}");
		String engagementList = "/api/v1/engagements/" + helpdesk + "/work-items?q=" + w;

		assertThat(titles(list(engagementList, Demo.PROVIDER_AGENT))).containsExactlyInAnyOrder(w + " urgent",
				w + " usual", w + " minor");
		assertThat(titles(list(engagementList + "&status=IN_PROGRESS", Demo.PROVIDER_AGENT))).containsExactly(w + " usual");
		assertThat(titles(list(engagementList + "&status=NEW&status=OPEN", Demo.PROVIDER_AGENT)))
			.containsExactlyInAnyOrder(w + " urgent", w + " minor");
		String twoPriorities = urgent.get("priority").asString() + "," + minor.get("priority").asString();
		assertThat(titles(list(engagementList + "&priority=" + twoPriorities, Demo.CLIENT_MEMBER)))
			.containsExactlyInAnyOrder(w + " urgent", w + " minor");
		assertThat(titles(list(engagementList + "&priority=" + twoPriorities + "&status=IN_PROGRESS", Demo.CLIENT_MEMBER)))
			.isEmpty();
		assertThat(titles(list(engagementList + "&type=TASK", Demo.PROVIDER_AGENT))).isEmpty();
		assertThat(titles(list(engagementList + "&type=TICKET,TASK", Demo.PROVIDER_AGENT))).hasSize(3);
		assertThat(titles(list(engagementList + "&assignee=" + UUID.randomUUID(), Demo.PROVIDER_AGENT))).isEmpty();
		assertThat(titles(list(engagementList.replace("q=", "text="), Demo.PROVIDER_AGENT))).hasSize(3);

		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		assertThat(titles(list(engagementList + "&createdFrom=" + today + "&createdTo=" + today, Demo.PROVIDER_AGENT)))
			.hasSize(3);
		assertThat(titles(list(engagementList + "&createdTo=" + today.minusDays(1), Demo.PROVIDER_AGENT))).isEmpty();
		assertThat(titles(list(engagementList + "&updatedFrom=" + today.plusDays(1), Demo.PROVIDER_AGENT))).isEmpty();
		assertThat(titles(list(engagementList + "&dueFrom=" + today, Demo.PROVIDER_AGENT))).isEmpty();

		String all = "/api/v1/work-items?q=" + w;
		assertThat(titles(list(all + "&status=IN_PROGRESS", Demo.PROVIDER_AGENT))).containsExactly(w + " usual");
		assertThat(titles(list(all + "&engagement=" + helpdesk, Demo.CLIENT_ADMIN))).hasSize(3);
		assertThat(titles(list(all + "&engagement=" + mission, Demo.CLIENT_ADMIN))).isEmpty();
	}

	@Test
	void sortingIsStableAndPagesNeitherOverlapNorSkip() {
		String w = word();
		ticket(w + " bravo", "", "LOW", "LOW");
		ticket(w + " alpha", "", "HIGH", "HIGH");
		ticket(w + " charlie", "", "MEDIUM", "MEDIUM");
		String path = "/api/v1/work-items?q=" + w;
		assertThat(titles(list(path + "&sort=title,asc", Demo.PROVIDER_MANAGER))).containsExactly(w + " alpha",
				w + " bravo", w + " charlie");
		assertThat(titles(list(path + "&sort=title,desc", Demo.PROVIDER_MANAGER))).containsExactly(w + " charlie",
				w + " bravo", w + " alpha");
		assertThat(titles(list(path + "&sort=priority", Demo.PROVIDER_MANAGER)).get(0)).isEqualTo(w + " alpha");
		assertThat(titles(list(path + "&sort=createdAt,asc", Demo.PROVIDER_MANAGER))).containsExactly(w + " bravo",
				w + " alpha", w + " charlie");
		for (String field : List.of("updatedAt", "createdAt", "priority", "dueDate", "number", "status", "title")) {
			assertThat(titles(list(path + "&sort=" + field + ",desc", Demo.PROVIDER_MANAGER))).as(field).hasSize(3);
		}
		List<String> paged = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			Api.Response one = list(path + "&sort=status&size=1&page=" + page, Demo.CLIENT_MEMBER);
			assertThat(one.body().get("totalElements").asLong()).isEqualTo(3);
			assertThat(one.body().get("totalPages").asInt()).isEqualTo(3);
			paged.addAll(titles(one));
		}
		assertThat(paged).containsExactlyInAnyOrder(w + " alpha", w + " bravo", w + " charlie");
		assertThat(titles(list(path + "&size=1&page=3", Demo.CLIENT_MEMBER))).isEmpty();
	}

	@Test
	void everyBadParameterIsListedInOne400() {
		Api.Response bad = list("/api/v1/work-items?status=NOPE&priority=P9&type=BUG&createdFrom=yesterday"
				+ "&dueFrom=2026-05-02&dueTo=2026-05-01&sort=colour&size=0&page=-1&assignee=someone&engagement=x",
				Demo.PROVIDER_MANAGER);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.isProblem()).isTrue();
		for (String field : List.of("status", "priority", "type", "createdFrom", "dueTo", "sort", "size", "page",
				"assignee", "engagement")) {
			assertThat(bad.text()).as(field).contains("\"" + field + "\"");
		}
		Api.Response crossOnly = list("/api/v1/engagements/" + helpdesk + "/work-items?engagement=" + helpdesk,
				Demo.PROVIDER_MANAGER);
		assertThat(crossOnly.status()).isEqualTo(400);
		assertThat(crossOnly.text()).contains("engagement");
		assertThat(list("/api/v1/work-items?size=201", Demo.PROVIDER_MANAGER).status()).isEqualTo(400);
		assertThat(list("/api/v1/work-items?q=" + "x".repeat(201), Demo.PROVIDER_MANAGER).status()).isEqualTo(400);
		assertThat(list("/api/v1/work-items/export.csv?status=NOPE", Demo.PROVIDER_MANAGER).status()).isEqualTo(400);
	}

	@Test
	void searchFindsTitlesDescriptionsAndVisibleCommentsButNeverAnInternalCommentForTheClient() {
		String inTitle = word();
		String inDescription = word();
		String inComment = word();
		String inInternal = word();
		String titled = ticket("Printer " + inTitle + " jammed", "", "LOW", "MEDIUM").get("id").asString();
		String described = ticket("Screen flickers", "Since the " + inDescription + " update", "LOW", "MEDIUM").get("id")
			.asString();
		String commented = ticket("VPN drops", "", "LOW", "MEDIUM").get("id").asString();
		assertThat(api.post("/api/v1/work-items/" + commented + "/comments", token(Demo.CLIENT_MEMBER),
				"{\"body\":\"Happens in the " + inComment + " office\"}").status()).isEqualTo(201);
		assertThat(api.post("/api/v1/work-items/" + commented + "/comments", token(Demo.PROVIDER_AGENT),
				"{\"body\":\"Suspect the " + inInternal + " firewall\",\"visibility\":\"INTERNAL\"}").status())
			.isEqualTo(201);

		for (String path : List.of("/api/v1/work-items", "/api/v1/engagements/" + helpdesk + "/work-items")) {
			assertThat(ids(list(path + "?q=" + inTitle, Demo.CLIENT_MEMBER))).containsExactly(titled);
			assertThat(ids(list(path + "?q=" + inDescription.toUpperCase(), Demo.CLIENT_MEMBER))).containsExactly(described);
			assertThat(ids(list(path + "?q=" + inComment, Demo.CLIENT_ADMIN))).containsExactly(commented);
			assertThat(ids(list(path + "?q=" + q("vpn " + inComment), Demo.CLIENT_ADMIN))).isEmpty();
			for (String client : List.of(Demo.CLIENT_MEMBER, Demo.CLIENT_ADMIN)) {
				Api.Response none = list(path + "?q=" + inInternal, client);
				assertThat(ids(none)).as(client).isEmpty();
				assertThat(none.body().get("totalElements").asLong()).isZero();
			}
			assertThat(ids(list(path + "?q=" + inInternal, Demo.PROVIDER_AGENT))).containsExactly(commented);
			assertThat(ids(list(path + "?q=" + inInternal, Demo.PROVIDER_MANAGER))).containsExactly(commented);
		}
		Api.Response csv = list("/api/v1/work-items/export.csv?q=" + inInternal, Demo.CLIENT_MEMBER);
		assertThat(csv.text()).doesNotContain("VPN drops");
	}

	@Test
	void noListEverReturnsItemsOfAnEngagementTheReaderMayNotSee() {
		String w = word();
		ticket(w + " helpdesk", "", "LOW", "LOW");
		task(w + " mission");
		assertThat(titles(list("/api/v1/work-items?q=" + w, Demo.FREELANCER))).containsExactly(w + " mission");
		assertThat(titles(list("/api/v1/work-items?q=" + w + "&engagement=" + helpdesk, Demo.FREELANCER))).isEmpty();
		assertThat(titles(list("/api/v1/work-items?q=" + w, Demo.FREELANCER_2))).containsExactly(w + " mission");
		assertThat(list("/api/v1/work-items/export.csv?q=" + w, Demo.FREELANCER).text()).contains(w + " mission")
			.doesNotContain(w + " helpdesk");
		assertThat(list("/api/v1/engagements/" + helpdesk + "/work-items?q=" + w, Demo.FREELANCER).status())
			.isEqualTo(404);
		assertThat(titles(list("/api/v1/work-items?q=" + w, Demo.PROVIDER_MANAGER))).hasSize(2);
		assertThat(api.get("/api/v1/work-items", null).status()).isEqualTo(401);
	}

	@Test
	void savedFiltersBelongToTheirUser() {
		String name = "Urgent " + word();
		String path = "/api/v1/saved-filters";
		Api.Response saved = api.post(path, token(Demo.PROVIDER_AGENT),
				"{\"name\":\"" + name + "\",\"query\":\"status=NEW,OPEN&priority=P1&sort=updatedAt,desc\"}");
		assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
		String id = saved.body().get("id").asString();
		assertThat(list(path, Demo.PROVIDER_AGENT).text()).contains(name, "priority=P1");
		assertThat(list(path, Demo.PROVIDER_MANAGER).text()).doesNotContain(name);

		Api.Response twice = api.post(path, token(Demo.PROVIDER_AGENT), "{\"name\":\"" + name + "\",\"query\":\"\"}");
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.body().get("code").asString()).isEqualTo("name-taken");
		assertThat(api.post(path, token(Demo.PROVIDER_MANAGER), "{\"name\":\"" + name + "\",\"query\":\"\"}").status())
			.isEqualTo(201);

		Api.Response bad = api.post(path, token(Demo.PROVIDER_AGENT),
				"{\"name\":\"\",\"query\":\"status=NOPE&colour=red&sort=x\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.text()).contains("name", "query.status", "colour", "query.sort");

		assertThat(api.call("DELETE", path + "/" + id).token(token(Demo.PROVIDER_MANAGER)).send().status())
			.isEqualTo(404);
		assertThat(api.call("DELETE", path + "/" + id).token(token(Demo.PROVIDER_AGENT)).send().status())
			.isEqualTo(204);
		assertThat(api.call("DELETE", path + "/" + id).token(token(Demo.PROVIDER_AGENT)).send().status())
			.isEqualTo(404);
		assertThat(list(path, Demo.PROVIDER_AGENT).text()).doesNotContain(name);
	}

	@Test
	void theCsvExportQuotesNeutralisesFormulasAndShowsTheClientOnlyPseudonyms() {
		String w = word();
		ticket("=HYPERLINK(\"http://evil\",\"" + w + "\")", "", "LOW", "LOW");
		ticket("@" + w + " plain, with a comma", "", "LOW", "LOW");
		Api.Response csv = list("/api/v1/work-items/export.csv?q=" + w + "&sort=title,asc", Demo.CLIENT_MEMBER);
		assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.header("X-Total-Count")).contains("2");
		assertThat(csv.text()).startsWith("\uFEFFengagement,key,type,");
		assertThat(csv.text()).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"" + w + "\"\")\"");
		assertThat(csv.text()).contains("\"'@" + w + " plain, with a comma\"");
		assertThat(csv.text().split("\r\n")).hasSize(3);

		JsonNode task = task(w + " charts");
		UUID yasmine = jdbc.sql("SELECT id FROM people WHERE display_name = ?").param(Demo.YASMINE).query(UUID.class)
			.single();
		assertThat(api.call("PUT", "/api/v1/work-items/" + task.get("id").asString() + "/assignee")
			.token(token(Demo.PROVIDER_MANAGER)).json("{\"personId\":\"" + yasmine + "\"}").send().status())
			.isEqualTo(200);
		String pseudonym = api.get("/api/v1/work-items/" + task.get("id").asString(), token(Demo.CLIENT_ADMIN)).body()
			.get("assignee").get("pseudonym").asString();
		String clientCsv = list("/api/v1/work-items/export.csv?q=" + w + "&engagement=" + mission, Demo.CLIENT_ADMIN)
			.text();
		assertThat(clientCsv).contains(w + " charts", pseudonym).doesNotContain("Yasmine", "Benali", yasmine.toString());
		assertThat(list("/api/v1/work-items/export.csv?q=" + w + "&engagement=" + mission, Demo.PROVIDER_MANAGER).text())
			.contains(Demo.YASMINE);
		String filtered = list("/api/v1/work-items?q=" + w + "&assignee=" + yasmine, Demo.CLIENT_ADMIN).text();
		assertThat(filtered).contains(w + " charts", pseudonym).doesNotContain("Yasmine");
	}

	@Test
	void thePagesListFilterSaveAndMoveCardsOnTheBoard() {
		String w = word();
		String id = ticket(w + " board card", "", "LOW", "LOW").get("id").asString();
		WebSession agent = WebSession.signIn(api.base(), Demo.PROVIDER_AGENT, Demo.PASSWORD);
		WebSession.Page all = agent.get("/work?q=" + w + "&lang=en");
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.body()).contains(w + " board card", "data-nav=\"work\"", "data-sort=\"title\"",
				"/work/export.csv?q=" + w);
		assertThat(agent.get("/work?status=NOPE").status()).isEqualTo(400);
		assertThat(agent.get("/engagements/" + helpdesk + "/work?q=" + w + "&sort=title,asc").body())
			.contains(w + " board card", "data-action=\"board\"", "name=\"query\" value=\"engagement=" + helpdesk);
		WebSession.Page csv = agent.get("/engagements/" + helpdesk + "/work/export.csv?q=" + w);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.body()).contains(w + " board card");

		WebSession.Page saved = agent.post("/work/saved-filters",
				Map.of("name", "Board " + w, "query", "q=" + w, "back", "/work?q=" + w));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(agent.follow(saved).body()).contains("Board " + w);

		WebSession.Page board = agent.get("/engagements/" + helpdesk + "/board?q=" + w + "&lang=fr");
		assertThat(board.status()).isEqualTo(200);
		assertThat(board.body()).contains("data-item=\"" + id + "\"", "data-status=\"IN_PROGRESS\"", "/js/board.js",
				"Tableau");
		WebSession.Page moved = agent.post("/work-items/" + id + "/board-move", Map.of("status", "IN_PROGRESS",
				"version", "0"));
		assertThat(moved.status()).isEqualTo(302);
		assertThat(moved.redirectPath()).startsWith("/engagements/" + helpdesk + "/board");
		assertThat(agent.follow(moved).body()).contains("data-role=\"views-notice\"");
		assertThat(api.get("/api/v1/work-items/" + id, token(Demo.PROVIDER_AGENT)).body().get("status").asString())
			.isEqualTo("IN_PROGRESS");
		WebSession.Page stale = agent.post("/work-items/" + id + "/board-move", Map.of("status", "OPEN", "version", "0"));
		assertThat(agent.follow(stale).body()).contains("entre-temps");
		assertThat(api.get("/api/v1/work-items/" + id, token(Demo.PROVIDER_AGENT)).body().get("status").asString())
			.isEqualTo("IN_PROGRESS");
		assertThat(agent.postWithoutCsrf("/work-items/" + id + "/board-move", Map.of("status", "OPEN")).status())
			.isEqualTo(403);

		String deliverable = api.post("/api/v1/engagements/" + mission + "/work-items", token(Demo.PROVIDER_MANAGER),
				"{\"type\":\"DELIVERABLE\",\"title\":\"" + w + " runbook\"}").body().get("id").asString();
		WebSession.Page resolved = agent.post("/work-items/" + deliverable + "/board-move",
				Map.of("status", "RESOLVED", "version", "0"));
		assertThat(resolved.redirectPath()).startsWith("/engagements/" + mission + "/board");
		assertThat(agent.follow(resolved).body()).doesNotContain("data-role=\"views-notice\"");
		assertThat(api.get("/api/v1/work-items/" + deliverable, token(Demo.PROVIDER_AGENT)).body().get("status")
			.asString()).isEqualTo("NEW");

		WebSession client = WebSession.signIn(api.base(), Demo.CLIENT_MEMBER, Demo.PASSWORD);
		assertThat(client.get("/engagements/" + helpdesk + "/board").status()).isEqualTo(200);
		assertThat(client.get("/engagements/" + mission + "/board").body()).doesNotContain("Yasmine");
		WebSession freelancer = WebSession.signIn(api.base(), Demo.FREELANCER_2, Demo.PASSWORD);
		assertThat(freelancer.get("/engagements/" + helpdesk + "/board").status()).isEqualTo(404);
		assertThat(freelancer.get("/work?q=" + w).body()).doesNotContain(w + " board card");
	}

	private static List<String> ids(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		response.body().get("items").forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}
	@Test
	void aSearchForACommonWordPagesByRecencyWithoutCountingEveryMatchAndKeepsInternalCommentsFromTheClient() {
		// more items with the word than a search gathers from the index: it is matched row by row (PostgreSQL)
		String common = word();
		StringBuilder rows = new StringBuilder("type,ticketType,title\n");
		int total = WorkQueries.COMMON_TERM_HITS + WorkQueries.COMMON_TERM_HITS / 10;
		for (int n = 0; n < total; n++) {
			rows.append("TICKET,SERVICE_REQUEST,").append(common).append(" request ").append(n).append('\n');
		}
		Api.Response imported = api.call("POST", "/api/v1/engagements/" + helpdesk + "/work-items/import")
			.token(token(Demo.PROVIDER_AGENT)).bytes("text/csv", rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).send();
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		// the newest item holds the word only in an internal comment of the agent
		String hidden = ticket("Shared drive quota " + word(), "Quota reached", "LOW", "LOW").get("id").asString();
		assertThat(api.post("/api/v1/work-items/" + hidden + "/comments", token(Demo.PROVIDER_AGENT),
				"{\"body\":\"see " + common + " runbook\",\"visibility\":\"INTERNAL\"}").status()).isEqualTo(201);

		String first = "/api/v1/engagements/" + helpdesk + "/work-items?size=50&q=" + common;
		JsonNode provider = list(first, Demo.PROVIDER_AGENT).body();
		assertThat(provider.get("items").get(0).get("id").asString()).isEqualTo(hidden);
		assertThat(provider.get("items")).hasSize(50);
		JsonNode client = list(first, Demo.CLIENT_MEMBER).body();
		assertThat(client.get("items")).hasSize(50);
		assertThat(client.toString()).doesNotContain(hidden);
		// PostgreSQL matched the common word row by row and read one row past the page instead of counting;
		// H2 matches every search row by row and counts
		assertThat(client.get("totalExact").asBoolean()).isEqualTo(!datasourceUrl.startsWith("jdbc:postgresql:"));

		// the last page is complete and exact whichever way the words were matched
		int lastPage = (total - 1) / 200;
		JsonNode last = list("/api/v1/engagements/" + helpdesk + "/work-items?size=200&page=" + lastPage + "&q=" + common,
				Demo.CLIENT_MEMBER).body();
		assertThat(last.get("items")).hasSize(total - lastPage * 200);
		assertThat(last.get("totalExact").asBoolean()).isTrue();
		assertThat(last.get("totalElements").asLong()).isEqualTo(total);
		Set<String> seen = new HashSet<>();
		for (int page = 0; page <= lastPage; page++) {
			list("/api/v1/engagements/" + helpdesk + "/work-items?size=200&page=" + page + "&q=" + common,
					Demo.CLIENT_MEMBER).body().get("items").forEach(item -> seen.add(item.get("id").asString()));
		}
		assertThat(seen).as("no page overlaps or skips").hasSize(total);
	}
}
