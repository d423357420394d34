package org.pilotage.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Calendars as data over the API and through the module's Java API: created from a week with a lunch break and the
 * French holidays, edited under If-Match, given closures, openings and an ICS file, previewed, read by the owner's
 * members only, and each change audited and seen at once by {@link SlaCalendars#businessCalendar}.
 */
abstract class CalendarsApiContract extends IntegrationTest {

	private static final String OFFICE = """
			{"name":"%s","zone":"Europe/Paris","holidayCountry":"FR",
			 "week":{"MONDAY":[["09:00","12:00"],["13:00","18:00"]],"TUESDAY":[["09:00","12:00"],["13:00","18:00"]],
			 "WEDNESDAY":[["09:00","12:00"],["13:00","18:00"]],"THURSDAY":[["09:00","12:00"],["13:00","18:00"]],
			 "FRIDAY":[["09:00","12:00"],["13:00","18:00"]]}}""";

	@Autowired
	private SlaCalendars calendars;

	private String manager;

	@BeforeEach
	void signIn() {
		manager = tokenFor(Demo.PROVIDER_MANAGER);
	}

	private String name() {
		return "Office " + UUID.randomUUID().toString().substring(0, 8);
	}

	private Api.Response create(String name) {
		return api.post("/api/v1/calendars", manager, OFFICE.formatted(name));
	}

	@Test
	void aManagerCreatesACalendarThatTheEngineReadsWithItsHolidays() {
		String name = name();
		Api.Response created = create(name);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("ETag")).contains("\"1\"");
		assertThat(created.header("Location")).hasValueSatisfying(location -> assertThat(location).startsWith("/api/v1/calendars/"));
		JsonNode body = created.body();
		assertThat(body.get("week").get("MONDAY").toString()).isEqualTo("[[\"09:00\",\"12:00\"],[\"13:00\",\"18:00\"]]");
		assertThat(body.get("week").get("SATURDAY").size()).isZero();
		UUID id = UUID.fromString(body.get("id").asString());

		BusinessCalendar calendar = calendars.businessCalendar(id);
		assertThat(calendar.closed()).contains(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 4, 6));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE action = 'sla-calendar.created' AND target_id = ?")
			.param(id.toString()).query(Long.class).single()).isEqualTo(1);

		Api.Response twice = create(name);
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.body().get("errors").get(0).get("field").asString()).isEqualTo("name");
	}

	@Test
	void aCalendarIsReplacedUnderIfMatchAndTheEngineSeesTheNewWeekAtOnce() {
		String path = "/api/v1/calendars/" + id(create(name()));
		String body = OFFICE.formatted(name()).replace("\"holidayCountry\":\"FR\"", "\"holidayCountry\":\"FR\",\"holidayRegion\":\"FR-67\"");

		assertThat(api.call("PUT", path).token(manager).json(body).send().status()).isEqualTo(428);
		assertThat(api.call("PUT", path).token(manager).header("If-Match", "\"7\"").json(body).send().status()).isEqualTo(412);
		Api.Response updated = api.call("PUT", path).token(manager).header("If-Match", "\"1\"").json(body).send();

		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.body().get("holidayRegion").asString()).isEqualTo("67");
		assertThat(updated.header("ETag")).contains("\"2\"");
		assertThat(calendars.businessCalendar(UUID.fromString(updated.body().get("id").asString())).closed())
			.contains(LocalDate.of(2026, 12, 26), LocalDate.of(2026, 4, 3));
	}

	@Test
	void closuresOpeningsAndAnIcsFileChangeTheCalendar() {
		UUID id = id(create(name()));
		String days = "/api/v1/calendars/" + id + "/days";

		Api.Response closed = api.post(days, manager, "{\"day\":\"2026-08-14\",\"kind\":\"CLOSED\",\"label\":\"Bridge\"}");
		Api.Response opened = api.post(days, manager,
				"{\"day\":\"2026-12-26\",\"kind\":\"OPEN\",\"intervals\":[[\"10:00\",\"12:00\"]],\"label\":\"Sales\"}");
		Api.Response reopened = api.post(days, manager, "{\"day\":\"2026-05-14\",\"kind\":\"OPEN\"}");
		Api.Response bad = api.post(days, manager, "{\"day\":\"2026-02-30\",\"kind\":\"SHUT\",\"intervals\":[[\"22:00\",\"02:00\"]]}");

		assertThat(closed.status()).as(closed.toString()).isEqualTo(201);
		assertThat(opened.status()).isEqualTo(201);
		assertThat(reopened.header("ETag")).contains("\"4\"");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).containsExactlyInAnyOrder("day", "kind", "intervals[0]");
		// a day Java reads but PostgreSQL would keep as minus infinity: refused, not stored as another day
		Api.Response far = api.post(days, manager, "{\"day\":\"-5000-01-01\",\"kind\":\"CLOSED\"}");
		assertThat(far.status()).as(far.toString()).isEqualTo(400);
		assertThat(far.body().get("errors").get(0).get("code").asString()).isEqualTo("out-of-range");
		Api.Response farIcs = api.call("POST", days + "/import").token(manager)
			.bytes("text/calendar", ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:00000101\r\nEND:VEVENT\r\n"
					+ "END:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8))
			.send();
		assertThat(farIcs.status()).as(farIcs.toString()).isEqualTo(400);
		BusinessCalendar calendar = calendars.businessCalendar(id);
		assertThat(calendar.closed()).contains(LocalDate.of(2026, 8, 14)).doesNotContain(LocalDate.of(2026, 5, 14));
		assertThat(calendar.openings()).containsKey(LocalDate.of(2026, 12, 26));

		String ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261228\r\nDTEND;VALUE=DATE:20261231\r\n"
				+ "SUMMARY:Winter closure\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260814\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
		Api.Response imported = api.call("POST", days + "/import").token(manager)
			.bytes("text/calendar", ics.getBytes(StandardCharsets.UTF_8)).send();
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		assertThat(imported.body().get("imported").asInt()).isEqualTo(3);
		assertThat(imported.body().get("skipped").toString()).isEqualTo("[\"2026-08-14\"]");
		Api.Response listed = api.get(days + "?from=2026-12-01&to=2026-12-31", manager);
		assertThat(listed.body().size()).isEqualTo(4);
		assertThat(listed.body().get(1).get("source").asString()).isEqualTo("ICS");
		assertThat(listed.body().get(1).get("label").asString()).isEqualTo("Winter closure");

		Api.Response broken = api.call("POST", days + "/import").token(manager)
			.bytes("text/calendar", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:2026\nEND:VEVENT\nEND:VCALENDAR\n"
				.getBytes(StandardCharsets.UTF_8)).send();
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.body().get("detail").asString()).startsWith("line 3:");
		byte[] huge = new byte[CalendarsApi.MAX_ICS_BYTES + 10];
		java.util.Arrays.fill(huge, (byte) ' ');
		assertThat(api.call("POST", days + "/import").token(manager).bytes("text/calendar", huge).send().status()).isEqualTo(413);

		assertThat(api.call("DELETE", days + "?day=2026-08-14").token(manager).send().status()).isEqualTo(204);
		assertThat(api.call("DELETE", days + "?day=2026-08-14").token(manager).send().status()).isEqualTo(404);
		assertThat(calendars.businessCalendar(id).closed()).doesNotContain(LocalDate.of(2026, 8, 14));
	}

	@Test
	void thePreviewSaysWhetherItIsOpenAndWhenTargetsFallDue() {
		UUID id = id(create(name()));
		// Monday 2 March 2026, 11:00 in Paris (10:00Z): 1 h before lunch
		Api.Response preview = api.get("/api/v1/calendars/" + id + "/preview?from=2026-03-02T10:00:00Z", manager);

		assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
		assertThat(preview.body().get("openNow").asBoolean()).isTrue();
		JsonNode due = preview.body().get("due");
		assertThat(due.get(0).get("due").asString()).isEqualTo("2026-03-02T11:00:00Z");
		assertThat(due.get(1).get("due").asString()).isEqualTo("2026-03-02T15:00:00Z");
		assertThat(due.get(2).get("due").asString()).isEqualTo("2026-03-03T10:00:00Z");
		assertThat(due.get(3).get("target").asString()).isEqualTo("2d");
		assertThat(due.get(3).get("due").asString()).isEqualTo("2026-03-04T10:00:00Z");

		Api.Response night = api.get("/api/v1/calendars/" + id + "/preview?from=2026-03-06T20:00:00Z", manager);
		assertThat(night.body().get("openNow").asBoolean()).isFalse();
		assertThat(night.body().get("nextOpening").asString()).isEqualTo("2026-03-09T08:00:00Z");
	}

	@Test
	void onlyTheOwnersMembersReadAndOnlyItsManagersEdit() {
		Api.Response created = create(name());
		String path = "/api/v1/calendars/" + id(created);

		assertThat(api.get(path, tokenFor(Demo.PROVIDER_AGENT)).status()).isEqualTo(200);
		assertThat(api.call("PUT", path).token(tokenFor(Demo.PROVIDER_AGENT)).header("If-Match", "\"1\"")
			.json(OFFICE.formatted(name())).send().status()).isEqualTo(403);
		assertThat(api.get(path, tokenFor(Demo.CLIENT_ADMIN)).status()).isEqualTo(404);
		assertThat(api.get(path, tokenFor(Demo.ADMIN)).status()).isEqualTo(200);
		assertThat(api.get(path, null).status()).isEqualTo(401);
		assertThat(calendars.get(org.pilotage.identity.Caller.platform(), id(created))).isPresent();
		UUID atlas = UUID.fromString(created.body().get("organizationId").asString());
		assertThat(calendars.usable(atlas)).extracting(CalendarSummary::name)
			.contains(SlaDemoData.PARIS, SlaDemoData.ANTANANARIVO, SlaDemoData.ROUND_THE_CLOCK);

		assertThat(api.call("DELETE", path).token(manager).send().status()).isEqualTo(204);
		assertThat(api.get(path, manager).status()).isEqualTo(404);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE action = 'sla-calendar.deleted' AND target_id = ?")
			.param(created.body().get("id").asString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aBadCalendarIsOne400NamingEveryField() {
		Api.Response refused = api.post("/api/v1/calendars", manager, """
				{"name":"","zone":"Paris","holidayCountry":"XX",
				 "week":{"MONDAY":[["09:00","12:00"],["11:00","13:00"]],"SUNDAY":[["24:00","25:00"]]}}""");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).containsExactlyInAnyOrder("name", "zone", "holidayCountry", "week.MONDAY[1]",
				"week.SUNDAY[0]", "week.SUNDAY[0]");
		Api.Response preset = api.post("/api/v1/calendars", manager,
				"{\"name\":\"" + name() + "\",\"zone\":\"Indian/Antananarivo\",\"preset\":\"24x7\",\"holidayCountry\":\"MG\"}");
		assertThat(preset.status()).isEqualTo(201);
		assertThat(preset.body().get("week").get("SUNDAY").toString()).isEqualTo("[[\"00:00\",\"24:00\"]]");
	}

	@Test
	void anyoneSeesTheHolidaysACountryGivesBeforeChoosing() {
		Api.Response france = api.get("/api/v1/holidays?country=FR&year=2026", null);
		Api.Response alsace = api.get("/api/v1/holidays?country=fr&region=FR-67&year=2026", null);
		Api.Response unknown = api.get("/api/v1/holidays?country=XX&year=3000", null);

		assertThat(france.status()).isEqualTo(200);
		assertThat(france.body().get("holidays").size()).isEqualTo(11);
		assertThat(france.body().get("regions").size()).isGreaterThan(90);
		assertThat(alsace.body().get("holidays").size()).isEqualTo(13);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(fields(unknown)).containsExactlyInAnyOrder("country", "year");
		assertThat(api.get("/api/v1/holidays", null).body().get("countries").toString()).contains("\"VN\"");
	}

	private static UUID id(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isBetween(200, 201);
		return UUID.fromString(response.body().get("id").asString());
	}

	private static List<String> fields(Api.Response response) {
		List<String> fields = new ArrayList<>();
		JsonNode errors = response.body().get("errors");
		if (errors != null) {
			errors.forEach(error -> fields.add(error.get("field").asString()));
		}
		return fields;
	}
}
