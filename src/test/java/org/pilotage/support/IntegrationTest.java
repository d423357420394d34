package org.pilotage.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * A running Pilotage on a random port, with the demo data, called over real HTTP. Subclasses choose the
 * database with {@link H2Database} or {@link PostgresDatabase}; both share one application context per
 * database, so the suite starts each database's context once. The weekly-report scheduler is off: its Monday reports
 * of the demo engagements would notify the demo users while other tests count their notifications; the tests of the
 * reports generate them themselves or start instances of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"pilotage.demo=true", "pilotage.security.token-requests-per-minute=100000",
		"pilotage.estimation.requests-per-minute=100000",
		"pilotage.sla.business-time-requests-per-minute=100000", "pilotage.governance.reports.enabled=false",
		"spring.main.banner-mode=off",
		"logging.level.org.pilotage=WARN" })
public abstract class IntegrationTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected JdbcClient jdbc;

	protected Api api;

	@BeforeEach
	void connect() {
		api = new Api("http://localhost:" + port, json);
	}

	/** A fresh personal token for a demo user. */
	protected String tokenFor(String email) {
		return api.tokenFor(email, Demo.PASSWORD);
	}
}
