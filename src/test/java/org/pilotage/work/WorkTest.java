package org.pilotage.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeEach;
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
}
