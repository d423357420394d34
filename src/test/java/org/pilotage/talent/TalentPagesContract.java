package org.pilotage.talent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;
import org.pilotage.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The talent pages over real HTTP with a signed-in session, on each database: lists scoped like the API, a bad
 * field answered with 400 and its message next to the field (nothing written), and the search page's ranking.
 * The demo manager and client administrator chose French, so their pages and messages are in French.
 */
abstract class TalentPagesContract extends IntegrationTest {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	private TalentRows rows;

	@BeforeEach
	void rows() {
		rows = new TalentRows(jdbc);
	}

	@Test
	void aManagerListsItsPeopleAndNoFreelancer() {
		WebSession.Page page = signIn(Demo.PROVIDER_MANAGER).get("/people");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(Demo.SALMA, Demo.OMAR, Demo.NADIA, Demo.YOUSSEF, "data-nav=\"people\"",
				"data-nav=\"talent-search\"").doesNotContain(Demo.YASMINE);
	}

	@Test
	void aFreelancerIsTakenToItsOwnProfile() {
		WebSession session = signIn(Demo.FREELANCER);

		WebSession.Page list = session.get("/people");

		assertThat(list.status()).isEqualTo(302);
		assertThat(list.redirectPath()).isEqualTo("/people/" + rows.person(Demo.YASMINE));
		WebSession.Page own = session.follow(list);
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.body()).contains("id=\"person-form\"", "Certified Kubernetes Administrator")
			.doesNotContain("data-nav=\"talent-search\"");
	}

	@Test
	void clientUsersSeeNoOne() {
		WebSession session = signIn(Demo.CLIENT_ADMIN);

		WebSession.Page list = session.get("/people");
		WebSession.Page person = session.get("/people/" + rows.person(Demo.SALMA));
		WebSession.Page search = session.get("/talent/search");

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("data-role=\"no-people\"").doesNotContain(Demo.SALMA, "data-nav=\"people\"");
		assertThat(person.status()).isEqualTo(404);
		assertThat(person.body()).doesNotContain(Demo.SALMA);
		assertThat(search.status()).isEqualTo(403);
		assertThat(session.get("/people/new").status()).isEqualTo(403);
		assertThat(signIn(Demo.PROVIDER_AGENT).get("/people/new").status()).isEqualTo(403);
		assertThat(signIn(Demo.FREELANCER).get("/people/new").status()).isEqualTo(403);
	}

	@Test
	void aBadFieldComesBackWithItsMessageNextToItAndNothingIsWritten() {
		WebSession session = signIn(Demo.PROVIDER_MANAGER);
		UUID youssef = rows.person(Demo.YOUSSEF);
		WebSession.Page form = session.get("/people/" + youssef);
		long version = version(form.body());

		Map<String, String> fields = profile(Demo.YOUSSEF);
		fields.put("version", Long.toString(version));
		fields.put("dayRate", "twelve hundred");
		fields.put("zone", "Casablanca");
		fields.put("skills", "helpdesk, underwater basket weaving");
		WebSession.Page answer = session.post("/people/" + youssef, fields);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(errorOf(answer.body(), "dayRate")).isEqualTo("n'est pas un nombre.");
		assertThat(errorOf(answer.body(), "zone")).isEqualTo("doit être un fuseau IANA, par ex. Europe/Paris.");
		assertThat(errorOf(answer.body(), "skills")).isEqualTo("« underwater basket weaving » n'est pas dans le vocabulaire : "
				+ "choisissez une compétence de la liste, ou ajoutez-la en étiquette libre.");
		assertThat(answer.body()).contains("value=\"twelve hundred\"");
		assertThat(rows.version(youssef)).isEqualTo(version);
	}

	@Test
	void aManagerAddsAPersonAndItsAvailabilityThroughThePages() {
		WebSession session = signIn(Demo.PROVIDER_MANAGER);
		session.get("/people/new");
		String name = "Page Made " + UUID.randomUUID().toString().substring(0, 8);

		WebSession.Page created = session.post("/people", profile(name));

		assertThat(created.status()).as(created.toString()).isEqualTo(302);
		UUID id = rows.person(name);
		assertThat(created.redirectPath()).isEqualTo("/people/" + id);
		WebSession.Page page = session.follow(created);
		Map<String, String> periods = new LinkedHashMap<>();
		periods.put("version", Long.toString(version(page.body())));
		periods.put("periods[0].from", "2026-03-01");
		periods.put("periods[0].to", "2026-02-01");
		periods.put("periods[0].allocationPercent", "150");

		WebSession.Page bad = session.post("/people/" + id + "/availability", periods);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(errorOf(bad.body(), "periods[0].to")).isEqualTo("ne doit pas précéder le début.");
		assertThat(errorOf(bad.body(), "periods[0].allocationPercent")).isEqualTo("est hors des bornes.");
		assertThat(rows.periods(id)).isZero();

		periods.put("periods[0].to", "2026-12-31");
		periods.put("periods[0].allocationPercent", "80");
		WebSession.Page saved = session.post("/people/" + id + "/availability", periods);
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		assertThat(rows.periods(id)).isOne();
		assertThat(session.follow(saved).body()).contains("value=\"2026-03-01\"", "value=\"80\"");
	}

	@Test
	void theSearchPageRanksAndExplains() {
		WebSession session = signIn(Demo.PROVIDER_MANAGER);

		WebSession.Page page = session.get("/talent/search?action=search&mustHave=helpdesk,itil&niceToHave=linux"
				+ "&from=2026-03-02&to=2026-03-31&allocationPercent=100&clientZone=Europe/Paris&clientStart=09:00"
				+ "&clientEnd=18:00&minimumOverlapHours=6&languages=fr");

		assertThat(page.status()).isEqualTo(200);
		String body = page.body();
		assertThat(body).contains("data-role=\"results\"", "data-criterion=\"must-have skills\"",
				"data-criterion=\"overlap margin\"", "Marge de recouvrement (20)");
		int omar = body.indexOf(Demo.OMAR);
		int nadia = body.indexOf(Demo.NADIA);
		int salma = body.indexOf(Demo.SALMA);
		assertThat(omar).isPositive();
		assertThat(nadia).isPositive();
		assertThat(salma).isGreaterThan(Math.max(omar, nadia));
		assertThat(body).doesNotContain(Demo.YOUSSEF, Demo.YASMINE);
	}

	@Test
	void aBadSearchIs400WithTheMessagesNextToTheFields() {
		WebSession.Page page = signIn(Demo.PROVIDER_MANAGER)
			.get("/talent/search?action=search&from=2026-03-31&to=2026-03-01&clientZone=Nowhere&clientStart=09:00"
					+ "&clientEnd=18:00&allocationPercent=lots&maximumDayRate=500&maximumRateCurrency=DOGE");

		assertThat(page.status()).isEqualTo(400);
		assertThat(errorOf(page.body(), "to")).isEqualTo("ne doit pas précéder le début.");
		assertThat(errorOf(page.body(), "clientZone")).isEqualTo("doit être un fuseau IANA, par ex. Europe/Paris.");
		assertThat(errorOf(page.body(), "allocationPercent")).isEqualTo("n'est pas un nombre.");
		assertThat(errorOf(page.body(), "maximumRateCurrency")).isEqualTo("n'est pas une devise connue.");
		assertThat(page.body()).doesNotContain("data-role=\"results\"");
	}

	@Test
	void aClientAdministratorEditsItsPartyProfileAndSeesBadFields() {
		WebSession session = signIn(Demo.CLIENT_ADMIN);
		UUID acme = rows.organization(Demo.ACME);
		WebSession.Page page = session.get("/organizations/" + acme + "/profile");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"profile-form\"", "Claire Martin");

		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", Long.toString(version(page.body())));
		fields.put("zone", "Europe/Paris");
		fields.put("workStart", "09:00");
		fields.put("workEnd", "09:00");
		fields.put("languages", "fr, english");
		fields.put("contacts[0].name", "");
		fields.put("contacts[0].email", "claire@");
		WebSession.Page answer = session.post("/organizations/" + acme + "/profile", fields);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(errorOf(answer.body(), "workEnd")).isEqualTo("doit différer du début.");
		assertThat(errorOf(answer.body(), "languages")).startsWith("« english » n'est pas un code de langue");
		assertThat(errorOf(answer.body(), "contacts[0].name")).isEqualTo("est obligatoire.");
		assertThat(errorOf(answer.body(), "contacts[0].email")).isEqualTo("doit être une adresse e-mail valide.");
		assertThat(signIn(Demo.PROVIDER_MANAGER).get("/organizations/" + acme + "/profile").status()).isEqualTo(404);
	}

	@Test
	void thePagesSpeakTheUsersLanguage() {
		WebSession.Page french = signIn(Demo.PROVIDER_MANAGER).get("/talent/search");
		WebSession.Page english = signIn(Demo.ADMIN).get("/talent/search");

		assertThat(french.status()).isEqualTo(200);
		assertThat(french.body()).contains("Recherche de talents", "Compétences requises", "Horaires du client");
		assertThat(english.status()).isEqualTo(200);
		assertThat(english.body()).contains("Talent search", "Must-have skills", "The client&#39;s business hours");
	}

	private WebSession signIn(String email) {
		return WebSession.signIn(api.base(), email, Demo.PASSWORD);
	}

	/** The profile form's fields as a manager would fill them in. */
	private static Map<String, String> profile(String name) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("displayName", name);
		fields.put("email", "page.made@atlas.test");
		fields.put("seniority", "JUNIOR");
		fields.put("dayRate", "1200");
		fields.put("currency", "MAD");
		fields.put("zone", "Africa/Casablanca");
		fields.put("workStart", "08:00");
		fields.put("workEnd", "17:00");
		fields.put("languages", "fr, ar, en");
		fields.put("skills", "scrum");
		fields.put("tags", "");
		fields.put("certifications", "");
		fields.put("listed", "true");
		fields.put("_listed", "on");
		return fields;
	}

	private static long version(String html) {
		Matcher matcher = VERSION.matcher(html);
		assertThat(matcher.find()).as("a version field").isTrue();
		return Long.parseLong(matcher.group(1));
	}

	/** The message shown next to a field, unescaped. */
	private static String errorOf(String html, String field) {
		Matcher matcher = Pattern.compile("data-field-error=\"" + Pattern.quote(field) + "\">([^<]*)<").matcher(html);
		assertThat(matcher.find()).as("a message next to " + field).isTrue();
		return matcher.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
	}
}
