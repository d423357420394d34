package org.pilotage.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.function.Function;

import org.pilotage.support.Api;

/**
 * The time objects the matrix points at: "own" is the freelancer's entry on the mission's deliverable and its
 * week's timesheet (Atlas's to approve), "hidden" the agent's entry on the helpdesk ticket and its timesheet (the
 * freelancer is not staffed there). Each in a week no other test of the time module uses.
 */
final class TimeFixture {

	private final Map<String, Map<String, String>> targets;

	TimeFixture(Api api, Function<String, String> tokens, String missionItem, String helpdeskItem) {
		LocalDate monday = LocalDate.now(ZoneId.of("Africa/Casablanca"))
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		targets = Map.of("own", logged(api, tokens.apply("FREE"), missionItem, monday.minusWeeks(6)), "hidden",
				logged(api, tokens.apply("PAGT"), helpdeskItem, monday.minusWeeks(15)));
	}

	private static Map<String, String> logged(Api api, String token, String item, LocalDate day) {
		Api.Response entry = api.post("/api/v1/work-items/" + item + "/time-entries", token,
				"{\"date\":\"" + day + "\",\"minutes\":60,\"note\":\"Matrix time\"}");
		assertThat(entry.status()).as(entry.toString()).isEqualTo(201);
		Api.Response sheets = api.get("/api/v1/timesheets?week=" + entry.body().get("week").asString(), token);
		assertThat(sheets.status()).as(sheets.toString()).isEqualTo(200);
		return Map.of("timeEntry", entry.body().get("id").asString(), "timesheet",
				sheets.body().get(0).get("id").asString());
	}

	String resolve(String target, String name) {
		String value = targets.getOrDefault(target, Map.of()).get(name);
		assertThat(value).as("the target " + target + " has a " + name).isNotNull();
		return value;
	}
}
