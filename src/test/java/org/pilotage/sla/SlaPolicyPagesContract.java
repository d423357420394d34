package org.pilotage.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pilotage.support.Demo;
import org.pilotage.support.WebSession;

/**
 * The SLA policy page without JavaScript: the manager writes the first version from the defaults, sees every bad
 * field next to it (never a 500), writes a second one and recomputes; the client's member reads it without the form;
 * on the demo mission the client reads no OLA while the freelancer reads only the OLA.
 */
abstract class SlaPolicyPagesContract extends SlaTest {

	@Test
	void aManagerWritesVersionsFromThePageAndEveryBadFieldIsShownNextToIt() {
		UUID engagement = newEngagement("SLA page " + UUID.randomUUID());
		String path = "/engagements/" + engagement + "/sla/policy";
		WebSession manager = WebSession.signIn(api.base(), Demo.PROVIDER_MANAGER, Demo.PASSWORD);
		// the demo manager reads French: this test reads English
		WebSession.Page empty = manager.get(path + "?lang=en");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("data-role=\"no-policy\"", "id=\"policy-form\"", "goal.RESOLUTION.P1")
			.doesNotContain("data-action=\"recompute\"", "name=\"olaPercent\"");

		Map<String, String> form = new HashMap<>(Map.of("version", "0", "calendarId", "", "atRiskPercent", "150",
				"goal.RESOLUTION.P1", "four hours", "goal.RESOLUTION.P2", "0", "goal.FIRST_RESPONSE.P1", "30"));
		WebSession.Page refused = manager.post(path, form);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("data-field-error=\"goal.RESOLUTION.P1\"", "four hours");
		form.put("goal.RESOLUTION.P1", "240");
		WebSession.Page stillRefused = manager.post(path, form);
		assertThat(stillRefused.status()).isEqualTo(400);
		assertThat(stillRefused.body()).contains("data-field-error=\"atRiskPercent\"",
				"data-field-error=\"goal.RESOLUTION.P2\"");

		form.putAll(Map.of("atRiskPercent", "80", "goal.RESOLUTION.P2", "480", "note", "Signed on Monday"));
		WebSession.Page written = manager.post(path, form);
		assertThat(written.status()).as(written.toString()).isEqualTo(302);
		WebSession.Page first = manager.get(path);
		assertThat(first.body()).contains("Version 1, in force", "80 %", "Signed on Monday", "data-action=\"recompute\"",
				"data-metric=\"RESOLUTION\"", "4 h", "Round the clock");

		form.put("version", "1");
		form.put("goal.RESOLUTION.P1", "90");
		assertThat(manager.post(path, form).status()).isEqualTo(302);
		WebSession.Page stale = manager.post(path, form);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.body()).contains("data-role=\"form-problem\"");
		assertThat(manager.get(path).body()).contains("Version 2, in force", "1 h 30 min");
		assertThat(manager.get(path + "?version=1").body()).contains("Version 1 (version 2 is in force)");

		WebSession.Page recomputed = manager.post(path + "/recompute", Map.of());
		assertThat(recomputed.status()).isEqualTo(302);
		assertThat(manager.get(path).body()).contains("Clocks recomputed");

		WebSession member = WebSession.signIn(api.base(), Demo.CLIENT_MEMBER, Demo.PASSWORD);
		WebSession.Page read = member.get(path + "?lang=fr");
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body()).contains("Version 2, en vigueur", "Résolution").doesNotContain("id=\"policy-form\"");
		assertThat(member.post(path + "/recompute", Map.of()).status()).isEqualTo(403);
	}

	@Test
	void onTheMissionTheClientReadsNoOlaAndTheFreelancerOnlyTheOla() {
		UUID mission = jdbc.sql("SELECT id FROM engagements WHERE title = ?").param(Demo.MISSION).query(UUID.class).single();
		String path = "/engagements/" + mission + "/sla/policy";
		String client = WebSession.signIn(api.base(), Demo.CLIENT_ADMIN, Demo.PASSWORD).get(path).body();
		assertThat(client).contains("data-metric=\"DELIVERY_DUE\"", SlaDemoData.PARIS)
			.doesNotContain("data-metric=\"OLA_", "data-role=\"ola-percent\"");
		String freelancer = WebSession.signIn(api.base(), Demo.FREELANCER, Demo.PASSWORD).get(path).body();
		assertThat(freelancer).contains("data-metric=\"OLA_DELIVERY_DUE\"", "data-role=\"ola-percent\"")
			.doesNotContain("data-metric=\"DELIVERY_DUE\"", "id=\"policy-form\"");
		String manager = WebSession.signIn(api.base(), Demo.PROVIDER_MANAGER, Demo.PASSWORD).get(path).body();
		assertThat(manager).contains("data-metric=\"DELIVERY_DUE\"", "data-metric=\"OLA_DELIVERY_DUE\"",
				"name=\"olaPercent\"");
	}
}
