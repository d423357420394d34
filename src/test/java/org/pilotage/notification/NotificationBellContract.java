package org.pilotage.notification;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;
import org.pilotage.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bell: a user's own notifications over the API and on the pages, and the outbox state for platform
 * admins. Works with Andrei's notifications only, and starts each test with all of them read.
 */
abstract class NotificationBellContract extends IntegrationTest {

	@Autowired
	Notifications notifications;

	@Autowired
	TransactionTemplate transactions;

	String andrei;

	UUID andreiId;

	@BeforeEach
	void nothingUnread() {
		andrei = tokenFor(Demo.FREELANCER_2);
		andreiId = jdbc.sql("SELECT id FROM users WHERE email = :e").param("e", Demo.FREELANCER_2).query(UUID.class).single();
		assertThat(api.post("/api/v1/notifications/read-all", andrei, "").status()).isEqualTo(204);
	}

	@Test
	void theBellListsTheCallersNotificationsNewestFirstWithTheUnreadCount() {
		notifyAndrei("First");
		notifyAndrei("Second");
		notifyAndrei("Third");

		JsonNode bell = bell("?size=2");

		assertThat(bell.get("unread").asLong()).isEqualTo(3);
		assertThat(bell.get("items")).hasSize(2);
		assertThat(bell.get("items").get(0).get("subject").asString()).isEqualTo("Third");
		assertThat(bell.get("items").get(1).get("subject").asString()).isEqualTo("Second");
		assertThat(bell.get("items").get(0).get("link").asString()).isEqualTo("/engagements");
		assertThat(bell.get("totalElements").asLong()).isGreaterThanOrEqualTo(3);
		assertThat(bell.get("size").asInt()).isEqualTo(2);
	}

	@Test
	void markingOneReadLowersTheCountAndMarkingAllReadClearsIt() {
		UUID first = notifyAndrei("Read me");
		notifyAndrei("And me");

		assertThat(api.post("/api/v1/notifications/" + first + "/read", andrei, "").status()).isEqualTo(204);
		assertThat(bell("").get("unread").asLong()).isEqualTo(1);
		assertThat(api.post("/api/v1/notifications/" + first + "/read", andrei, "").status())
			.as("reading twice changes nothing").isEqualTo(204);

		assertThat(api.post("/api/v1/notifications/read-all", andrei, "").status()).isEqualTo(204);
		assertThat(bell("").get("unread").asLong()).isZero();
	}

	@Test
	void anotherUsersNotificationIsNotFound() {
		UUID mine = notifyAndrei("Private");

		Api.Response foreign = api.post("/api/v1/notifications/" + mine + "/read", tokenFor(Demo.FREELANCER), "");
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.isProblem()).isTrue();
		assertThat(api.post("/api/v1/notifications/" + UUID.randomUUID() + "/read", andrei, "").status()).isEqualTo(404);
		assertThat(bell("").get("unread").asLong()).as("still unread for its owner").isEqualTo(1);
		assertThat(api.get("/api/v1/notifications", tokenFor(Demo.FREELANCER)).text()).doesNotContain("Private");
	}

	@Test
	void markingReadTakesNoBodyButRefusesMalformedJson() {
		UUID id = notifyAndrei("Body or not");

		assertThat(api.call("POST", "/api/v1/notifications/" + id + "/read").token(andrei).send().status()).isEqualTo(204);
		Api.Response malformed = api.post("/api/v1/notifications/read-all", andrei, "{\"all\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.body().get("code").asString()).isEqualTo("malformed-json");
	}

	@Test
	void theBellNeedsASignedInCaller() {
		assertThat(api.get("/api/v1/notifications", null).status()).isEqualTo(401);
	}

	@Test
	void platformAdminsSeeTheOutboxStateAndOthersAreRefused() {
		Api.Response state = api.get("/api/v1/admin/mail-outbox?status=PENDING", tokenFor(Demo.ADMIN));

		assertThat(state.status()).isEqualTo(200);
		assertThat(state.body().get("smtpConfigured").asBoolean()).as("no SMTP host in this context").isFalse();
		assertThat(state.body().get("counts").has("PENDING")).isTrue();
		assertThat(state.body().get("counts").has("FAILED")).isTrue();
		assertThat(state.body().get("status").asString()).isEqualTo("PENDING");
		assertThat(state.body().get("rows").has("items")).isTrue();
		assertThat(api.get("/api/v1/admin/mail-outbox", tokenFor(Demo.CLIENT_ADMIN)).status()).isEqualTo(403);
	}

	@Test
	void withoutAnSmtpServerEmailsWaitInTheOutboxAsPending() {
		notifyAndrei("Waiting for a mail server");

		Api.Response state = api.get("/api/v1/admin/mail-outbox?status=PENDING&size=200", tokenFor(Demo.ADMIN));

		assertThat(state.body().get("counts").get("PENDING").asLong()).isPositive();
		assertThat(state.body().get("rows").get("items").toString()).contains("Waiting for a mail server")
			.contains(Demo.FREELANCER_2);
	}

	@Test
	void theLayoutShowsTheBellWithTheUnreadCountAndThePageMarksAllRead() {
		notifyAndrei("Shown on the page");
		notifyAndrei("Also shown");
		WebSession session = WebSession.signIn(api.base(), Demo.FREELANCER_2, Demo.PASSWORD);

		String home = session.get("/").body();
		assertThat(home).contains("data-role=\"bell\"").containsPattern("data-role=\"unread\">2<");

		WebSession.Page page = session.get("/notifications");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Shown on the page", "Also shown", "Mark all read", "2 unread");

		WebSession.Page marked = session.post("/notifications/read-all", Map.of());
		assertThat(marked.status()).isEqualTo(302);
		assertThat(marked.redirectPath()).isEqualTo("/notifications");
		String after = session.follow(marked).body();
		assertThat(after).contains("All notifications are marked read.", "Nothing unread")
			.doesNotContain("data-role=\"unread\"");
	}

	@Test
	void openingANotificationMarksItReadAndFollowsItsLink() {
		UUID id = notifyAndrei("Open me");
		WebSession session = WebSession.signIn(api.base(), Demo.FREELANCER_2, Demo.PASSWORD);
		session.get("/notifications");

		WebSession.Page opened = session.post("/notifications/" + id + "/open", Map.of("link", "/engagements"));

		assertThat(opened.redirectPath()).isEqualTo("/engagements");
		assertThat(bell("").get("unread").asLong()).isZero();
		WebSession.Page elsewhere = session.post("/notifications/" + id + "/open", Map.of("link", "//evil.example"));
		assertThat(elsewhere.redirectPath()).as("never another host").isEqualTo("/notifications");
	}

	@Test
	void thePageIsInFrench() {
		notifyAndrei("En français");
		WebSession session = WebSession.signIn(api.base(), Demo.FREELANCER_2, Demo.PASSWORD);

		String page = session.get("/notifications?lang=fr").body();

		assertThat(page).contains("Tout marquer comme lu", "1 non lue", "Objet");
		assertThat(session.get("/notifications?lang=fr").body().replace("notifications?lang=fr", ""))
			.doesNotContain("Mark all read");
	}

	private UUID notifyAndrei(String subject) {
		String key = "test:bell:" + UUID.randomUUID();
		transactions.executeWithoutResult(status -> notifications.notify(
				new Notice(key, andreiId, "test", subject, "About " + subject, "/engagements", true)));
		return jdbc.sql("SELECT id FROM notifications WHERE dedup_key = :k").param("k", key).query(UUID.class).single();
	}

	private JsonNode bell(String query) {
		Api.Response response = api.get("/api/v1/notifications" + query, andrei);
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}
}
