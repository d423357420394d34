package org.pilotage.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.pilotage.support.Api;
import org.pilotage.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The public business-time endpoints over HTTP, signed out: {@code between(s, add(s, d)) == d} on 300 seeded random
 * calendars, starts and durations, and invalid calendars refused with one 400 naming every bad field.
 */
abstract class BusinessTimeApiContract extends IntegrationTest {

	private static final List<String> ZONES = List.of("Europe/Paris", "America/New_York", "Indian/Antananarivo",
			"Asia/Kolkata", "Indian/Mauritius", "UTC", "Africa/Casablanca");

	private static final List<String> DAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
			"SATURDAY", "SUNDAY");

	@Test
	void addThenBetweenGivesBackTheDurationOn300RandomCases() {
		long seed = 20260302L;
		Random random = new Random(seed);
		for (int n = 0; n < 300; n++) {
			String calendar = randomCalendar(random);
			Instant start = Instant.parse("2025-10-01T00:00:00Z").plusSeconds(random.nextLong(0, 400L * 86_400));
			long seconds = random.nextInt(4) == 0 ? random.nextLong(0, 3_600) : random.nextLong(0, 3L * 86_400);
			String context = "case " + n + " of seed " + seed + ": " + calendar + " from " + start + " + " + seconds;

			Api.Response added = api.post("/api/v1/business-time/add", null,
					"{" + calendar + ",\"start\":\"" + start + "\",\"seconds\":" + seconds + "}");
			assertThat(added.status()).as(context + " → " + added).isEqualTo(200);
			String end = added.body().get("end").asString();
			assertThat(end).as(context).endsWith("Z");
			Api.Response between = api.post("/api/v1/business-time/between", null,
					"{" + calendar + ",\"start\":\"" + start + "\",\"end\":\"" + end + "\"}");
			assertThat(between.status()).as(context + " → " + between).isEqualTo(200);
			assertThat(between.body().get("seconds").asLong()).as(context + " due " + end).isEqualTo(seconds);
		}
	}

	@Test
	void theExampleOfTheDocumentationCountsALunchBreakAndAHoliday() {
		String calendar = """
				"zone":"Europe/Paris","week":{"MONDAY":[["09:00","12:00"],["13:00","18:00"]],"TUESDAY":[["09:00","12:00"],["13:00","18:00"]],
				"WEDNESDAY":[["09:00","12:00"],["13:00","18:00"]],"THURSDAY":[["09:00","12:00"],["13:00","18:00"]],
				"FRIDAY":[["09:00","12:00"],["13:00","18:00"]]},"country":"FR",
				"openings":{"2026-12-26":[["10:00","12:00"]]}""";
		// Thursday 24 December 2026, 16:00 in Paris: 2 h that day, Christmas closed, 2 h on Saturday's opening
		Api.Response added = api.post("/api/v1/business-time/add", null,
				"{" + calendar + ",\"start\":\"2026-12-24T15:00:00Z\",\"seconds\":14400}");

		assertThat(added.status()).as(added.toString()).isEqualTo(200);
		assertThat(added.body().get("end").asString()).isEqualTo("2026-12-26T11:00:00Z");
		assertThat(added.body().get("start").asString()).isEqualTo("2026-12-24T15:00:00Z");
	}

	@Test
	void invalidCalendarsAreRefusedWithEveryBadFieldNamed() {
		Api.Response refused = api.post("/api/v1/business-time/add", null, """
				{"zone":"Mars/Olympus","week":{"MONDAY":[["09:00","12:00"],["11:00","24:01"]],"TUESDAY":[["25:00","26:00"]],
				 "FUNDAY":[["09:00","10:00"]]},"holidays":["2026-13-01"],"country":"XX","seconds":-5}""");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		assertThat(fields(refused)).contains("zone", "week.MONDAY[1]", "week.TUESDAY[0]", "week.FUNDAY", "holidays[0]",
				"country", "seconds", "start");
	}

	@Test
	void overlapsUnknownZonesAnd2401AreEachA400() {
		for (String calendar : List.of("\"zone\":\"Europe/Paris\",\"week\":{\"MONDAY\":[[\"09:00\",\"12:00\"],[\"11:00\",\"13:00\"]]}",
				"\"zone\":\"Europe/Atlantis\",\"week\":{\"MONDAY\":[[\"09:00\",\"12:00\"]]}",
				"\"zone\":\"Europe/Paris\",\"week\":{\"MONDAY\":[[\"09:00\",\"24:01\"]]}",
				"\"zone\":\"Europe/Paris\",\"week\":{\"MONDAY\":[[\"9h\",\"12:00\"]]}")) {
			Api.Response refused = api.post("/api/v1/business-time/between", null,
					"{" + calendar + ",\"start\":\"2026-03-02T08:00:00Z\",\"end\":\"2026-03-03T08:00:00Z\"}");
			assertThat(refused.status()).as(calendar + " → " + refused).isEqualTo(400);
			assertThat(refused.isProblem()).isTrue();
		}
		Api.Response tooBig = api.post("/api/v1/business-time/add", null,
				"{\"zone\":\"UTC\",\"week\":{\"MONDAY\":[[\"09:00\",\"10:00\"]]},\"start\":\"2026-03-02T08:00:00Z\",\"seconds\":99999999999}");
		assertThat(fields(tooBig)).containsExactly("seconds");
		Api.Response never = api.post("/api/v1/business-time/add", null,
				"{\"zone\":\"UTC\",\"week\":{},\"start\":\"2026-03-02T08:00:00Z\",\"seconds\":60}");
		assertThat(never.status()).isEqualTo(422);
	}

	private static List<String> fields(Api.Response response) {
		List<String> fields = new ArrayList<>();
		JsonNode errors = response.body().get("errors");
		if (errors != null) {
			errors.forEach(error -> fields.add(error.get("field").asString()));
		}
		return fields;
	}

	/** A random week of split shifts, night shifts and days off, with holidays and openings, as JSON members. */
	static String randomCalendar(Random random) {
		StringBuilder week = new StringBuilder();
		boolean[] nightBefore = new boolean[7];
		int working = 0;
		for (int d = 0; d < 7; d++) {
			if (random.nextInt(5) == 0) {
				continue;
			}
			List<String> intervals = new ArrayList<>();
			int shape = random.nextInt(4);
			int earliest = nightBefore[d] ? 8 : 0;
			if (shape == 0) {
				intervals.add(pair(Math.max(earliest, 9) * 3600, 12 * 3600));
				intervals.add(pair(13 * 3600 + random.nextInt(4) * 900, 18 * 3600));
			}
			else if (shape == 1 && d < 6) {
				intervals.add(pair(Math.max(earliest, 8) * 3600, 12 * 3600));
				intervals.add(pair(22 * 3600, 6 * 3600));
				nightBefore[d + 1] = true;
			}
			else if (shape == 2 && earliest == 0) {
				intervals.add(pair(0, 86_400));
			}
			else {
				int start = Math.max(earliest * 3600, random.nextInt(0, 12) * 3600 + random.nextInt(60) * 60 + random.nextInt(60));
				intervals.add(pair(start, start + random.nextInt(1, 10) * 3600));
			}
			if (week.length() > 0) {
				week.append(',');
			}
			week.append('"').append(DAYS.get(d)).append("\":[").append(String.join(",", intervals)).append(']');
			working++;
		}
		if (working == 0) {
			week.append("\"WEDNESDAY\":[[\"10:00\",\"11:00\"]]");
		}
		String zone = ZONES.get(random.nextInt(ZONES.size()));
		StringBuilder holidays = new StringBuilder();
		for (int n = 0; n < random.nextInt(6); n++) {
			holidays.append(n == 0 ? "" : ",").append('"')
				.append(java.time.LocalDate.of(2025, 10, 1).plusDays(random.nextInt(420))).append('"');
		}
		String openings = random.nextBoolean() ? "" : ",\"openings\":{\""
				+ java.time.LocalDate.of(2025, 10, 1).plusDays(random.nextInt(420)) + "\":[[\"10:00\",\"12:00\"],[\"14:00\",\"15:30\"]]}";
		String country = random.nextInt(3) == 0 ? ",\"country\":\"" + List.of("FR", "MG", "TN", "VN", "IN").get(random.nextInt(5)) + "\"" : "";
		return "\"zone\":\"" + zone + "\",\"week\":{" + week + "},\"holidays\":[" + holidays + "]" + openings + country;
	}

	private static String pair(int start, int end) {
		return "[\"" + WeekFormat.time(start) + "\",\"" + WeekFormat.time(Math.min(end, 86_400)) + "\"]";
	}
}
