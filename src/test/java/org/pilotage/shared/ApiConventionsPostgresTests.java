package org.pilotage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pilotage.support.Demo;
import org.pilotage.support.PostgresDatabase;

@PostgresDatabase
class ApiConventionsPostgresTests extends ApiConventionsContract {

	/**
	 * PostgreSQL holds no NUL character in a text and no timestamp after 294276 AD: such a value, in a write or in a
	 * search, is bad input (400) whatever field it came in, not a conflict with stored data; nothing is written.
	 */
	@Test
	void aValueTheDatabaseCannotHoldIs400AndWritesNothing() {
		long before = organizations();
		var nul = api.post("/api/v1/organizations", tokenFor(Demo.ADMIN),
				"{\"name\":\"Acme\\u0000 Labs\",\"kind\":\"CLIENT\",\"country\":\"FR\",\"timeZone\":\"Europe/Paris\"}");
		assertThat(nul.status()).as(nul.toString()).isEqualTo(400);
		assertThat(nul.isProblem()).isTrue();
		assertThat(nul.body().get("code").asString()).isEqualTo("unstorable-value");
		assertThat(organizations()).isEqualTo(before);

		var search = api.get("/api/v1/work-items?q=%00", tokenFor(Demo.PROVIDER_MANAGER));
		assertThat(search.status()).as(search.toString()).isEqualTo(400);
		var far = api.get("/api/v1/work-items?createdFrom=%2B999999999-12-31", tokenFor(Demo.PROVIDER_MANAGER));
		assertThat(far.status()).as(far.toString()).isEqualTo(400);
	}
}
