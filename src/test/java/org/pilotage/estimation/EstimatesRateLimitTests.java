package org.pilotage.estimation;

import org.junit.jupiter.api.Test;
import org.pilotage.support.Api;
import org.pilotage.support.H2Database;
import org.pilotage.support.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The public estimates API allows a set number of estimates per client address and minute. */
@H2Database
@TestPropertySource(properties = "pilotage.estimation.requests-per-minute=2")
class EstimatesRateLimitTests extends IntegrationTest {

	@Test
	void pastTheLimitAnAddressIsToldWhenToRetry() {
		String body = EstimatesApiContract.EXAMPLE.replace("\"seed\":42", "\"seed\":42,\"samples\":1000");

		Api.Response first = api.call("POST", "/api/v1/estimates").json(body).send();
		Api.Response second = api.call("POST", "/api/v1/estimates").json(body).send();
		Api.Response third = api.call("POST", "/api/v1/estimates").json(body).send();

		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(201);
		assertThat(third.status()).isEqualTo(429);
		assertThat(third.isProblem()).isTrue();
		assertThat(third.header("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
	}
}
