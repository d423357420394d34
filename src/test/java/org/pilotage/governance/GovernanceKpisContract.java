package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;
import org.pilotage.support.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

/**
 * A small service history played through the API at the instants it happened (a settable clock), then its KPIs read
 * through the API: every value is the one worked out by hand below, the same rules {@code Kpis.compute} follows in the
 * unit tests; a recompute from the events gives the same figures; the drill-down lists the breached items; bad
 * parameters are named.
 *
 * <p>The engagement: a BPO of Acme (Paris) with Atlas, 42,000 EUR a month, one day rate of 400 EUR; its policy counts
 * round the clock with a first response due in 60 minutes and a resolution in 240. The week measured is Monday 8 to
 * Sunday 14 June 2026 in Paris: {@code [2026-06-07T22:00Z, 2026-06-14T22:00Z)}. Times below are UTC.
 *
 * <pre>
 * A  created Fri 5 08:00, replied 08:20 (previous week), resolved Mon 8 06:00 (70 h: breached), rated 5 Mon 8 07:00
 * B  created Mon 8 08:00, replied 08:30 (met), resolved 10:00 (2 h: met), its survey left unanswered
 * C  created Mon 8 09:00, replied 11:00 (120 min: breached), resolved Tue 9 09:00 (24 h: breached), reopened by the
 *    client 10:00, resolved Wed 10 09:00 (23 h: breached), rated 2 Wed 10 12:00
 * D  created Tue 9 08:00, replied 08:40 (met), in progress: open at the week's end (5 d 14 h old)
 * E  created Fri 12 20:00, no reply: open at the week's end (2 d 2 h old)
 * time: B 90 min on the 8th, C 120 on the 9th, D 30 on Sunday the 14th, A 60 on Friday the 5th (previous week)
 * </pre>
 *
 * <p>The application of this test has the settable clock, so it runs on a database of its own (its demo data is
 * stamped with the clock's start), without the SLA deadline scheduler.
 */
@Import(SettableClock.Configuration.class)
abstract class GovernanceKpisContract extends IntegrationTest {

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private String token(String email) {
		return TOKENS.computeIfAbsent(port + " " + email, key -> tokenFor(email));
	}

	/** The application's clock, which the history sets before each step. */
	private SettableClock clock;

	@org.junit.jupiter.api.BeforeEach
	void clockOf(@Autowired SettableClock applicationClock) {
		this.clock = applicationClock;
	}

	private void at(String instant) {
		clock.set(Instant.parse(instant));
	}

	private UUID engagement() {
		UUID acme = jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(Demo.ACME).query(UUID.class).single();
		UUID atlas = jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(Demo.ATLAS).query(UUID.class).single();
		Api.Response created = api.post("/api/v1/engagements", token(Demo.CLIENT_ADMIN), """
				{"kind":"BPO","clientOrganizationId":"%s","providerOrganizationId":"%s","title":"KPI desk %s",
				 "bpoFunction":"HELPDESK","startDate":"2026-01-01","renewalDate":"2027-01-01","noticeDays":90,
				 "renewalAlertDays":60,"currency":"EUR","monthlyFee":42000,
				 "rates":[{"role":"Support engineer","dayRate":400}]}""".formatted(acme, atlas, UUID.randomUUID()));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		UUID id = UUID.fromString(created.body().get("id").asString());
		ok(api.post("/api/v1/engagements/" + id + "/status", token(Demo.CLIENT_ADMIN), "{\"status\":\"ACTIVE\"}"));
		ok(api.call("PUT", "/api/v1/engagements/" + id + "/sla-policy").token(token(Demo.PROVIDER_MANAGER)).json("""
				{"metrics":[{"metric":"FIRST_RESPONSE","goalMinutes":{"P1":60,"P2":60,"P3":60,"P4":60}},
				 {"metric":"RESOLUTION","goalMinutes":{"P1":240,"P2":240,"P3":240,"P4":240}}]}""").send());
		return id;
	}

	private static Api.Response ok(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isBetween(200, 201);
		return response;
	}

	private String ticket(UUID engagement, String instant, String title) {
		at(instant);
		return ok(api.post("/api/v1/engagements/" + engagement + "/work-items", token(Demo.CLIENT_MEMBER),
				"{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"" + title
						+ "\",\"impact\":\"HIGH\",\"urgency\":\"MEDIUM\"}")).body().get("id").asString();
	}

	private void reply(String item, String instant) {
		at(instant);
		ok(api.post("/api/v1/work-items/" + item + "/comments", token(Demo.PROVIDER_AGENT), "{\"body\":\"On it\"}"));
	}

	private void move(String item, String as, String instant, String status) {
		at(instant);
		ok(api.post("/api/v1/work-items/" + item + "/transitions", token(as), "{\"status\":\"" + status + "\"}"));
	}

	private void rate(String item, String instant, int rating) {
		at(instant);
		ok(api.post("/api/v1/work-items/" + item + "/satisfaction", token(Demo.CLIENT_MEMBER),
				"{\"rating\":" + rating + "}"));
	}

	private void log(String item, String date, int minutes) {
		ok(api.post("/api/v1/work-items/" + item + "/time-entries", token(Demo.PROVIDER_AGENT),
				"{\"date\":\"" + date + "\",\"minutes\":" + minutes + "}"));
	}

	/** The history of the class comment; the engagement's id and its items by letter. */
	private record History(UUID engagement, Map<String, String> items) {
	}

	private History play() {
		at("2026-06-01T06:00:00Z");
		UUID engagement = engagement();
		Map<String, String> items = new java.util.LinkedHashMap<>();
		items.put("A", ticket(engagement, "2026-06-05T08:00:00Z", "A"));
		reply(items.get("A"), "2026-06-05T08:20:00Z");
		items.put("B", ticket(engagement, "2026-06-08T08:00:00Z", "B"));
		move(items.get("A"), Demo.PROVIDER_AGENT, "2026-06-08T06:00:00Z", "RESOLVED");
		rate(items.get("A"), "2026-06-08T07:00:00Z", 5);
		reply(items.get("B"), "2026-06-08T08:30:00Z");
		items.put("C", ticket(engagement, "2026-06-08T09:00:00Z", "C"));
		move(items.get("B"), Demo.PROVIDER_AGENT, "2026-06-08T10:00:00Z", "RESOLVED");
		reply(items.get("C"), "2026-06-08T11:00:00Z");
		items.put("D", ticket(engagement, "2026-06-09T08:00:00Z", "D"));
		reply(items.get("D"), "2026-06-09T08:40:00Z");
		move(items.get("D"), Demo.PROVIDER_AGENT, "2026-06-09T08:45:00Z", "IN_PROGRESS");
		move(items.get("C"), Demo.PROVIDER_AGENT, "2026-06-09T09:00:00Z", "RESOLVED");
		move(items.get("C"), Demo.CLIENT_MEMBER, "2026-06-09T10:00:00Z", "OPEN");
		move(items.get("C"), Demo.PROVIDER_AGENT, "2026-06-10T09:00:00Z", "RESOLVED");
		rate(items.get("C"), "2026-06-10T12:00:00Z", 2);
		items.put("E", ticket(engagement, "2026-06-12T20:00:00Z", "E"));
		at("2026-06-15T06:00:00Z");
		log(items.get("B"), "2026-06-08", 90);
		log(items.get("C"), "2026-06-09", 120);
		log(items.get("D"), "2026-06-14", 30);
		log(items.get("A"), "2026-06-05", 60);
		return new History(engagement, items);
	}

	private JsonNode kpis(UUID engagement, String as, String query) {
		return ok(api.get("/api/v1/engagements/" + engagement + "/kpis" + query, token(as))).body();
	}

	/** The figure of a KPI for a breakdown given as metric, priority and age (null for all). */
	private static JsonNode figure(JsonNode report, String kpi, String metric, String age) {
		for (JsonNode figure : report.get("figures")) {
			if (figure.get("kpi").asString().equals(kpi) && text(figure, "metric").equals(String.valueOf(metric))
					&& text(figure, "priority").equals("null") && text(figure, "age").equals(String.valueOf(age))) {
				return figure;
			}
		}
		throw new AssertionError("no " + kpi + " " + metric + " " + age + " in " + report);
	}

	/** A field as text; a number without trailing zeros (the JSON reader makes 25.00 a 25.0), so 25.00 reads "25". */
	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return "null";
		}
		return value.isNumber() ? number(value) : value.asString();
	}

	private static String number(JsonNode value) {
		return new java.math.BigDecimal(value.asString()).stripTrailingZeros().toPlainString();
	}

	private static List<String> numbers(JsonNode values) {
		List<String> list = new ArrayList<>();
		values.forEach(value -> list.add(value.isNull() ? "null" : number(value)));
		return list;
	}

	private static String value(JsonNode report, String kpi) {
		return text(figure(report, kpi, null, null), "value");
	}

	@Test
	void aWeekOfServicePlayedThroughTheApiGivesTheFiguresWorkedOutByHand() {
		History history = play();
		JsonNode week = kpis(history.engagement(), Demo.CLIENT_ADMIN, "?period=week&date=2026-06-10");

		assertThat(week.get("period").get("from").asString()).isEqualTo("2026-06-08");
		assertThat(week.get("period").get("to").asString()).isEqualTo("2026-06-15");
		assertThat(week.get("period").get("zone").asString()).isEqualTo("Europe/Paris");
		// first responses met: B, D of B, C, D (A's stopped the week before); resolutions met: B of A, B, C twice
		assertThat(value(week, "sla-compliance")).isEqualTo("42.86");
		assertThat(text(figure(week, "sla-compliance", null, null), "numerator")).isEqualTo("3");
		assertThat(text(figure(week, "sla-compliance", null, null), "denominator")).isEqualTo("7");
		assertThat(text(figure(week, "sla-compliance", "FIRST_RESPONSE", null), "value")).isEqualTo("66.67");
		assertThat(text(figure(week, "sla-compliance", "RESOLUTION", null), "value")).isEqualTo("25");
		// the week before: A's first response, met
		assertThat(text(figure(week, "sla-compliance", null, null), "previousValue")).isEqualTo("100");
		// replies of B (30 min), C (120), D (40): 11,400 s over 3; round the clock, so business = calendar
		assertThat(value(week, "mtta-business")).isEqualTo("3800");
		assertThat(value(week, "mtta-calendar")).isEqualTo("3800");
		// A 70 h, B 2 h, C 48 h to its last resolution: 432,000 s over 3
		assertThat(value(week, "mttr-business")).isEqualTo("144000");
		assertThat(value(week, "mttr-calendar")).isEqualTo("144000");
		assertThat(value(week, "backlog")).isEqualTo("2");
		assertThat(text(figure(week, "backlog-age", null, "FROM_1_TO_3_DAYS"), "value")).isEqualTo("1");
		assertThat(text(figure(week, "backlog-age", null, "FROM_3_TO_7_DAYS"), "value")).isEqualTo("1");
		assertThat(text(figure(week, "backlog-age", null, "UNDER_1_DAY"), "value")).isEqualTo("0");
		// A, B, C resolved; C reopened after its first resolution
		assertThat(value(week, "reopen-rate")).isEqualTo("33.33");
		assertThat(value(week, "throughput")).isEqualTo("3");
		// no deliverable on a helpdesk: nothing to say, not 0
		assertThat(value(week, "first-time-right")).isEqualTo("null");
		assertThat(value(week, "on-time-delivery")).isEqualTo("null");
		// answers 5 (A) and 2 (C); asked: A, B, C at its first and at its second resolution, two answered
		assertThat(value(week, "csat")).isEqualTo("3.5");
		assertThat(value(week, "csat-response-rate")).isEqualTo("50");
		// 90 + 120 + 30 minutes against 7 days of 42,000 / 30 = 9,800 EUR, 11,760 minutes at 400 EUR a day
		assertThat(text(figure(week, "logged-time-vs-budget", null, null), "numerator")).isEqualTo("240");
		assertThat(text(figure(week, "logged-time-vs-budget", null, null), "denominator")).isEqualTo("11760");
		assertThat(value(week, "logged-time-vs-budget")).isEqualTo("2.04");
		assertThat(text(figure(week, "cost-vs-budget", null, null), "numerator")).isEqualTo("200");
		assertThat(text(figure(week, "cost-vs-budget", null, null), "denominator")).isEqualTo("9800");
		assertThat(value(week, "cost-vs-budget")).isEqualTo("2.04");
		assertThat(week.get("currency").asString()).isEqualTo("EUR");
		// a client never reads the agency's OLA; the provider does
		assertThat(week.get("figures").toString()).doesNotContain("ola-compliance");
		assertThat(kpis(history.engagement(), Demo.PROVIDER_MANAGER, "?period=week&date=2026-06-10").get("figures")
			.toString()).contains("ola-compliance");

		// the figures are recomputable from the events: a recompute gives the same answer
		Api.Response recomputed = api.post("/api/v1/engagements/" + history.engagement() + "/kpis/recompute",
				token(Demo.PROVIDER_MANAGER), "");
		assertThat(recomputed.status()).as(recomputed.toString()).isEqualTo(200);
		assertThat(recomputed.body().get("items").asInt()).isEqualTo(5);
		assertThat(kpis(history.engagement(), Demo.CLIENT_ADMIN, "?period=week&date=2026-06-10")).isEqualTo(week);
	}

	@Test
	void theDrillDownFromSlaComplianceListsTheBreachedItemsAndTheTrendFollowsTheWeeks() {
		History history = play();
		String breaches = "/api/v1/engagements/" + history.engagement()
				+ "/kpis/sla-compliance/items?period=week&date=2026-06-08&among=other";
		JsonNode items = ok(api.get(breaches, token(Demo.CLIENT_MEMBER))).body();
		List<String> titles = new ArrayList<>();
		items.get("items").forEach(item -> titles.add(item.get("title").asString()));
		assertThat(titles).containsExactlyInAnyOrder("A", "C");
		assertThat(items.get("total").asInt()).isEqualTo(2);
		assertThat(items.get("items").get(0).get("url").asString()).startsWith("/work-items/");
		JsonNode met = ok(api.get(breaches.replace("among=other", "among=numerator") + "&metric=FIRST_RESPONSE",
				token(Demo.CLIENT_MEMBER))).body();
		assertThat(met.get("items").findValuesAsString("title")).containsExactlyInAnyOrder("B", "D");

		JsonNode trend = ok(api.get("/api/v1/engagements/" + history.engagement()
				+ "/kpis/trend?period=week&date=2026-06-10&periods=2", token(Demo.CLIENT_ADMIN))).body();
		assertThat(trend.get("periods").get(0).get("from").asString()).isEqualTo("2026-06-01");
		assertThat(trend.get("series").findValuesAsString("kpi")).contains("sla-compliance", "backlog")
			.doesNotContain("ola-compliance", "backlog-age");
		for (JsonNode series : trend.get("series")) {
			if (series.get("kpi").asString().equals("sla-compliance")) {
				assertThat(numbers(series.get("values"))).containsExactly("100", "42.86");
			}
			if (series.get("kpi").asString().equals("backlog")) {
				// A was open at the end of the first week
				assertThat(numbers(series.get("values"))).containsExactly("1", "2");
			}
		}
	}

	@Test
	void aClosedWeeksStoredFiguresFollowALaterChangeOfWhatHappenedInIt() {
		History history = play();
		String trend = "/kpis/trend?period=week&date=2026-06-10&periods=2";
		JsonNode before = ok(api.get("/api/v1/engagements/" + history.engagement() + trend, token(Demo.CLIENT_ADMIN)))
			.body();
		assertThat(series(before, "reopen-rate")).containsExactly("null", "33.33");
		// both weeks are over on 15 June: their figures are now stored, one row each
		assertThat(storedWeeks(history.engagement())).containsExactly("2026-05-31T22:00:00Z", "2026-06-07T22:00:00Z");
		assertThat(ok(api.get("/api/v1/engagements/" + history.engagement() + trend, token(Demo.CLIENT_ADMIN))).body())
			.isEqualTo(before);

		// B, resolved on 8 June, is reopened on 15 June: the second week's reopen rate changes, the first's cannot
		move(history.items().get("B"), Demo.CLIENT_MEMBER, "2026-06-15T07:00:00Z", "OPEN");
		assertThat(storedWeeks(history.engagement())).containsExactly("2026-05-31T22:00:00Z");
		JsonNode after = ok(api.get("/api/v1/engagements/" + history.engagement() + trend, token(Demo.CLIENT_ADMIN)))
			.body();
		assertThat(series(after, "reopen-rate")).containsExactly("null", "66.67");
		assertThat(series(after, "sla-compliance")).containsExactly("100", "42.86");
		JsonNode week = kpis(history.engagement(), Demo.CLIENT_ADMIN, "?period=week&date=2026-06-15");
		assertThat(text(figure(week, "reopen-rate", null, null), "previousValue")).isEqualTo("66.67");
		// the stored figures are those the facts give: a recompute forgets them and gives the same answers
		ok(api.post("/api/v1/engagements/" + history.engagement() + "/kpis/recompute", token(Demo.PROVIDER_MANAGER),
				""));
		assertThat(storedWeeks(history.engagement())).isEmpty();
		assertThat(ok(api.get("/api/v1/engagements/" + history.engagement() + trend, token(Demo.CLIENT_ADMIN))).body())
			.isEqualTo(after);
	}

	@Test
	void aPortfoliosHeadlineFiguresSummedByTheDatabaseAreThoseOfTheFacts(@Autowired GovernanceKpis governance) {
		History history = play();
		UUID helpdesk = jdbc.sql("SELECT id FROM engagements WHERE title = ?").param(Demo.HELPDESK).query(UUID.class)
			.single();
		UUID empty = engagement();
		java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
		Period first = Period.week(java.time.LocalDate.parse("2026-06-01"), paris);
		Period second = Period.week(java.time.LocalDate.parse("2026-06-08"), paris);
		// the month is not over on 15 June: its backlog is of the spans still open
		Period june = Period.month(java.time.YearMonth.parse("2026-06"), paris);
		List<UUID> portfolio = List.of(history.engagement(), helpdesk, empty);

		Map<UUID, KpiFigures> week = governance.headlines(portfolio, second);
		// worked out by hand in the class comment
		KpiFigures desk = week.get(history.engagement());
		assertThat(desk.figure(Kpi.SLA_COMPLIANCE).numerator()).isEqualByComparingTo("3");
		assertThat(desk.figure(Kpi.SLA_COMPLIANCE).denominator()).isEqualByComparingTo("7");
		assertThat(desk.value(Kpi.SLA_COMPLIANCE)).isEqualByComparingTo("42.86");
		assertThat(desk.value(Kpi.MTTR_BUSINESS)).isEqualByComparingTo("144000");
		assertThat(desk.value(Kpi.BACKLOG)).isEqualByComparingTo("2");
		assertThat(desk.value(Kpi.CSAT)).isEqualByComparingTo("3.5");
		// A, resolved after the first week's end, was open then
		assertThat(governance.headlines(portfolio, first).get(history.engagement()).value(Kpi.BACKLOG))
			.isEqualByComparingTo("1");
		// an engagement without a fact: nothing to say of a ratio or a mean, a backlog of 0
		assertThat(week.get(empty).value(Kpi.SLA_COMPLIANCE)).isNull();
		assertThat(week.get(empty).value(Kpi.CSAT)).isNull();
		assertThat(week.get(empty).value(Kpi.BACKLOG)).isEqualByComparingTo("0");

		for (Period period : List.of(first, second, june)) {
			Map<UUID, KpiFigures> summed = governance.headlines(portfolio, period);
			for (UUID engagement : portfolio) {
				KpiFigures facts = governance.figures(engagement, period);
				for (Kpi kpi : Kpis.HEADLINES) {
					KpiFigure one = summed.get(engagement).figure(kpi);
					assertThat(one.value()).as(kpi + " of " + engagement + " in " + period)
						.isEqualTo(facts.value(kpi));
					assertThat(one.numerator()).as(kpi + " of " + engagement + " in " + period)
						.isEqualTo(facts.figure(kpi).numerator());
					assertThat(one.denominator()).as(kpi + " of " + engagement + " in " + period)
						.isEqualTo(facts.figure(kpi).denominator());
				}
			}
		}
		// the helpdesk of the demo has figures of its own in June, not all empty
		assertThat(governance.headlines(portfolio, june).get(helpdesk).value(Kpi.BACKLOG)).isPositive();
	}

	private List<String> series(JsonNode trend, String kpi) {
		for (JsonNode series : trend.get("series")) {
			if (series.get("kpi").asString().equals(kpi)) {
				return numbers(series.get("values"));
			}
		}
		throw new AssertionError("no " + kpi + " in " + trend);
	}

	/** The starts of the engagement's periods whose figures are stored. */
	private List<String> storedWeeks(UUID engagement) {
		return jdbc.sql("SELECT from_at FROM governance_kpi_rollups WHERE engagement_id = ? ORDER BY from_at")
			.param(engagement)
			.query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant().toString())
			.list();
	}

	@Test
	void badParametersAreNamedAndAClientCannotAskForAPersonsFigures() {
		UUID engagement = UUID.fromString(jdbc.sql("SELECT id FROM engagements WHERE title = ?")
			.param(Demo.HELPDESK)
			.query(String.class)
			.single());
		Api.Response bad = api.get("/api/v1/engagements/" + engagement + "/kpis?period=fortnight&date=2026-13-01",
				token(Demo.CLIENT_ADMIN));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.isProblem()).isTrue();
		assertThat(bad.body().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("period", "date");
		Api.Response drill = api.get("/api/v1/engagements/" + engagement + "/kpis/speed/items?among=some&period=year",
				token(Demo.CLIENT_ADMIN));
		assertThat(drill.status()).isEqualTo(400);
		assertThat(drill.body().get("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("kpi", "among", "period");
		assertThat(api.get("/api/v1/engagements/" + engagement + "/kpis/trend?periods=99", token(Demo.CLIENT_ADMIN))
			.status()).isEqualTo(400);
		assertThat(api.get("/api/v1/engagements/" + engagement + "/kpis?person=" + UUID.randomUUID(),
				token(Demo.CLIENT_ADMIN)).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/engagements/" + engagement + "/kpis?person=someone", token(Demo.PROVIDER_MANAGER))
			.status()).isEqualTo(400);
		assertThat(api.get("/api/v1/engagements/" + UUID.randomUUID() + "/kpis", token(Demo.CLIENT_ADMIN)).status())
			.isEqualTo(404);
		// days Java can parse but no period should hold (the last one overflowed a week's end): named, not a 500
		for (String query : List.of("/kpis?date=%2B999999999-12-31", "/kpis?period=week&date=-999999999-01-01",
				"/kpis/trend?period=quarter&periods=52&date=3000-01-01", "/kpis/sla-compliance/items?date=1969-12-31")) {
			Api.Response far = api.get("/api/v1/engagements/" + engagement + query, token(Demo.CLIENT_ADMIN));
			assertThat(far.status()).as(query + " " + far).isEqualTo(400);
			assertThat(far.body().get("errors").findValuesAsString("code")).as(query).containsExactly("range");
		}
		assertThat(api.get("/api/v1/scorecards?date=%2B999999999-12-31", token(Demo.CLIENT_ADMIN)).status())
			.isEqualTo(400);
		assertThat(api.get("/api/v1/engagements/" + engagement + "/kpis?period=quarter&date=2999-12-31",
				token(Demo.CLIENT_ADMIN)).body().get("period").get("to").asString()).isEqualTo("3000-01-01");
	}
}
