package org.pilotage.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;

/** What the work module's API and page tests share: the demo mission and helpdesk, tokens, an item's timeline. */
abstract class WorkTest extends IntegrationTest {

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	UUID mission;

	UUID helpdesk;

	@BeforeEach
	void demoEngagements() {
		mission = jdbc.sql("SELECT id FROM engagements WHERE title = ?").param(Demo.MISSION).query(UUID.class).single();
		helpdesk = jdbc.sql("SELECT id FROM engagements WHERE title = ?").param(Demo.HELPDESK).query(UUID.class).single();
	}

	/** A personal token of a demo user, made once per running application. */
	String token(String email) {
		return TOKENS.computeIfAbsent(port + " " + email, key -> tokenFor(email));
	}

	/** The kinds of the item's timeline events, oldest first, as the user may read them. */
	List<String> kinds(String item, String as) {
		List<String> kinds = new ArrayList<>();
		api.get("/api/v1/work-items/" + item + "/events", token(as)).body().forEach(e -> kinds.add(e.get("kind").asString()));
		return kinds;
	}

	/** A BPO engagement of Acme with Atlas made for a test that changes it, ACTIVE. */
	UUID newBpoEngagement() {
		UUID acme = jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(Demo.ACME).query(UUID.class).single();
		UUID atlas = jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(Demo.ATLAS).query(UUID.class).single();
		Api.Response created = api.post("/api/v1/engagements", token(Demo.CLIENT_ADMIN), """
				{"kind":"BPO","clientOrganizationId":"%s","providerOrganizationId":"%s","title":"Work desk",
				 "bpoFunction":"HELPDESK","startDate":"2026-01-01","renewalDate":"2027-01-01","noticeDays":90,
				 "renewalAlertDays":60,"currency":"EUR","monthlyFee":42000}""".formatted(acme, atlas));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		UUID id = UUID.fromString(created.body().get("id").asString());
		assertThat(api.post("/api/v1/engagements/" + id + "/status", token(Demo.CLIENT_ADMIN), "{\"status\":\"ACTIVE\"}")
			.status()).isEqualTo(200);
		return id;
	}
}
