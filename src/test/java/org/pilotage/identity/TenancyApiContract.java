package org.pilotage.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenancy over the API, on each database: the administrator of another client organization (and, for an
 * administrator's action, a plain member of Acme) can neither read nor change Acme's data through any
 * endpoint. What the caller may not see answers 404 exactly like an unknown id; what it sees but may not
 * do answers 403. Every refused write is checked against the database afterwards.
 */
abstract class TenancyApiContract extends IntegrationTest {

	private static final String TAKEOVER = "{\"name\":\"Taken over\",\"country\":\"DE\",\"timeZone\":\"Europe/Berlin\"}";

	private UUID acme;

	private UUID acmeAdmin;

	private UUID acmeMember;

	private SecondClient globex;

	private IdentityRows rows;

	private String platformAdminToken;

	private String acmeAdminToken;

	private String acmeMemberToken;

	private String globexAdminToken;

	@BeforeEach
	void twoClients() {
		rows = new IdentityRows(jdbc);
		platformAdminToken = tokenFor(Demo.ADMIN);
		globex = SecondClient.create(api, platformAdminToken);
		globexAdminToken = globex.adminToken(api);
		acmeAdminToken = tokenFor(Demo.CLIENT_ADMIN);
		acmeMemberToken = tokenFor(Demo.CLIENT_MEMBER);
		acme = jdbc.sql("SELECT id FROM organizations WHERE name = :name").param("name", Demo.ACME)
			.query(UUID.class).single();
		acmeAdmin = rows.userId(Demo.CLIENT_ADMIN);
		acmeMember = rows.userId(Demo.CLIENT_MEMBER);
	}

	// Organizations

	@Test
	void anotherClientCannotReadAcme() {
		var response = api.get("/api/v1/organizations/" + acme, globexAdminToken);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.body().get("code").asString()).isEqualTo("not-found");
		assertThat(response.header("ETag")).isEmpty();
		assertThat(response.text()).doesNotContain(Demo.ACME);
	}

	@Test
	void anotherClientGetsTheSameAnswerForAcmesIdsAsForUnknownOnes() {
		UUID membership = rows.membershipId(acmeMember, acme);
		UUID auditorRole = platformMembershipId(rows.userId(Demo.AUDITOR));
		String grant = "{\"userId\":\"" + globex.adminId() + "\",\"role\":\"CLIENT_ADMIN\"}";
		String userChange = "{\"displayName\":\"Taken over\",\"locale\":\"en\",\"enabled\":true}";

		assertSameAsForAnUnknownId("GET", "/api/v1/organizations/%s", acme, null);
		assertSameAsForAnUnknownId("PUT", "/api/v1/organizations/%s", acme, TAKEOVER);
		assertSameAsForAnUnknownId("GET", "/api/v1/organizations/%s/members", acme, null);
		assertSameAsForAnUnknownId("POST", "/api/v1/organizations/%s/members", acme, grant);
		assertSameAsForAnUnknownId("GET", "/api/v1/users/%s", acmeMember, null);
		assertSameAsForAnUnknownId("PUT", "/api/v1/users/%s", acmeMember, userChange);
		assertSameAsForAnUnknownId("DELETE", "/api/v1/memberships/%s", membership, null);
		assertSameAsForAnUnknownId("DELETE", "/api/v1/memberships/%s", auditorRole, null);
	}

	@Test
	void anotherClientCannotRenameAcme() {
		long version = acmeVersion();

		var response = api.call("PUT", "/api/v1/organizations/" + acme).token(globexAdminToken)
			.header("If-Match", "\"" + version + "\"").json(TAKEOVER).send();

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.isProblem()).isTrue();
		assertThat(acmeName()).isEqualTo(Demo.ACME);
		assertThat(acmeVersion()).isEqualTo(version);
	}

	@Test
	void aPlainMemberOfAcmeSeesAcmeButCannotRenameIt() {
		var read = api.get("/api/v1/organizations/" + acme, acmeMemberToken);
		assertThat(read.status()).isEqualTo(200);
		long version = acmeVersion();

		var response = api.call("PUT", "/api/v1/organizations/" + acme).token(acmeMemberToken)
			.header("If-Match", read.header("ETag").orElseThrow()).json(TAKEOVER).send();

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.body().get("code").asString()).isEqualTo("forbidden");
		assertThat(acmeName()).isEqualTo(Demo.ACME);
		assertThat(acmeVersion()).isEqualTo(version);
	}

	@Test
	void acmesAdminReadsAndRenamesAcmeWithIfMatch() {
		var read = api.get("/api/v1/organizations/" + acme, acmeAdminToken);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().get("name").asString()).isEqualTo(Demo.ACME);
		String etag = read.header("ETag").orElseThrow();
		String country = read.body().get("country").asString();
		String zone = read.body().get("timeZone").asString();
		String renamed = Demo.ACME + " " + UUID.randomUUID().toString().substring(0, 8);
		String body = "{\"name\":\"" + renamed + "\",\"country\":\"" + country + "\",\"timeZone\":\"" + zone + "\"}";

		var withoutIfMatch = api.call("PUT", "/api/v1/organizations/" + acme).token(acmeAdminToken).json(body).send();
		assertThat(withoutIfMatch.status()).isEqualTo(428);
		assertThat(acmeName()).isEqualTo(Demo.ACME);

		try {
			var updated = api.call("PUT", "/api/v1/organizations/" + acme).token(acmeAdminToken)
				.header("If-Match", etag).json(body).send();

			assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
			assertThat(updated.body().get("name").asString()).isEqualTo(renamed);
			assertThat(updated.header("ETag")).isPresent().get().isNotEqualTo(etag);
			assertThat(acmeName()).isEqualTo(renamed);
		}
		finally {
			// The other tests of the shared context know Acme by its demo name.
			var restored = api.call("PUT", "/api/v1/organizations/" + acme).token(acmeAdminToken)
				.header("If-Match", "\"" + acmeVersion() + "\"")
				.json("{\"name\":\"" + Demo.ACME + "\",\"country\":\"" + country + "\",\"timeZone\":\"" + zone + "\"}")
				.send();
			assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
		}
		assertThat(acmeName()).isEqualTo(Demo.ACME);
	}

	@Test
	void anotherClientListsOnlyItsOwnOrganization() {
		JsonNode page = api.get("/api/v1/organizations?size=200", globexAdminToken).body();

		assertThat(texts(page.get("items"), "name")).containsExactly(globex.name());
		assertThat(page.get("totalElements").asLong()).isEqualTo(1);
		assertThat(page.get("totalPages").asInt()).isEqualTo(1);
	}

	@Test
	void acmesUsersListOnlyAcmeAmongTheOrganizations() {
		for (String token : List.of(acmeAdminToken, acmeMemberToken)) {
			JsonNode page = api.get("/api/v1/organizations?size=200", token).body();
			List<String> names = texts(page.get("items"), "name");

			assertThat(names).contains(Demo.ACME).doesNotContain(globex.name(), Demo.ATLAS);
			assertThat(page.get("totalElements").asLong()).isEqualTo(names.size());
		}
	}

	@Test
	void thePlatformAdminSeesEveryOrganization() {
		assertThat(api.get("/api/v1/organizations/" + acme, platformAdminToken).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/organizations/" + globex.id(), platformAdminToken).status()).isEqualTo(200);

		List<String> names = new ArrayList<>();
		long total;
		int page = 0;
		do {
			JsonNode body = api.get("/api/v1/organizations?size=200&page=" + page++, platformAdminToken).body();
			names.addAll(texts(body.get("items"), "name"));
			total = body.get("totalElements").asLong();
		}
		while (names.size() < total && page < 100);

		assertThat(names).contains(Demo.ACME, Demo.ATLAS, globex.name());
		assertThat(names).hasSize((int) total);
		assertThat(total).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM organizations").query(Long.class).single());
	}

	@Test
	void meShowsOnlyTheCallersOwnOrganization() {
		JsonNode me = api.get("/api/v1/me", globexAdminToken).body();

		assertThat(me.get("email").asString()).isEqualTo(globex.adminEmail());
		assertThat(texts(me.get("organizations"), "name")).containsExactly(globex.name());
		assertThat(texts(me.get("memberships"), "organizationId")).containsExactly(globex.id().toString());
	}

	// Members and memberships

	@Test
	void anotherClientCannotListAcmesMembers() {
		var response = api.get("/api/v1/organizations/" + acme + "/members", globexAdminToken);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.text()).doesNotContain(Demo.CLIENT_ADMIN, Demo.CLIENT_MEMBER);
	}

	@Test
	void acmesMembersListAcmesMembersOnly() {
		var response = api.get("/api/v1/organizations/" + acme + "/members", acmeMemberToken);

		assertThat(response.status()).isEqualTo(200);
		assertThat(texts(response.body(), "email")).contains(Demo.CLIENT_ADMIN, Demo.CLIENT_MEMBER)
			.doesNotContain(globex.adminEmail());
		assertThat(texts(response.body(), "organizationId")).containsOnly(acme.toString());
	}

	@Test
	void anotherClientCannotMakeItselfAnAdminOfAcme() {
		var response = api.post("/api/v1/organizations/" + acme + "/members", globexAdminToken,
				"{\"userId\":\"" + globex.adminId() + "\",\"role\":\"CLIENT_ADMIN\"}");

		assertThat(response.status()).isEqualTo(404);
		assertThat(rows.memberships(globex.adminId(), acme)).isZero();
		assertThat(api.get("/api/v1/organizations/" + acme, globexAdminToken).status()).isEqualTo(404);
	}

	@Test
	void aPlainMemberOfAcmeCannotPromoteItself() {
		var response = api.post("/api/v1/organizations/" + acme + "/members", acmeMemberToken,
				"{\"userId\":\"" + acmeMember + "\",\"role\":\"CLIENT_ADMIN\"}");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body().get("code").asString()).isEqualTo("forbidden");
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM memberships WHERE user_id = :user AND organization_id = :org AND role = 'CLIENT_ADMIN'""")
			.param("user", acmeMember).param("org", acme).query(Long.class).single()).isZero();
	}

	@Test
	void anotherClientCannotPullAcmesUsersIntoItsOwnOrganization() {
		var response = api.post("/api/v1/organizations/" + globex.id() + "/members", globexAdminToken,
				"{\"userId\":\"" + acmeMember + "\",\"role\":\"CLIENT_MEMBER\"}");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.text()).doesNotContain(Demo.CLIENT_MEMBER);
		assertThat(rows.memberships(acmeMember, globex.id())).isZero();
		assertThat(api.get("/api/v1/users/" + acmeMember, globexAdminToken).status()).isEqualTo(404);
	}

	@Test
	void acmesAdminCannotPullAnotherClientsUserIntoAcme() {
		var response = api.post("/api/v1/organizations/" + acme + "/members", acmeAdminToken,
				"{\"userId\":\"" + globex.adminId() + "\",\"role\":\"CLIENT_MEMBER\"}");

		assertThat(response.status()).isEqualTo(404);
		assertThat(rows.memberships(globex.adminId(), acme)).isZero();
	}

	@Test
	void acmesAdminAddsAMemberGrantsItARoleAndRevokesIt() {
		String email = "member-" + UUID.randomUUID() + "@acme.demo";
		var created = api.post("/api/v1/users", acmeAdminToken, "{\"email\":\"" + email
				+ "\",\"displayName\":\"New Member\",\"password\":\"correct-horse-battery\",\"organizationId\":\""
				+ acme + "\",\"role\":\"CLIENT_MEMBER\"}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		UUID user = UUID.fromString(created.body().get("id").asString());
		assertThat(texts(api.get("/api/v1/organizations/" + acme + "/members", acmeMemberToken).body(), "email"))
			.contains(email);

		var granted = api.post("/api/v1/organizations/" + acme + "/members", acmeAdminToken,
				"{\"userId\":\"" + user + "\",\"role\":\"CLIENT_ADMIN\"}");
		assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
		assertThat(rows.memberships(user, acme)).isEqualTo(2);
		assertThat(api.get("/api/v1/users/" + user, globexAdminToken).status()).isEqualTo(404);

		var revoked = api.call("DELETE", "/api/v1/memberships/" + granted.body().get("id").asString())
			.token(acmeAdminToken).send();
		assertThat(revoked.status()).isEqualTo(204);
		assertThat(rows.memberships(user, acme)).isOne();
	}

	@Test
	void anotherClientCannotRevokeAcmesMemberships() {
		UUID membership = rows.membershipId(acmeMember, acme);

		var response = api.call("DELETE", "/api/v1/memberships/" + membership).token(globexAdminToken).send();

		assertThat(response.status()).isEqualTo(404);
		assertThat(rows.membershipExists(membership)).isTrue();
	}

	@Test
	void aPlainMemberOfAcmeCannotRevokeItsAdmin() {
		UUID membership = rows.membershipId(acmeAdmin, acme);

		var response = api.call("DELETE", "/api/v1/memberships/" + membership).token(acmeMemberToken).send();

		assertThat(response.status()).isEqualTo(403);
		assertThat(rows.membershipExists(membership)).isTrue();
	}

	@Test
	void noOrganizationAdminCanRevokeAPlatformRole() {
		UUID auditorRole = platformMembershipId(rows.userId(Demo.AUDITOR));

		for (String token : List.of(globexAdminToken, acmeAdminToken)) {
			var response = api.call("DELETE", "/api/v1/memberships/" + auditorRole).token(token).send();

			assertThat(response.status()).isEqualTo(404);
		}
		assertThat(rows.membershipExists(auditorRole)).isTrue();
	}

	// Platform-wide roles

	@Test
	void onlyAPlatformAdminGrantsPlatformRoles() {
		record Attempt(String token, UUID self) {
		}
		for (Attempt attempt : List.of(new Attempt(globexAdminToken, globex.adminId()),
				new Attempt(acmeAdminToken, acmeAdmin), new Attempt(acmeMemberToken, acmeMember))) {
			for (String role : List.of("PLATFORM_ADMIN", "AUDITOR")) {
				var response = api.post("/api/v1/platform-roles", attempt.token(),
						"{\"userId\":\"" + attempt.self() + "\",\"role\":\"" + role + "\"}");

				assertThat(response.status()).as(role).isEqualTo(403);
				assertThat(response.isProblem()).isTrue();
			}
			assertThat(platformRoles(attempt.self())).isZero();
		}
	}

	@Test
	void anOrganizationAdminCannotSlipAPlatformRoleThroughItsOwnOrganization() {
		var grant = api.post("/api/v1/organizations/" + globex.id() + "/members", globexAdminToken,
				"{\"userId\":\"" + globex.adminId() + "\",\"role\":\"PLATFORM_ADMIN\"}");
		String email = "escalate-" + UUID.randomUUID() + "@globex.test";
		var create = api.post("/api/v1/users", globexAdminToken, "{\"email\":\"" + email
				+ "\",\"displayName\":\"Escalation\",\"password\":\"correct-horse-battery\",\"organizationId\":\""
				+ globex.id() + "\",\"role\":\"PLATFORM_ADMIN\"}");

		assertThat(grant.status()).isEqualTo(403);
		assertThat(platformRoles(globex.adminId())).isZero();
		assertThat(create.status()).isEqualTo(400);
		assertThat(create.body().get("errors").get(0).get("code").asString()).isEqualTo("role-platform-wide");
		assertThat(rows.userCount(email)).isZero();
	}

	@Test
	void onlyAPlatformAdminAttachesAnAuditorToAnOrganization() {
		String email = "attached-" + UUID.randomUUID() + "@pilotage.test";
		var created = api.post("/api/v1/users", platformAdminToken,
				"{\"email\":\"" + email + "\",\"displayName\":\"Attached Auditor\",\"password\":\"correct-horse-battery\"}");
		String userId = created.body().get("id").asString();

		var byOrganizationAdmin = api.post("/api/v1/organizations/" + globex.id() + "/members", globexAdminToken,
				"{\"userId\":\"" + userId + "\",\"role\":\"AUDITOR\"}");
		var byPlatformAdmin = api.post("/api/v1/organizations/" + globex.id() + "/members", platformAdminToken,
				"{\"userId\":\"" + userId + "\",\"role\":\"AUDITOR\"}");

		assertThat(byOrganizationAdmin.status()).isEqualTo(403);
		assertThat(byPlatformAdmin.status()).as(byPlatformAdmin.toString()).isEqualTo(201);
		assertThat(rows.memberships(UUID.fromString(userId), globex.id())).isEqualTo(1);
	}

	@Test
	void aPlatformAdminGrantsTheAuditorRoleWhichThenReadsTheTrail() {
		String email = "auditor-" + UUID.randomUUID() + "@pilotage.test";
		var created = api.post("/api/v1/users", platformAdminToken,
				"{\"email\":\"" + email + "\",\"displayName\":\"New Auditor\",\"password\":\"correct-horse-battery\"}");
		assertThat(created.status()).isEqualTo(201);
		String token = api.tokenFor(email, "correct-horse-battery");
		assertThat(api.get("/api/v1/audit/events", token).status()).isEqualTo(403);

		var granted = api.post("/api/v1/platform-roles", platformAdminToken,
				"{\"userId\":\"" + created.body().get("id").asString() + "\",\"role\":\"AUDITOR\"}");

		assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
		assertThat(api.get("/api/v1/audit/events", token).status()).isEqualTo(200);
	}

	// Users

	@Test
	void anotherClientCannotReadAcmesUsers() {
		for (UUID user : List.of(acmeAdmin, acmeMember)) {
			var response = api.get("/api/v1/users/" + user, globexAdminToken);

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.header("ETag")).isEmpty();
			assertThat(response.text()).doesNotContain(Demo.CLIENT_ADMIN, Demo.CLIENT_MEMBER);
		}
	}

	@Test
	void anotherClientListsOnlyItsOwnUsers() {
		JsonNode page = api.get("/api/v1/users?size=200", globexAdminToken).body();

		assertThat(texts(page.get("items"), "email")).containsExactly(globex.adminEmail());
		assertThat(page.get("totalElements").asLong()).isEqualTo(1);
	}

	@Test
	void acmesMemberListsOnlyUsersWhoShareAcme() {
		JsonNode page = api.get("/api/v1/users?size=200", acmeMemberToken).body();
		List<String> emails = texts(page.get("items"), "email");

		// the demo auditor is attached to Acme, so Acme's members see who audits them
		assertThat(emails).contains(Demo.CLIENT_ADMIN, Demo.CLIENT_MEMBER, Demo.AUDITOR)
			.doesNotContain(globex.adminEmail(), Demo.ADMIN, Demo.PROVIDER_MANAGER, Demo.FREELANCER);
		assertThat(page.get("totalElements").asLong()).isEqualTo(emails.size());
		for (String id : texts(page.get("items"), "id")) {
			assertThat(rows.memberships(UUID.fromString(id), acme)).as(id).isPositive();
		}
	}

	@Test
	void aUserInBothClientsShowsEachClientOnlyItsOwnMemberships() {
		String email = "shared-" + UUID.randomUUID() + "@acme.demo";
		var created = api.post("/api/v1/users", acmeAdminToken, "{\"email\":\"" + email
				+ "\",\"displayName\":\"Shared Person\",\"password\":\"correct-horse-battery\",\"organizationId\":\""
				+ acme + "\",\"role\":\"CLIENT_MEMBER\"}");
		UUID user = UUID.fromString(created.body().get("id").asString());
		var joined = api.post("/api/v1/organizations/" + globex.id() + "/members", platformAdminToken,
				"{\"userId\":\"" + user + "\",\"role\":\"CLIENT_MEMBER\"}");
		assertThat(joined.status()).as(joined.toString()).isEqualTo(201);

		var seenByGlobex = api.get("/api/v1/users/" + user, globexAdminToken);
		var seenByAcme = api.get("/api/v1/users/" + user, acmeAdminToken);

		assertThat(seenByGlobex.status()).isEqualTo(200);
		assertThat(texts(seenByGlobex.body().get("memberships"), "organizationId")).containsExactly(globex.id().toString());
		assertThat(seenByAcme.status()).isEqualTo(200);
		assertThat(texts(seenByAcme.body().get("memberships"), "organizationId")).containsExactly(acme.toString());
		assertThat(api.get("/api/v1/organizations/" + acme, globexAdminToken).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/users/" + acmeMember, globexAdminToken).status()).isEqualTo(404);
	}

	@Test
	void anotherClientCannotChangeOrDisableAcmesUsers() {
		long version = userVersion(acmeMember);
		String name = displayName(acmeMember);

		var response = api.call("PUT", "/api/v1/users/" + acmeMember).token(globexAdminToken)
			.header("If-Match", "\"" + version + "\"")
			.json("{\"displayName\":\"Taken over\",\"locale\":\"en\",\"enabled\":false}")
			.send();

		assertThat(response.status()).isEqualTo(404);
		assertThat(displayName(acmeMember)).isEqualTo(name);
		assertThat(userVersion(acmeMember)).isEqualTo(version);
		assertThat(api.get("/api/v1/me", acmeMemberToken).status()).isEqualTo(200);
	}

	@Test
	void acmesUsersCannotChangeEachOthersAccounts() {
		record Attempt(String token, UUID target) {
		}
		for (Attempt attempt : List.of(new Attempt(acmeAdminToken, acmeMember), new Attempt(acmeMemberToken, acmeAdmin))) {
			var read = api.get("/api/v1/users/" + attempt.target(), attempt.token());
			assertThat(read.status()).isEqualTo(200);
			long version = userVersion(attempt.target());
			String name = displayName(attempt.target());

			var response = api.call("PUT", "/api/v1/users/" + attempt.target()).token(attempt.token())
				.header("If-Match", read.header("ETag").orElseThrow())
				.json("{\"displayName\":\"Taken over\",\"locale\":\"en\",\"enabled\":false}")
				.send();

			assertThat(response.status()).isEqualTo(403);
			assertThat(displayName(attempt.target())).isEqualTo(name);
			assertThat(userVersion(attempt.target())).isEqualTo(version);
		}
	}

	@Test
	void anotherClientCannotCreateUsersInAcme() {
		for (String role : List.of("CLIENT_MEMBER", "CLIENT_ADMIN")) {
			String email = "intruder-" + UUID.randomUUID() + "@globex.test";

			var response = api.post("/api/v1/users", globexAdminToken, "{\"email\":\"" + email
					+ "\",\"displayName\":\"Intruder\",\"password\":\"correct-horse-battery\",\"organizationId\":\""
					+ acme + "\",\"role\":\"" + role + "\"}");

			assertThat(response.status()).as(role).isEqualTo(403);
			assertThat(response.isProblem()).isTrue();
			assertThat(rows.userCount(email)).isZero();
		}
	}

	@Test
	void onlyAPlatformAdminCreatesUsersOutsideAnyOrganization() {
		String email = "loose-" + UUID.randomUUID() + "@globex.test";

		var response = api.post("/api/v1/users", globexAdminToken,
				"{\"email\":\"" + email + "\",\"displayName\":\"Loose\",\"password\":\"correct-horse-battery\"}");

		assertThat(response.status()).isEqualTo(403);
		assertThat(rows.userCount(email)).isZero();
	}

	@Test
	void aPlainMemberOfAcmeCannotCreateUsersInAcme() {
		String email = "member-made-" + UUID.randomUUID() + "@acme.demo";

		var response = api.post("/api/v1/users", acmeMemberToken, "{\"email\":\"" + email
				+ "\",\"displayName\":\"Member Made\",\"password\":\"correct-horse-battery\",\"organizationId\":\""
				+ acme + "\",\"role\":\"CLIENT_MEMBER\"}");

		assertThat(response.status()).isEqualTo(403);
		assertThat(rows.userCount(email)).isZero();
	}

	// Personal API tokens

	@Test
	void anotherClientCannotSeeOrRevokeAcmesTokens() {
		var issued = api.post("/api/v1/tokens", null,
				"{\"email\":\"" + Demo.CLIENT_ADMIN + "\",\"password\":\"" + Demo.PASSWORD + "\",\"name\":\"acme-ci\"}");
		String tokenId = issued.body().get("id").asString();
		String token = issued.body().get("token").asString();

		List<String> globexTokens = texts(api.get("/api/v1/me/tokens", globexAdminToken).body(), "id");
		var revokedByGlobex = api.call("DELETE", "/api/v1/me/tokens/" + tokenId).token(globexAdminToken).send();
		var revokedByAcmeMember = api.call("DELETE", "/api/v1/me/tokens/" + tokenId).token(acmeMemberToken).send();

		assertThat(globexTokens).isNotEmpty().doesNotContain(tokenId);
		assertThat(revokedByGlobex.status()).isEqualTo(404);
		assertThat(revokedByAcmeMember.status()).isEqualTo(404);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE id = :id AND revoked_at IS NULL")
			.param("id", UUID.fromString(tokenId)).query(Long.class).single()).isOne();
		var me = api.get("/api/v1/me", token);
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.body().get("email").asString()).isEqualTo(Demo.CLIENT_ADMIN);
		assertThat(texts(api.get("/api/v1/me/tokens", token).body(), "id")).contains(tokenId);
	}

	@Test
	void aTokenIsAlwaysIssuedToTheCallerItself() {
		var issued = api.post("/api/v1/me/tokens", globexAdminToken, "{\"name\":\"globex-ci\"}");

		assertThat(issued.status()).isEqualTo(201);
		var me = api.get("/api/v1/me", issued.body().get("token").asString());
		assertThat(me.body().get("email").asString()).isEqualTo(globex.adminEmail());
		assertThat(texts(api.get("/api/v1/me/tokens", acmeAdminToken).body(), "id"))
			.doesNotContain(issued.body().get("id").asString());
	}

	// Audit trail

	@ParameterizedTest
	@ValueSource(strings = { Demo.CLIENT_ADMIN, Demo.CLIENT_MEMBER, Demo.PROVIDER_MANAGER, Demo.PROVIDER_AGENT,
			Demo.FREELANCER })
	void organizationUsersCannotReadTheAuditTrail(String email) {
		assertAuditTrail(tokenFor(email), 403);
	}

	@Test
	void anotherClientCannotReadTheAuditTrail() {
		assertAuditTrail(globexAdminToken, 403);
	}

	@ParameterizedTest
	@ValueSource(strings = { Demo.AUDITOR, Demo.ADMIN })
	void auditorsAndPlatformAdminsReadTheAuditTrail(String email) {
		assertAuditTrail(tokenFor(email), 200);
	}

	// The demo's other organizations

	@ParameterizedTest
	@ValueSource(strings = { Demo.PROVIDER_MANAGER, Demo.PROVIDER_AGENT, Demo.FREELANCER, Demo.FREELANCER_2 })
	void usersOfOtherOrganizationsCannotReadAcmeOrItsPeople(String email) {
		String token = tokenFor(email);

		assertThat(api.get("/api/v1/organizations/" + acme, token).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/organizations/" + acme + "/members", token).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/users/" + acmeMember, token).status()).isEqualTo(404);
		assertThat(texts(api.get("/api/v1/users?size=200", token).body().get("items"), "email"))
			.doesNotContain(Demo.CLIENT_ADMIN, Demo.CLIENT_MEMBER);
		assertThat(texts(api.get("/api/v1/organizations?size=200", token).body().get("items"), "name"))
			.doesNotContain(Demo.ACME);
	}

	@Test
	void oneFreelancerCannotReadOrChangeAnothersOrganization() {
		UUID andrei = jdbc.sql("SELECT organization_id FROM memberships WHERE user_id = :user AND role = 'FREELANCER'")
			.param("user", rows.userId(Demo.FREELANCER_2))
			.query(UUID.class)
			.single();
		String yasmine = tokenFor(Demo.FREELANCER);

		assertThat(api.get("/api/v1/organizations/" + andrei, yasmine).status()).isEqualTo(404);
		var update = api.call("PUT", "/api/v1/organizations/" + andrei).token(yasmine)
			.header("If-Match", "\"" + version(andrei) + "\"").json(TAKEOVER).send();
		assertThat(update.status()).isEqualTo(404);
		assertThat(jdbc.sql("SELECT name FROM organizations WHERE id = :id").param("id", andrei)
			.query(String.class).single()).isNotEqualTo("Taken over");
	}

	private void assertAuditTrail(String token, int status) {
		for (String path : List.of("/api/v1/audit/verify", "/api/v1/audit/events",
				"/api/v1/audit/events?organizationId=" + acme)) {
			var response = api.get(path, token);

			assertThat(response.status()).as(path).isEqualTo(status);
			if (status == 403) {
				assertThat(response.isProblem()).as(path).isTrue();
				assertThat(response.text()).as(path).doesNotContain(Demo.ACME);
			}
		}
	}

	private void assertSameAsForAnUnknownId(String method, String path, UUID real, @Nullable String body) {
		Api.Response forReal = send(method, path.formatted(real), body);
		Api.Response forUnknown = send(method, path.formatted(UUID.randomUUID()), body);
		String what = method + " " + path;

		assertThat(forReal.status()).as(what).isEqualTo(404);
		assertThat(forReal.status()).as(what).isEqualTo(forUnknown.status());
		assertThat(forReal.body().get("code").asString()).as(what).isEqualTo(forUnknown.body().get("code").asString());
		assertThat(forReal.body().get("detail").asString()).as(what).isEqualTo(forUnknown.body().get("detail").asString());
	}

	private Api.Response send(String method, String path, @Nullable String body) {
		var call = api.call(method, path).token(globexAdminToken);
		if (body != null) {
			call.header("If-Match", "\"0\"").json(body);
		}
		return call.send();
	}

	private List<String> texts(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach(node -> values.add(node.get(field).asString()));
		return values;
	}

	private UUID platformMembershipId(UUID user) {
		return jdbc.sql("SELECT id FROM memberships WHERE user_id = :user AND organization_id IS NULL")
			.param("user", user)
			.query(UUID.class)
			.single();
	}

	private long platformRoles(UUID user) {
		return jdbc.sql("SELECT COUNT(*) FROM memberships WHERE user_id = :user AND organization_id IS NULL")
			.param("user", user)
			.query(Long.class)
			.single();
	}

	private String displayName(UUID user) {
		return jdbc.sql("SELECT display_name FROM users WHERE id = :id").param("id", user).query(String.class).single();
	}

	private long userVersion(UUID user) {
		return jdbc.sql("SELECT version FROM users WHERE id = :id").param("id", user).query(Long.class).single();
	}

	private String acmeName() {
		return jdbc.sql("SELECT name FROM organizations WHERE id = :id").param("id", acme).query(String.class).single();
	}

	private long acmeVersion() {
		return version(acme);
	}

	private long version(UUID organization) {
		return jdbc.sql("SELECT version FROM organizations WHERE id = :id").param("id", organization)
			.query(Long.class).single();
	}
}
