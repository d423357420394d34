package org.pilotage.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pilotage.support.Demo;
import org.pilotage.support.H2Database;
import org.pilotage.support.IntegrationTest;
import org.pilotage.support.WebSession;

/**
 * The calendar pages without JavaScript: a manager creates a calendar from a preset, edits its week with a night
 * shift, sees each bad field's message next to it (never a 500), adds and removes days, uploads an ICS file, and
 * reads the preview in French; a client's user does not see the provider's calendars.
 */
@H2Database
class CalendarPagesH2Tests extends IntegrationTest {

	@Test
	void aManagerCreatesEditsAndPreviewsACalendarAndEveryBadFieldIsShownNextToIt() {
		WebSession manager = WebSession.signIn(api.base(), Demo.PROVIDER_MANAGER, Demo.PASSWORD);
		WebSession.Page list = manager.get("/calendars");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains(SlaDemoData.PARIS, "data-nav=\"calendars\"", "create-calendar");

		String name = "Desk " + UUID.randomUUID().toString().substring(0, 8);
		WebSession.Page refused = manager.post("/calendars", Map.of("name", "", "preset", "office", "zone", "Paris",
				"holidayCountry", "FR"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("data-field-error=\"name\"", "data-field-error=\"zone\"");

		WebSession.Page created = manager.post("/calendars", Map.of("name", name, "preset", "office", "zone",
				"Europe/Paris", "holidayCountry", "FR"));
		assertThat(created.status()).isEqualTo(302);
		String path = created.redirectPath();
		WebSession.Page detail = manager.get(path);
		assertThat(detail.body()).contains(name, "data-role=\"preview\"", "09:00-12:00, 13:00-18:00", "data-role=\"holidays\"");

		Map<String, String> week = new HashMap<>(Map.of("version", "1", "name", name, "zone", "Europe/Paris",
				"holidayCountry", "FR", "week.MONDAY", "09:00-12:00, 11:00-13:00", "week.TUESDAY", "9h-12:00",
				"week.FRIDAY", "24:01-02:00"));
		WebSession.Page bad = manager.post(path, week);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("data-field-error=\"week.MONDAY\"", "data-field-error=\"week.TUESDAY\"",
				"data-field-error=\"week.FRIDAY\"", "9h-12:00");

		week.putAll(Map.of("week.MONDAY", "09:00-12:00, 13:00-18:00", "week.TUESDAY", "", "week.FRIDAY", "22:00-06:00",
				"holidayRegion", "67"));
		assertThat(manager.post(path, week).status()).isEqualTo(302);
		assertThat(manager.get(path).body()).contains("22:00-06:00");

		WebSession.Page badDay = manager.post(path + "/days", Map.of("day", "2026-02-30", "kind", "OPEN", "intervals",
				"22:00-02:00", "label", ""));
		assertThat(badDay.status()).isEqualTo(400);
		assertThat(badDay.body()).contains("data-field-error=\"day\"", "data-field-error=\"intervals\"");
		assertThat(manager.post(path + "/days", Map.of("day", "2026-12-24", "kind", "OPEN", "intervals", "09:00-12:00",
				"label", "Christmas Eve")).status()).isEqualTo(302);
		assertThat(manager.get(path).body()).contains("data-day=\"2026-12-24\"", "Christmas Eve");
		assertThat(manager.post(path + "/days/remove", Map.of("day", "2026-12-24")).status()).isEqualTo(302);
		assertThat(manager.get(path).body()).doesNotContain("data-day=\"2026-12-24\"");

		String ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260814\r\nSUMMARY:Bridge\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
		WebSession.Page imported = manager.postFile(path + "/import", Map.of(), "closures.ics", "text/calendar",
				ics.getBytes(StandardCharsets.UTF_8));
		assertThat(imported.status()).isEqualTo(302);
		assertThat(manager.get(path).body()).contains("data-day=\"2026-08-14\"", "Bridge");
		WebSession.Page broken = manager.postFile(path + "/import", Map.of(), "broken.ics", "text/calendar",
				"BEGIN:VEVENT".getBytes(StandardCharsets.UTF_8));
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.body()).contains("data-field-error=\"file\"", "line 1");

		WebSession.Page french = manager.get(path + "?lang=fr");
		assertThat(french.body()).containsAnyOf("Ouvert en ce moment.", "Fermé en ce moment.")
			.contains("Un objectif de 4 h commencé maintenant est dû le");
	}

	@Test
	void aClientsUserDoesNotSeeTheProvidersCalendars() {
		WebSession client = WebSession.signIn(api.base(), Demo.CLIENT_MEMBER, Demo.PASSWORD);
		WebSession.Page list = client.get("/calendars");

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).doesNotContain(SlaDemoData.PARIS).doesNotContain("create-calendar");
		String paris = jdbc.sql("SELECT id FROM sla_calendars WHERE name = ?").param(SlaDemoData.PARIS)
			.query(String.class).single();
		assertThat(client.get("/calendars/" + paris).status()).isEqualTo(404);
	}
}
