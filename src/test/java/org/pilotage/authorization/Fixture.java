package org.pilotage.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The objects the authorization matrix points at, made once per running application: the demo chain's, and a
 * second client (Globex) and agency (Borealis) with an engagement, a person, a document and a staffing of their
 * own. Fresh objects for deletions are made per call by whoever may make them.
 */
final class Fixture {

	private static final String STALE = "\"999\"";

	private static final String BOUNDARY = "matrix-boundary";

	/** The text of the internal comments on the work items: no answer to a client's user may hold it. */
	static final String INTERNAL_TEXT = "internal-note-" + UUID.randomUUID();

	private final Api api;

	private final Function<String, String> tokens;

	private final Map<String, Map<String, String>> targets;

	private final String borealisManager;

	private final UUID matrixPerson;

	private final UUID borealisPerson;

	private final java.util.Set<String> freelancerOrganizations;

	private final TimeFixture time;

	Fixture(Api api, JdbcClient jdbc, Function<String, String> tokens) {
		this.api = api;
		this.tokens = tokens;
		String admin = tokens.apply("ADMIN");
		String manager = tokens.apply("PMGR");
		UUID acme = single(jdbc, "SELECT id FROM organizations WHERE name = ?", Demo.ACME);
		UUID atlas = single(jdbc, "SELECT id FROM organizations WHERE name = ?", Demo.ATLAS);
		UUID yasmineOrganization = single(jdbc, "SELECT id FROM organizations WHERE name = ?", Demo.YASMINE_ORGANIZATION);
		freelancerOrganizations = java.util.Set.copyOf(jdbc.sql("SELECT id FROM organizations WHERE kind = 'FREELANCER'")
			.query(String.class)
			.list());
		UUID mission = single(jdbc, "SELECT id FROM engagements WHERE title = ?", Demo.MISSION);
		UUID helpdesk = single(jdbc, "SELECT id FROM engagements WHERE title = ?", Demo.HELPDESK);
		UUID salma = single(jdbc, "SELECT id FROM people WHERE display_name = ?", Demo.SALMA);
		UUID yasmine = single(jdbc, "SELECT id FROM people WHERE display_name = ?", Demo.YASMINE);

		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UUID globex = organization(admin, "Globex " + suffix, "CLIENT");
		UUID borealis = organization(admin, "Borealis " + suffix, "PROVIDER");
		String globexAdmin = user(admin, globex, "CLIENT_ADMIN", "globex-" + suffix);
		borealisManager = user(admin, borealis, "PROVIDER_MANAGER", "borealis-" + suffix);
		borealisPerson = person(borealisManager, borealis, "Borealis Person " + suffix);
		matrixPerson = person(manager, atlas, "Matrix Person " + suffix);
		UUID other = AuthorizationMatrixContract.id(api.post("/api/v1/engagements", globexAdmin, """
				{"kind":"SUBCONTRACTING","clientOrganizationId":"%s","providerOrganizationId":"%s","title":"Other tenant",
				 "scope":"Theirs","startDate":"2026-03-02","endDate":"2026-09-30","currency":"EUR","budget":50000}"""
			.formatted(globex, borealis)));
		assertThat(api.post("/api/v1/engagements/" + other + "/status", globexAdmin, "{\"status\":\"ACTIVE\"}").status())
			.isEqualTo(200);
		// the demo's helpdesk and mission have the default SLA policy; the other tenant writes its own
		ok(api.call("PUT", "/api/v1/engagements/" + other + "/sla-policy").token(borealisManager).json("{}").send());
		// the demo's helpdesk has its service-credit contract; the mission and the other tenant are given one
		creditContract(manager, mission);
		creditContract(borealisManager, other);

		Map<String, Map<String, String>> objects = Map.of(
				"own", Map.of("engagement", mission.toString(), "person", salma.toString(), "organization",
						acme.toString(), "provider", atlas.toString(), "document", document(manager, mission).toString(), "staffing",
						staffingOf(manager, mission, Demo.YASMINE), "item", missionDeliverable(mission, yasmine)),
				"other", Map.of("engagement", other.toString(), "person", borealisPerson.toString(), "organization",
						globex.toString(), "provider", borealis.toString(), "document", document(borealisManager, other).toString(), "staffing",
						staff(borealisManager, other, borealisPerson, "2026-04-01").toString(), "item",
						item(globexAdmin, other, TICKET)),
				"hidden", Map.of("engagement", helpdesk.toString(), "person", yasmine.toString(), "organization",
						yasmineOrganization.toString(), "provider", yasmineOrganization.toString(), "document", document(manager, helpdesk).toString(), "staffing",
						staffingOf(manager, helpdesk, Demo.SALMA), "item", helpdeskTicket(helpdesk)),
				"-", Map.of());
		targets = Map.of("own", withReport(withArticle(withCalendar(withAttachment(objects.get("own"), manager), manager),
				manager), manager),
				"other", withReport(withArticle(withCalendar(withAttachment(objects.get("other"), borealisManager),
						borealisManager), borealisManager), borealisManager),
				"hidden", withReport(withArticle(withCalendar(withAttachment(objects.get("hidden"), manager),
						tokens.apply("CADM")), manager), manager),
				"-", Map.of());
		time = new TimeFixture(api, tokens, targets.get("own").get("item"), targets.get("hidden").get("item"));
	}

	/** A service-credit contract on the engagement, unless another test wrote one already. */
	private void creditContract(String manager, UUID engagement) {
		String path = "/api/v1/engagements/" + engagement + "/credit-contract";
		if (api.get(path, manager).status() == 404) {
			ok(api.call("PUT", path).token(manager).json("{\"currency\":\"EUR\",\"monthlyFee\":1000,\"atRiskShare\":10,"
					+ "\"levels\":[{\"kpi\":\"sla-compliance\",\"target\":95,\"minimum\":90,\"allocation\":100}]}").send());
		}
	}

	private static final String TICKET = "{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"Matrix ticket\"}";

	/**
	 * A deliverable of the mission assigned to a freelancer, who comments on it and watches it (so its name would
	 * show if any answer leaked it to the client), with an internal comment of the agency.
	 */
	private String missionDeliverable(UUID mission, UUID freelancer) {
		String manager = tokens.apply("PMGR");
		String item = item(manager, mission, "{\"type\":\"DELIVERABLE\",\"title\":\"Matrix deliverable\"}");
		ok(api.call("PUT", "/api/v1/work-items/" + item + "/assignee").token(manager)
			.json("{\"personId\":\"" + freelancer + "\"}").send());
		ok(api.post("/api/v1/work-items/" + item + "/comments", tokens.apply("FREE"), "{\"body\":\"Drafted\"}"));
		ok(api.post("/api/v1/work-items/" + item + "/watchers", tokens.apply("FREE"), ""));
		ok(api.post("/api/v1/work-items/" + item + "/comments", manager,
				"{\"body\":\"" + INTERNAL_TEXT + "\",\"visibility\":\"INTERNAL\"}"));
		attachment(manager, item, "INTERNAL", INTERNAL_TEXT + ".txt");
		return item;
	}

	/** The target's objects and a client-visible attachment on its item, made by {@code manager}. */
	private Map<String, String> withAttachment(Map<String, String> objects, String manager) {
		Map<String, String> with = new java.util.HashMap<>(objects);
		with.put("attachment", attachment(manager, objects.get("item"), "CLIENT", "matrix-attachment.txt").toString());
		return Map.copyOf(with);
	}

	/** The target's objects and a business calendar of the organization {@code editor} manages. */
	private Map<String, String> withCalendar(Map<String, String> objects, String editor) {
		Map<String, String> with = new java.util.HashMap<>(objects);
		with.put("calendar", calendar(editor).toString());
		return Map.copyOf(with);
	}

	/** The target's objects and an article of its engagement's knowledge base, written by {@code writer}. */
	private Map<String, String> withArticle(Map<String, String> objects, String writer) {
		Map<String, String> with = new java.util.HashMap<>(objects);
		with.put("article", article(writer, objects.get("engagement")).toString());
		return Map.copyOf(with);
	}

	/** A week ended a fortnight ago at the latest, whatever the engagement's zone. */
	static final String REPORT_WEEK = week(java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusWeeks(2));

	/** The ISO week of a day, written 2026-W48. */
	private static String week(java.time.LocalDate day) {
		return String.format("%d-W%02d", day.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
				day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/** The target's objects, a weekly report of its engagement generated by {@code writer}, and an action. */
	private Map<String, String> withReport(Map<String, String> objects, String writer) {
		Map<String, String> with = new java.util.HashMap<>(objects);
		String reports = "/api/v1/engagements/" + objects.get("engagement");
		ok(api.post(reports + "/weekly-reports", writer, "{\"week\":\"" + REPORT_WEEK + "\"}"));
		with.put("week", REPORT_WEEK);
		with.put("reportAction", AuthorizationMatrixContract.id(api.post(reports + "/weekly-report-actions", writer,
				"{\"text\":\"Matrix action\",\"owner\":\"Matrix\"}")).toString());
		return Map.copyOf(with);
	}

	private UUID article(String writer, String engagement) {
		return AuthorizationMatrixContract.id(api.post("/api/v1/engagements/" + engagement + "/knowledge", writer,
				"{\"title\":\"Matrix runbook\",\"body\":\"Steps\",\"kind\":\"RUNBOOK\"}"));
	}

	/** A fresh article of the item's engagement linked to the item, for an unlinking cell. */
	private String linkedArticle(String writer, String engagement, String item) {
		UUID article = article(writer, engagement);
		ok(api.post("/api/v1/work-items/" + item + "/knowledge-links", writer, "{\"articleId\":\"" + article + "\"}"));
		return article.toString();
	}

	private UUID calendar(String editor) {
		return AuthorizationMatrixContract.id(api.post("/api/v1/calendars", editor, "{\"name\":\"Matrix "
				+ UUID.randomUUID() + "\",\"zone\":\"Europe/Paris\",\"preset\":\"office\"}"));
	}

	private UUID attachment(String token, String item, String visibility, String fileName) {
		return AuthorizationMatrixContract.id(api.call("POST", "/api/v1/work-items/" + item + "/attachments")
			.token(token)
			.bytes("multipart/form-data; boundary=" + BOUNDARY, AuthorizationMatrixContract.utf8("--" + BOUNDARY
					+ "\r\nContent-Disposition: form-data; name=\"visibility\"\r\n\r\n" + visibility + "\r\n"
					+ AuthorizationMatrixContract.multipart(BOUNDARY, fileName, "Matrix attachment")))
			.send());
	}

	/** A ticket of the client on the helpdesk, with an internal comment of the agent. */
	private String helpdeskTicket(UUID helpdesk) {
		String item = item(tokens.apply("CMEM"), helpdesk, TICKET);
		ok(api.post("/api/v1/work-items/" + item + "/comments", tokens.apply("PAGT"),
				"{\"body\":\"" + INTERNAL_TEXT + "\",\"visibility\":\"INTERNAL\"}"));
		return item;
	}

	private String item(String token, UUID engagement, String body) {
		return AuthorizationMatrixContract.id(api.post("/api/v1/engagements/" + engagement + "/work-items", token, body))
			.toString();
	}

	private static void ok(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isBetween(200, 204);
	}

	/** The path with the target's objects in place, and fresh objects made for deletions. */
	String resolve(String path, String target) {
		Map<String, String> objects = targets.get(target);
		String engagement = objects.get("engagement");
		boolean other = target.equals("other");
		String manager = other ? borealisManager : tokens.apply("PMGR");
		return AuthorizationMatrixContract.replace(path, name -> switch (name) {
			case "timeEntry", "timesheet" -> time.resolve(target, name);
			case "policyVersion", "articleVersion" -> "1";
			case "kpi" -> "backlog";
			// the current month always has a statement: an engagement that starts later has its provisional one
			case "month" -> java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
			case "freshLinkedArticle" -> linkedArticle(manager, engagement, objects.get("item"));
			case "freshDocument" -> document(manager, UUID.fromString(engagement)).toString();
			case "freshCalendar" -> calendar(other ? borealisManager
					: target.equals("hidden") ? tokens.apply("CADM") : tokens.apply("PMGR")).toString();
			case "freshAttachment" -> attachment(manager, objects.get("item"), "CLIENT", "fresh.txt").toString();
			case "freshStaffing" -> staff(manager, UUID.fromString(engagement), other ? borealisPerson : matrixPerson,
					other ? "2026-04-01" : "2026-12-01").toString();
			case "freshPerson" -> person(manager, other ? organizationOf(borealisPerson) : organizationOf(matrixPerson),
					"Fresh " + UUID.randomUUID().toString().substring(0, 8)).toString();
			default -> {
				String value = objects.get(name);
				assertThat(value).as("the target " + target + " has a " + name).isNotNull();
				yield value;
			}
		});
	}

	/** The request a cell makes: harmless where it would succeed, so the fixture stays as it is. */
	Api.Response send(String method, String path, String token) {
		Api.Call call = api.call(method, path).token(token);
		if ((path.startsWith("/api/v1/work-items/") || path.startsWith("/api/v1/timesheets/")) && method.equals("POST")) {
			call.header("If-Match", STALE).json("{}");
		}
		else if (method.equals("PUT")) {
			call.header("If-Match", STALE).json(path.endsWith("/availability") ? "{\"periods\":[]}" : "{}");
		}
		else if (method.equals("POST") && path.endsWith("/documents")) {
			call.bytes("multipart/form-data; boundary=" + BOUNDARY,
					AuthorizationMatrixContract.utf8(AuthorizationMatrixContract.multipart(BOUNDARY, "minutes.txt",
							"Minutes of the steering meeting")));
		}
		else if (method.equals("POST") && path.endsWith("/days/import")) {
			call.bytes("text/calendar", AuthorizationMatrixContract.utf8("not a calendar"));
		}
		else if (method.equals("POST") && path.endsWith("/talent/search")) {
			call.json("{\"mustHave\":[\"java\"],\"from\":\"2026-12-01\",\"to\":\"2026-12-31\"}");
		}
		else if (method.equals("POST") && path.endsWith("/status")) {
			call.json("{\"status\":\"DRAFT\"}");
		}
		else if (method.equals("POST")) {
			call.json("{}");
		}
		return call.send();
	}

	/**
	 * The answer's text, less the items of a page that are engagements a freelancer holds directly as provider, and
	 * the scorecards of such freelancers: there the client deals with the freelancer and knows its name.
	 */
	String withoutDirectContracts(Api.Response response) {
		if (response.contentType().contains("json") && response.text().startsWith("{\"organizationId\"")
				&& response.body().has("vendors")) {
			return withoutDirectVendors(response.body());
		}
		if (response.contentType().contains("json") && response.text().startsWith("{\"period\"")
				&& response.body().has("scorecards")) {
			StringBuilder kept = new StringBuilder();
			response.body().get("scorecards").forEach(card -> {
				if (!freelancerOrganizations.contains(card.get("providerId").asString())) {
					kept.append(card).append('\n');
				}
			});
			return kept.toString();
		}
		if (!response.contentType().contains("json") || !response.text().startsWith("{\"items\"")) {
			return response.text();
		}
		StringBuilder kept = new StringBuilder();
		for (JsonNode item : response.body().get("items")) {
			JsonNode provider = item.get("provider");
			if (provider == null || !freelancerOrganizations.contains(provider.get("id").asString())) {
				kept.append(item).append('\n');
			}
		}
		return kept.toString();
	}

	/**
	 * A client organization's risk less its providers and engagements that are freelancers holding a contract
	 * directly, for the same reason as the lists.
	 */
	private String withoutDirectVendors(JsonNode risk) {
		StringBuilder kept = new StringBuilder();
		risk.get("vendors").forEach(vendor -> vendor.get("providers").forEach(provider -> {
			if (!freelancerOrganizations.contains(provider.get("providerId").asString())) {
				kept.append(provider).append('\n');
			}
		}));
		risk.get("engagements").forEach(engagement -> {
			if (!freelancerOrganizations.contains(engagement.get("providerId").asString())) {
				kept.append(engagement).append('\n');
			}
		});
		return kept.append(risk.get("warnings")).toString();
	}

	/** The endpoints of the chain as the application describes them in its OpenAPI document. */
	List<String> endpoints() {
		JsonNode paths = api.get("/v3/api-docs", null).body().get("paths");
		List<String> endpoints = new ArrayList<>();
		paths.properties().forEach(entry -> {
			String path = entry.getKey();
			if (path.startsWith("/api/v1/engagements") || path.startsWith("/api/v1/people")
					|| path.startsWith("/api/v1/skills") || path.startsWith("/api/v1/talent")
					|| path.startsWith("/api/v1/work-items") || path.startsWith("/api/v1/time")
					|| path.startsWith("/api/v1/calendars") || path.startsWith("/api/v1/holidays")
					|| path.startsWith("/api/v1/business-time")
					|| path.startsWith("/api/v1/scorecards")
					|| path.matches("/api/v1/organizations/\\{[^}]+}/(profile|risk|scorecard)")) {
				entry.getValue().properties().forEach(operation -> {
					if (List.of("get", "post", "put", "delete", "patch").contains(operation.getKey())) {
						endpoints.add(operation.getKey().toUpperCase() + " " + path);
					}
				});
			}
		});
		return endpoints;
	}

	private final Map<UUID, UUID> organizations = new java.util.concurrent.ConcurrentHashMap<>();

	private UUID organizationOf(UUID person) {
		return organizations.get(person);
	}

	private UUID organization(String admin, String name, String kind) {
		return AuthorizationMatrixContract.id(api.post("/api/v1/organizations", admin,
				"{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"country\":\"DE\",\"timeZone\":\"Europe/Berlin\"}"));
	}

	private String user(String admin, UUID organization, String role, String name) {
		String email = name + "@matrix.test";
		AuthorizationMatrixContract.id(api.post("/api/v1/users", admin, "{\"email\":\"" + email
				+ "\",\"displayName\":\"" + name + "\",\"password\":\"matrix-password\",\"organizationId\":\""
				+ organization + "\",\"role\":\"" + role + "\"}"));
		return api.tokenFor(email, "matrix-password");
	}

	private UUID person(String manager, UUID organization, String name) {
		Api.Response created = api.post("/api/v1/people", manager, "{\"organizationId\":\"" + organization
				+ "\",\"displayName\":\"" + name + "\",\"email\":\"" + name.toLowerCase().replace(' ', '.')
				+ "@matrix.test\",\"seniority\":\"SENIOR\",\"dayRate\":500,\"currency\":\"EUR\","
				+ "\"zone\":\"Europe/Berlin\",\"workStart\":\"09:00\",\"workEnd\":\"18:00\",\"languages\":[\"en\"],"
				+ "\"skills\":[\"java\"]}");
		UUID id = AuthorizationMatrixContract.id(created);
		Api.Response availability = api.call("PUT", "/api/v1/people/" + id + "/availability")
			.token(manager)
			.header("If-Match", created.header("ETag").orElseThrow())
			.json("{\"periods\":[{\"from\":\"2026-01-01\",\"to\":\"2027-12-31\",\"allocationPercent\":100}]}")
			.send();
		assertThat(availability.status()).as(availability.toString()).isEqualTo(200);
		organizations.put(id, organization);
		return id;
	}

	private UUID document(String manager, UUID engagement) {
		return AuthorizationMatrixContract.id(api.call("POST", "/api/v1/engagements/" + engagement + "/documents")
			.token(manager)
			.bytes("multipart/form-data; boundary=" + BOUNDARY, AuthorizationMatrixContract
				.utf8(AuthorizationMatrixContract.multipart(BOUNDARY, "charter.txt", "Project charter")))
			.send());
	}

	private UUID staff(String manager, UUID engagement, UUID person, String month) {
		String to = month.substring(0, 8) + "28";
		return AuthorizationMatrixContract.id(api.post("/api/v1/engagements/" + engagement + "/staffing", manager,
				"{\"personId\":\"" + person + "\",\"role\":\"Developer\",\"allocationPercent\":1,\"from\":\"" + month
						+ "\",\"to\":\"" + to + "\"}"));
	}

	private String staffingOf(String manager, UUID engagement, String name) {
		for (JsonNode line : api.get("/api/v1/engagements/" + engagement + "/staffing", manager).body()) {
			if (line.get("name").asString().equals(name)) {
				return line.get("id").asString();
			}
		}
		throw new IllegalStateException(name + " is not staffed on " + engagement);
	}

	private static UUID single(JdbcClient jdbc, String sql, String value) {
		return jdbc.sql(sql).param(value).query(UUID.class).single();
	}
}
