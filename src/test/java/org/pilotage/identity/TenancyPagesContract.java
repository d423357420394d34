package org.pilotage.identity;

import java.util.List;
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
 * Tenancy through the server-rendered pages, on each database, over real HTTP with a signed-in session and
 * its CSRF token: another client's administrator (and a plain member of Acme, for an administrator's
 * action) can neither read nor change Acme's data, and the platform pages are closed to client users.
 * Every refused form is checked against the database afterwards.
 */
abstract class TenancyPagesContract extends IntegrationTest {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	private UUID acme;

	private UUID acmeAdmin;

	private UUID acmeMember;

	private SecondClient globex;

	private IdentityRows rows;

	@BeforeEach
	void twoClients() {
		rows = new IdentityRows(jdbc);
		globex = SecondClient.create(api, tokenFor(Demo.ADMIN));
		acme = jdbc.sql("SELECT id FROM organizations WHERE name = :name").param("name", Demo.ACME)
			.query(UUID.class).single();
		acmeAdmin = rows.userId(Demo.CLIENT_ADMIN);
		acmeMember = rows.userId(Demo.CLIENT_MEMBER);
	}

	@Test
	void anotherClientGetsNotFoundForAcmesPage() {
		WebSession session = signIn(globex.adminEmail(), SecondClient.PASSWORD);

		WebSession.Page page = session.get("/organizations/" + acme);
		WebSession.Page unknown = session.get("/organizations/" + UUID.randomUUID());

		assertThat(page.status()).isEqualTo(404);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(page.body()).doesNotContain(Demo.ACME, Demo.CLIENT_ADMIN, Demo.CLIENT_MEMBER, "Claire Martin",
				"Hugo Bernard");
	}

	@Test
	void anotherClientsHomePageShowsOnlyItsOwnOrganization() {
		WebSession session = signIn(globex.adminEmail(), SecondClient.PASSWORD);

		WebSession.Page home = session.get("/");
		WebSession.Page own = session.get("/organizations/" + globex.id());

		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains(globex.name()).doesNotContain(Demo.ACME);
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.body()).contains(globex.adminEmail()).doesNotContain(Demo.CLIENT_ADMIN);
	}

	@Test
	void anotherClientCannotRenameAcme() {
		WebSession session = signIn(globex.adminEmail(), SecondClient.PASSWORD);
		long version = acmeVersion();

		WebSession.Page answer = session.post("/organizations/" + acme, Map.of("version", Long.toString(version),
				"name", "Taken over", "country", "DE", "timeZone", "Europe/Berlin"));

		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.body()).doesNotContain(Demo.ACME);
		assertThat(acmeName()).isEqualTo(Demo.ACME);
		assertThat(acmeVersion()).isEqualTo(version);
	}

	@Test
	void aPlainMemberOfAcmeSeesAcmeButCannotRenameIt() {
		WebSession session = signIn(Demo.CLIENT_MEMBER, Demo.PASSWORD);
		WebSession.Page page = session.get("/organizations/" + acme);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(Demo.ACME, Demo.CLIENT_ADMIN).doesNotContain("name=\"version\"");
		long version = acmeVersion();

		WebSession.Page answer = session.post("/organizations/" + acme, Map.of("version", Long.toString(version),
				"name", "Taken over", "country", "DE", "timeZone", "Europe/Berlin"));

		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.redirectPath()).isEqualTo("/organizations/" + acme);
		assertThat(acmeName()).isEqualTo(Demo.ACME);
		assertThat(acmeVersion()).isEqualTo(version);
	}

	@Test
	void anotherClientCannotCreateMembersInAcme() {
		WebSession session = signIn(globex.adminEmail(), SecondClient.PASSWORD);
		String email = "intruder-" + UUID.randomUUID() + "@globex.test";

		WebSession.Page answer = session.post("/organizations/" + acme + "/members", Map.of("email", email,
				"displayName", "Intruder", "password", "correct-horse-battery", "role", "CLIENT_ADMIN"));

		assertThat(answer.status()).isEqualTo(302);
		assertThat(session.follow(answer).status()).isEqualTo(404);
		assertThat(rows.userCount(email)).isZero();
	}

	@Test
	void anotherClientCannotGrantItselfARoleInAcme() {
		WebSession session = signIn(globex.adminEmail(), SecondClient.PASSWORD);

		WebSession.Page answer = session.post("/organizations/" + acme + "/grants",
				Map.of("email", globex.adminEmail(), "role", "CLIENT_ADMIN"));

		assertThat(answer.status()).isEqualTo(302);
		assertThat(rows.memberships(globex.adminId(), acme)).isZero();
		assertThat(session.get("/organizations/" + acme).status()).isEqualTo(404);
	}

	@Test
	void anotherClientCannotRevokeAcmesMemberships() {
		WebSession session = signIn(globex.adminEmail(), SecondClient.PASSWORD);
		UUID membership = rows.membershipId(acmeMember, acme);

		WebSession.Page answer = session.post("/memberships/" + membership + "/revoke",
				Map.of("back", "/organizations/" + acme));

		assertThat(answer.status()).isEqualTo(302);
		assertThat(rows.membershipExists(membership)).isTrue();
	}

	@Test
	void theReturnAddressAfterARevokeNeverLeavesPilotage() {
		WebSession session = signIn(globex.adminEmail(), SecondClient.PASSWORD);

		for (String back : List.of("//evil.example/phish", "https://evil.example/", "/\\evil.example")) {
			WebSession.Page answer = session.post("/memberships/" + UUID.randomUUID() + "/revoke", Map.of("back", back));

			assertThat(answer.status()).isEqualTo(302);
			assertThat(answer.location().orElseThrow()).doesNotContain("evil.example");
		}
	}

	@Test
	void aPlainMemberOfAcmeCannotAddOrRemoveAcmesMembers() {
		WebSession session = signIn(Demo.CLIENT_MEMBER, Demo.PASSWORD);
		session.get("/organizations/" + acme);
		UUID adminMembership = rows.membershipId(acmeAdmin, acme);
		String email = "member-made-" + UUID.randomUUID() + "@acme.demo";

		session.post("/memberships/" + adminMembership + "/revoke", Map.of("back", "/organizations/" + acme));
		session.post("/organizations/" + acme + "/members", Map.of("email", email, "displayName", "Member Made",
				"password", "correct-horse-battery", "role", "CLIENT_MEMBER"));
		session.post("/organizations/" + acme + "/grants", Map.of("email", Demo.CLIENT_MEMBER, "role", "CLIENT_ADMIN"));

		assertThat(rows.membershipExists(adminMembership)).isTrue();
		assertThat(rows.userCount(email)).isZero();
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM memberships WHERE user_id = :user AND organization_id = :org AND role = 'CLIENT_ADMIN'""")
			.param("user", acmeMember).param("org", acme).query(Long.class).single()).isZero();
	}

	@Test
	void clientUsersCannotOpenThePlatformPages() {
		List<String> pages = List.of("/admin/organizations", "/admin/users", "/admin/users/" + acmeMember,
				"/admin/users/" + globex.adminId(), "/audit");
		for (WebSession session : List.of(signIn(Demo.CLIENT_MEMBER, Demo.PASSWORD),
				signIn(Demo.CLIENT_ADMIN, Demo.PASSWORD), signIn(globex.adminEmail(), SecondClient.PASSWORD))) {
			for (String path : pages) {
				WebSession.Page page = session.get(path);

				assertThat(page.status()).as(path).isEqualTo(403);
				assertThat(page.body()).as(path).doesNotContain(Demo.ADMIN, Demo.PROVIDER_MANAGER, globex.name());
			}
		}
	}

	@Test
	void clientAdminsCannotUseThePlatformForms() {
		WebSession session = signIn(Demo.CLIENT_ADMIN, Demo.PASSWORD);
		String organization = "Rogue " + UUID.randomUUID();
		String email = "rogue-" + UUID.randomUUID() + "@acme.demo";
		long memberVersion = userVersion(acmeMember);

		List<WebSession.Page> answers = List.of(
				session.post("/admin/organizations",
						Map.of("name", organization, "kind", "CLIENT", "country", "FR", "timeZone", "Europe/Paris")),
				session.post("/admin/users", Map.of("email", email, "displayName", "Rogue",
						"password", "correct-horse-battery", "organizationId", acme.toString(), "role", "CLIENT_ADMIN")),
				session.post("/admin/users/" + acmeMember, Map.of("version", Long.toString(memberVersion),
						"displayName", "Taken over", "locale", "en")),
				session.post("/admin/users/" + acmeAdmin + "/platform-roles", Map.of("role", "PLATFORM_ADMIN")),
				session.post("/audit/verify", Map.of()));

		assertThat(answers).extracting(WebSession.Page::status).containsOnly(403);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM organizations WHERE name = :name").param("name", organization)
			.query(Long.class).single()).isZero();
		assertThat(rows.userCount(email)).isZero();
		assertThat(userVersion(acmeMember)).isEqualTo(memberVersion);
		assertThat(jdbc.sql("SELECT enabled FROM users WHERE id = :id").param("id", acmeMember)
			.query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM memberships WHERE user_id = :user AND organization_id IS NULL")
			.param("user", acmeAdmin).query(Long.class).single()).isZero();
	}

	@Test
	void aFormPostedWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
		WebSession session = signIn(Demo.CLIENT_ADMIN, Demo.PASSWORD);
		long version = acmeVersion();
		Map<String, String> form = Map.of("version", Long.toString(version), "name", "Forged", "country", "FR",
				"timeZone", "Europe/Paris");

		WebSession.Page withoutToken = session.postWithoutCsrf("/organizations/" + acme, form);
		WebSession.Page withForgedToken = session.postWithoutCsrf("/organizations/" + acme,
				Map.of("version", Long.toString(version), "name", "Forged", "country", "FR", "timeZone",
						"Europe/Paris", "_csrf", "forged-token"));

		assertThat(withoutToken.status()).isEqualTo(403);
		assertThat(withForgedToken.status()).isEqualTo(403);
		assertThat(acmeName()).isEqualTo(Demo.ACME);
		assertThat(acmeVersion()).isEqualTo(version);
		assertThat(session.get("/organizations/" + acme).status()).as("still signed in").isEqualTo(200);
	}

	@Test
	void anotherClientCannotRevokeAcmesTokensFromItsProfile() {
		var issued = api.post("/api/v1/tokens", null,
				"{\"email\":\"" + Demo.CLIENT_ADMIN + "\",\"password\":\"" + Demo.PASSWORD + "\",\"name\":\"acme-ci\"}");
		String tokenId = issued.body().get("id").asString();
		WebSession session = signIn(globex.adminEmail(), SecondClient.PASSWORD);
		WebSession.Page profile = session.get("/profile");

		WebSession.Page answer = session.post("/profile/tokens/" + tokenId + "/revoke", Map.of());

		assertThat(profile.body()).doesNotContain(tokenId);
		assertThat(answer.status()).isEqualTo(404);
		assertThat(api.get("/api/v1/me", issued.body().get("token").asString()).status()).isEqualTo(200);
	}

	@Test
	void acmesAdminSeesAcmesMembersAndRenamesAcme() {
		WebSession session = signIn(Demo.CLIENT_ADMIN, Demo.PASSWORD);
		WebSession.Page page = session.get("/organizations/" + acme);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(Demo.ACME, Demo.CLIENT_ADMIN, Demo.CLIENT_MEMBER)
			.doesNotContain(globex.adminEmail());
		Matcher version = VERSION.matcher(page.body());
		assertThat(version.find()).as("the profile form's version").isTrue();
		String renamed = Demo.ACME + " " + UUID.randomUUID().toString().substring(0, 8);

		try {
			WebSession.Page answer = session.post("/organizations/" + acme,
					Map.of("version", version.group(1), "name", renamed, "country", "FR", "timeZone", "Europe/Paris"));

			assertThat(answer.status()).isEqualTo(302);
			assertThat(answer.redirectPath()).isEqualTo("/organizations/" + acme);
			assertThat(acmeName()).isEqualTo(renamed);
			assertThat(session.follow(answer).body()).contains(renamed);
		}
		finally {
			// The other tests of the shared context know Acme by its demo name.
			session.post("/organizations/" + acme, Map.of("version", Long.toString(acmeVersion()), "name", Demo.ACME,
					"country", "FR", "timeZone", "Europe/Paris"));
		}
		assertThat(acmeName()).isEqualTo(Demo.ACME);
	}

	@Test
	void thePlatformAdminSeesEveryClientAndThePlatformPages() {
		WebSession session = signIn(Demo.ADMIN, Demo.PASSWORD);

		WebSession.Page organizations = session.get("/admin/organizations");
		WebSession.Page acmePage = session.get("/organizations/" + acme);
		WebSession.Page globexPage = session.get("/organizations/" + globex.id());

		assertThat(organizations.status()).isEqualTo(200);
		assertThat(organizations.body()).contains(Demo.ACME);
		assertThat(acmePage.status()).isEqualTo(200);
		assertThat(acmePage.body()).contains(Demo.CLIENT_MEMBER);
		assertThat(globexPage.status()).isEqualTo(200);
		assertThat(globexPage.body()).contains(globex.adminEmail());
		assertThat(session.get("/admin/users").status()).isEqualTo(200);
		assertThat(session.get("/audit").status()).isEqualTo(200);
	}

	@Test
	void theAuditorReadsTheTrailButNotTheAdministration() {
		WebSession session = signIn(Demo.AUDITOR, Demo.PASSWORD);

		assertThat(session.get("/audit").status()).isEqualTo(200);
		assertThat(session.get("/admin/organizations").status()).isEqualTo(403);
		assertThat(session.get("/admin/users").status()).isEqualTo(403);
	}

	private WebSession signIn(String email, String password) {
		return WebSession.signIn(api.base(), email, password);
	}

	private long userVersion(UUID user) {
		return jdbc.sql("SELECT version FROM users WHERE id = :id").param("id", user).query(Long.class).single();
	}

	private String acmeName() {
		return jdbc.sql("SELECT name FROM organizations WHERE id = :id").param("id", acme).query(String.class).single();
	}

	private long acmeVersion() {
		return jdbc.sql("SELECT version FROM organizations WHERE id = :id").param("id", acme)
			.query(Long.class).single();
	}
}
