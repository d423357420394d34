package org.pilotage.identity;

import org.junit.jupiter.api.Test;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in to the API, on each database (see the subclasses). */
abstract class IdentityApiContract extends IntegrationTest {

	@Test
	void aRequestWithoutTokenGets401ProblemJson() {
		var response = api.get("/api/v1/me", null);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.body().get("code").asString()).isEqualTo("unauthenticated");
		assertThat(response.header("WWW-Authenticate")).contains("Bearer");
	}

	@Test
	void anUnknownTokenGets401ProblemJson() {
		var response = api.get("/api/v1/me", "plt_not-a-real-token");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.body().get("code").asString()).isEqualTo("invalid-token");
	}

	@Test
	void aTokenObtainedWithThePasswordAuthenticatesMe() {
		String token = tokenFor(Demo.CLIENT_ADMIN);

		var response = api.get("/api/v1/me", token);

		assertThat(response.status()).isEqualTo(200);
		JsonNode me = response.body();
		assertThat(me.get("email").asString()).isEqualTo(Demo.CLIENT_ADMIN);
		assertThat(me.get("memberships").get(0).get("role").asString()).isEqualTo("CLIENT_ADMIN");
		assertThat(me.get("memberships").get(0).get("organizationName").asString()).isEqualTo(Demo.ACME);
		assertThat(me.get("organizations")).hasSize(1);
	}

	@Test
	void theTokenIsStoredOnlyAsAHash() {
		String token = tokenFor(Demo.CLIENT_MEMBER);

		long plain = jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE token_hash = :t OR token_prefix = :t")
			.param("t", token)
			.query(Long.class)
			.single();
		long hashed = jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE token_hash = :h")
			.param("h", ApiTokenService.hash(token))
			.query(Long.class)
			.single();

		assertThat(plain).isZero();
		assertThat(hashed).isOne();
	}

	@Test
	void aWrongPasswordGets401WithoutSayingWhetherTheAccountExists() {
		var known = api.post("/api/v1/tokens", null,
				"{\"email\":\"" + Demo.AUDITOR + "\",\"password\":\"wrong-password\",\"name\":\"x\"}");
		var unknown = api.post("/api/v1/tokens", null,
				"{\"email\":\"nobody@nowhere.demo\",\"password\":\"wrong-password\",\"name\":\"x\"}");

		assertThat(known.status()).isEqualTo(401);
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(known.body().get("detail").asString()).isEqualTo(unknown.body().get("detail").asString());
	}

	@Test
	void aRevokedTokenNoLongerAuthenticates() {
		String token = tokenFor(Demo.PROVIDER_AGENT);
		var mine = api.get("/api/v1/me/tokens", token).body();
		String id = mine.get(0).get("id").asString();

		var revoked = api.call("DELETE", "/api/v1/me/tokens/" + id).token(token).send();

		assertThat(revoked.status()).isEqualTo(204);
		assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
		String admin = tokenFor(Demo.ADMIN);
		String email = "locked-" + java.util.UUID.randomUUID() + "@acme.demo";
		var created = api.post("/api/v1/users", admin, "{\"email\":\"" + email
				+ "\",\"displayName\":\"Lock Test\",\"password\":\"correct-horse-battery\"}");
		assertThat(created.status()).isEqualTo(201);

		for (int i = 0; i < 5; i++) {
			var wrong = api.post("/api/v1/tokens", null,
					"{\"email\":\"" + email + "\",\"password\":\"wrong-password\",\"name\":\"x\"}");
			assertThat(wrong.status()).isEqualTo(401);
		}
		var right = api.post("/api/v1/tokens", null,
				"{\"email\":\"" + email + "\",\"password\":\"correct-horse-battery\",\"name\":\"x\"}");

		assertThat(right.status()).isEqualTo(429);
		assertThat(right.isProblem()).isTrue();
		assertThat(right.body().get("code").asString()).isEqualTo("account-locked");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE action = 'user.locked-out' AND target_id = :id")
			.param("id", created.body().get("id").asString())
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void aSuccessfulSignInResetsTheFailureCount() {
		String admin = tokenFor(Demo.ADMIN);
		String email = "reset-" + java.util.UUID.randomUUID() + "@acme.demo";
		api.post("/api/v1/users", admin, "{\"email\":\"" + email
				+ "\",\"displayName\":\"Reset Test\",\"password\":\"correct-horse-battery\"}");

		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 4; i++) {
				api.post("/api/v1/tokens", null,
						"{\"email\":\"" + email + "\",\"password\":\"wrong-password\",\"name\":\"x\"}");
			}
			var right = api.post("/api/v1/tokens", null,
					"{\"email\":\"" + email + "\",\"password\":\"correct-horse-battery\",\"name\":\"x\"}");
			assertThat(right.status()).as("round " + round).isEqualTo(201);
		}
	}

	@Test
	void tokenCreationIsAudited() {
		long before = jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE action = 'api-token.issued'")
			.query(Long.class).single();

		tokenFor(Demo.FREELANCER);

		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE action = 'api-token.issued'")
			.query(Long.class).single()).isEqualTo(before + 1);
	}
}
