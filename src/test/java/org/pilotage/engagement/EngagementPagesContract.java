package org.pilotage.engagement;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.pilotage.support.Demo;
import org.pilotage.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engagement pages over real HTTP with a signed-in session and its CSRF token, on each database: the list,
 * starting an engagement (a bad field comes back with its message next to it and status 400, nothing saved),
 * the detail with terms and history, a lifecycle button, the terms form, French labels, and the same scoping as
 * the API.
 */
abstract class EngagementPagesContract extends EngagementTest {

	private static final Pattern REDIRECT = Pattern.compile("/engagements/([0-9a-f-]{36})");

	/** A session in English whatever the user's preferred language (some demo users prefer French). */
	private WebSession signIn(String email, String password) {
		WebSession session = WebSession.signIn(api.base(), email, password);
		assertThat(session.get("/engagements?lang=en").status()).isEqualTo(200);
		return session;
	}

	private WebSession signIn(String email) {
		return signIn(email, Demo.PASSWORD);
	}

	private Map<String, String> startForm() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", "SUBCONTRACTING");
		form.put("clientOrganizationId", acme.toString());
		form.put("providerOrganizationId", atlas.toString());
		form.put("title", "Data platform " + UUID.randomUUID().toString().substring(0, 6));
		form.put("scope", "Build the data platform");
		form.put("startDate", "2026-04-01");
		form.put("endDate", "2026-10-31");
		form.put("currency", "EUR");
		form.put("budget", "250000");
		form.put("rates[0].role", "Data engineer");
		form.put("rates[0].dayRate", "700");
		form.put("rates[1].role", "");
		form.put("rates[1].dayRate", "");
		form.put("version", "0");
		return form;
	}

	@Test
	void theListShowsTheCallersEngagementsWithKindStatusAndParties() {
		UUID id = create(bpo(acme, atlas));
		WebSession member = signIn(Demo.CLIENT_MEMBER);

		WebSession.Page list = member.get("/engagements?kind=BPO&size=200");

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("data-engagement=\"" + id + "\"", "Service desk", Demo.ATLAS, "Draft", "BPO");
		assertThat(list.body()).doesNotContain("data-action=\"new-engagement\"");
		assertThat(member.get("/engagements?kind=SUBCONTRACTING").body()).doesNotContain(id.toString());
		assertThat(member.get("/engagements?kind=LEASING").status()).isEqualTo(400);
	}

	@Test
	void startingWithBadFieldsShowsEachMessageNextToItsFieldAndSavesNothing() {
		WebSession admin = signIn(Demo.CLIENT_ADMIN);
		assertThat(admin.get("/engagements/new").status()).isEqualTo(200);
		Map<String, String> form = startForm();
		form.put("title", "");
		form.put("endDate", "2026-01-01");
		form.put("budget", "lots");
		form.put("rates[0].dayRate", "-1");
		long before = jdbc.sql("SELECT COUNT(*) FROM engagements").query(Long.class).single();

		WebSession.Page answer = admin.post("/engagements/new", form);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).contains("data-role=\"form-errors\"");
		assertThat(fieldError(answer.body(), "title")).isEqualTo("is required.");
		assertThat(fieldError(answer.body(), "budget")).isEqualTo("must be a number, e.g. 1250.50.");
		assertThat(fieldError(answer.body(), "endDate")).isEqualTo("must come after the start.");
		assertThat(fieldError(answer.body(), "rates[0].dayRate")).isEqualTo("is out of range.");
		assertThat(answer.body()).contains(">Build the data platform</textarea>", "value=\"lots\"");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM engagements").query(Long.class).single()).isEqualTo(before);

		WebSession.Page corrected = admin.post("/engagements/new", startForm());
		assertThat(corrected.status()).isEqualTo(302);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM engagements").query(Long.class).single()).isEqualTo(before + 1);
	}

	@Test
	void aStartedEngagementShowsItsTermsAndHistoryAndMovesWithItsButtons() {
		WebSession admin = signIn(Demo.CLIENT_ADMIN);
		admin.get("/engagements/new");

		WebSession.Page started = admin.post("/engagements/new", startForm());

		assertThat(started.status()).as(started.toString()).isEqualTo(302);
		Matcher matcher = REDIRECT.matcher(started.redirectPath());
		assertThat(matcher.matches()).isTrue();
		UUID id = UUID.fromString(matcher.group(1));
		WebSession.Page detail = admin.follow(started);
		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.body()).contains("data-term=\"budget\">250,000.00<", "data-term=\"endDate\">2026-10-31<",
				"Data engineer", "data-to=\"DRAFT\"", "data-action=\"status-ACTIVE\"", "data-action=\"status-CLOSED\"",
				"data-role=\"staffing\"");

		WebSession.Page moved = admin.post("/engagements/" + id + "/status", Map.of("status", "ACTIVE", "reason", ""));

		assertThat(moved.status()).isEqualTo(302);
		assertThat(storedStatus(id)).isEqualTo("ACTIVE");
		WebSession.Page active = admin.follow(moved);
		assertThat(active.body()).contains("The engagement has moved on.", "data-to=\"ACTIVE\"",
				"data-action=\"status-SUSPENDED\"").doesNotContain("data-action=\"status-ACTIVE\"");

		WebSession.Page refused = admin.post("/engagements/" + id + "/status", Map.of("status", "SUSPENDED"));
		assertThat(admin.follow(refused).body()).contains("role=\"alert\"", "Reason");
		assertThat(storedStatus(id)).isEqualTo("ACTIVE");
	}

	@Test
	void theTermsFormSavesWithTheVersionAndShowsBadFields() {
		UUID id = create(subcontracting(acme, atlas));
		WebSession manager = signIn(Demo.PROVIDER_MANAGER);
		WebSession.Page edit = manager.get("/engagements/" + id + "/edit");
		assertThat(edit.status()).isEqualTo(200);
		assertThat(edit.body()).contains("value=\"180000.00\"", "value=\"Architect\"");
		Map<String, String> form = startForm();
		form.remove("clientOrganizationId");
		form.remove("providerOrganizationId");
		form.put("title", "ERP migration, phase 2");

		WebSession.Page saved = manager.post("/engagements/" + id + "/edit", form);
		WebSession.Page stale = manager.post("/engagements/" + id + "/edit", form);

		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		assertThat(api.get("/api/v1/engagements/" + id, token(Demo.CLIENT_MEMBER)).body().get("title").asString())
			.isEqualTo("ERP migration, phase 2");
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.body()).contains("Someone changed this");
	}

	@Test
	void theExitPlanFormSavesAndRefusesAFutureRehearsal() {
		UUID id = create(bpo(acme, atlas));
		WebSession admin = signIn(Demo.CLIENT_ADMIN);
		assertThat(admin.get("/engagements/" + id + "/exit-plan").status()).isEqualTo(200);

		WebSession.Page bad = admin.post("/engagements/" + id + "/exit-plan",
				Map.of("planOnFile", "true", "lastRehearsal", "2999-01-01", "transitionDays", "x", "version", "0"));
		WebSession.Page good = admin.post("/engagements/" + id + "/exit-plan", Map.of("planOnFile", "true",
				"dataReturnFormat", "SQL dump", "transitionDays", "60", "lastRehearsal", "2025-10-01", "version", "0"));

		assertThat(bad.status()).isEqualTo(400);
		assertThat(fieldError(bad.body(), "transitionDays")).isEqualTo("must be a number, e.g. 1250.50.");
		assertThat(good.status()).isEqualTo(302);
		assertThat(admin.follow(good).body()).contains("SQL dump", "2025-10-01");
	}

	@Test
	void readersSeeNoButtonAndOutsidersNoEngagement() {
		UUID id = create(subcontracting(acme, atlas));
		WebSession agent = signIn(Demo.PROVIDER_AGENT);
		WebSession freelancer = signIn(Demo.FREELANCER);

		WebSession.Page read = agent.get("/engagements/" + id);
		WebSession.Page post = agent.post("/engagements/" + id + "/status", Map.of("status", "CLOSED"));

		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body()).contains("data-role=\"read-only\"").doesNotContain("data-action=\"status-",
				"data-action=\"edit-terms\"", "data-action=\"upload-document\"");
		assertThat(agent.get("/engagements/" + id + "/edit").status()).isEqualTo(403);
		assertThat(agent.follow(post).body()).contains("You are not allowed to do this.");
		assertThat(storedStatus(id)).isEqualTo("DRAFT");
		WebSession.Page hidden = freelancer.get("/engagements/" + id);
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(hidden.body()).doesNotContain("ERP migration");
		assertThat(freelancer.get("/engagements/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(freelancer.get("/engagements?size=200").body()).doesNotContain(id.toString());
	}

	@Test
	void thePagesSpeakFrench() {
		UUID id = create(bpo(acme, atlas));
		WebSession member = signIn(Demo.CLIENT_MEMBER);

		WebSession.Page list = member.get("/engagements?lang=fr");
		WebSession.Page detail = member.get("/engagements/" + id);

		assertThat(list.body()).contains("Contrats de prestation", "Infogérance (BPO)", "Brouillon", ">Contrats<")
			.doesNotContain(">Engagements<");
		assertThat(detail.body()).contains("Plan de réversibilité", "Historique des statuts", "Redevance mensuelle",
				"Centre de services", "Équipe affectée");
	}

	/** The message shown next to a field of the form. */
	private static String fieldError(String html, String field) {
		Matcher matcher = Pattern.compile("data-error-for=\"" + Pattern.quote(field) + "\"[^>]*>([^<]*)<").matcher(html);
		assertThat(matcher.find()).as("a message next to " + field).isTrue();
		return matcher.group(1);
	}
}
