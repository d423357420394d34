package org.pilotage.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.WebSession;

/**
 * The item page's attachments and satisfaction sections and the public survey page, on each database: a bad file
 * comes back with its status (400, 415) and the reason, nothing stored; an internal attachment never shows on the
 * client's page; the requester rates from the item page; the one-time link's page takes one answer without login,
 * behind the page's CSRF token, and then says it was answered; a forged link is a 404 page.
 */
abstract class WorkFeedbackPagesContract extends WorkTest {

	private static final Pattern LINK = Pattern.compile("/satisfaction/([A-Za-z0-9_-]{43})");

	private WebSession signIn(String email) {
		WebSession session = WebSession.signIn(api.base(), email, Demo.PASSWORD);
		assertThat(session.get("/engagements?lang=en").status()).isEqualTo(200);
		return session;
	}

	private String ticket(String title) {
		Api.Response created = api.post("/api/v1/engagements/" + helpdesk + "/work-items", token(Demo.CLIENT_MEMBER),
				"{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"" + title + "\"}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.body().get("id").asString();
	}

	private String resolved(String title) {
		String item = ticket(title);
		assertThat(api.post("/api/v1/work-items/" + item + "/transitions", token(Demo.PROVIDER_AGENT),
				"{\"status\":\"RESOLVED\"}").status()).isEqualTo(200);
		return item;
	}

	private long stored(String item) {
		return jdbc.sql("SELECT COUNT(*) FROM work_attachments WHERE item_id = ?").param(UUID.fromString(item))
			.query(Long.class).single();
	}

	@Test
	void anAgentAttachesFromTheItemPageAndABadFileComesBackWithItsStatus() {
		String item = ticket("Attach from the page");
		String page = "/work-items/" + item;
		WebSession agent = signIn(Demo.PROVIDER_AGENT);
		assertThat(agent.get(page).body()).contains("data-role=\"attachment-form\"", "data-role=\"attachment-visibility\"");

		WebSession.Page mismatch = agent.postFile(page + "/attachments", Map.of("visibility", "CLIENT"), "scan.pdf",
				"application/pdf", WorkAttachmentsContract.PNG);
		assertThat(mismatch.status()).isEqualTo(415);
		assertThat(mismatch.body()).contains("data-role=\"attachment-problem\"", "data-code=\"document-type-mismatch\"",
				"is not what its name or type says");
		WebSession.Page empty = agent.postFile(page + "/attachments", Map.of(), "empty.txt", "text/plain", new byte[0]);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body()).contains("data-code=\"invalid-input\"");
		assertThat(stored(item)).isZero();

		WebSession.Page internal = agent.postFile(page + "/attachments", Map.of("visibility", "INTERNAL"),
				"internal-diagnosis.txt", "text/plain", "proxy misconfigured".getBytes(StandardCharsets.UTF_8));
		assertThat(internal.status()).as(internal.toString()).isEqualTo(302);
		WebSession.Page shared = agent.postFile(page + "/attachments", Map.of("visibility", "CLIENT"),
				"workaround.txt", "text/plain", "use the other printer".getBytes(StandardCharsets.UTF_8));
		assertThat(shared.status()).isEqualTo(302);
		String agentsPage = agent.follow(shared).body();
		assertThat(agentsPage).contains("internal-diagnosis.txt", "workaround.txt", "data-visibility=\"INTERNAL\"",
				"The file was attached.");

		WebSession client = signIn(Demo.CLIENT_MEMBER);
		String clientsPage = client.get(page).body();
		assertThat(clientsPage).contains("workaround.txt", "data-role=\"attachment-form\"")
			.doesNotContain("internal-diagnosis.txt", "data-role=\"attachment-visibility\"", "INTERNAL");
		WebSession.Page refused = client.postFile(page + "/attachments", Map.of("visibility", "INTERNAL"), "mine.txt",
				"text/plain", "x".getBytes(StandardCharsets.UTF_8));
		assertThat(refused.status()).isEqualTo(302);
		assertThat(client.follow(refused).body()).contains("data-role=\"work-problem\"");
		assertThat(stored(item)).isEqualTo(2);
	}

	@Test
	void theRequesterRatesFromTheItemPage() {
		String item = resolved("Rate from the page");
		String page = "/work-items/" + item;
		WebSession client = signIn(Demo.CLIENT_MEMBER);
		assertThat(client.get(page).body()).contains("data-role=\"rating-form\"");

		WebSession.Page invalid = client.post(page + "/satisfaction", Map.of("rating", "9", "comment", "meh"));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.body()).contains("data-error-for=\"rating\"", "must be from 1 to 5", "meh");
		WebSession.Page rated = client.post(page + "/satisfaction", Map.of("rating", "5", "comment", "Spot on"));
		assertThat(rated.status()).isEqualTo(302);
		assertThat(client.follow(rated).body()).contains("data-rating=\"5\"", "Spot on").doesNotContain("data-role=\"rating-form\"");

		String agentsPage = signIn(Demo.PROVIDER_AGENT).get(page).body();
		assertThat(agentsPage).contains("data-rating=\"5\"", "data-kind=\"RATED\"").doesNotContain("data-role=\"rating-form\"");
	}

	@Test
	void theOneTimeLinksPageTakesOneAnswerWithoutLogin() {
		String item = resolved("Rate from the e-mail");
		String body = jdbc.sql("SELECT body FROM notifications WHERE kind = 'work.satisfaction' AND link = ?")
			.param("/work-items/" + item).query(String.class).single();
		Matcher matcher = LINK.matcher(body);
		assertThat(matcher.find()).isTrue();
		String link = "/satisfaction/" + matcher.group(1);

		WebSession anonymous = new WebSession(api.base());
		WebSession.Page survey = anonymous.get(link);
		assertThat(survey.status()).isEqualTo(200);
		assertThat(survey.body()).contains("Rate from the e-mail", "data-role=\"survey-form\"")
			.doesNotContain(Demo.CLIENT_MEMBER, Demo.PROVIDER_AGENT);
		assertThat(anonymous.postWithoutCsrf(link, Map.of("rating", "4")).status()).isEqualTo(403);

		WebSession.Page invalid = anonymous.post(link, Map.of("rating", "0"));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.body()).contains("data-error-for=\"rating\"");
		WebSession.Page answered = anonymous.post(link, Map.of("rating", "4", "comment", "Fine"));
		assertThat(answered.status()).isEqualTo(302);
		assertThat(anonymous.follow(answered).body()).contains("data-role=\"survey-answered\"",
				"Thank you: your rating was recorded.");

		WebSession.Page again = anonymous.post(link, Map.of("rating", "1"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body()).contains("data-code=\"already-answered\"");
		assertThat(anonymous.get(link + "?lang=fr").body()).contains("Votre avis", "Note : 4 sur 5.");
		WebSession.Page forged = anonymous.get("/satisfaction/" + "B".repeat(43));
		assertThat(forged.status()).isEqualTo(404);
		assertThat(forged.body()).contains("data-code=\"not-found\"");
	}
}
