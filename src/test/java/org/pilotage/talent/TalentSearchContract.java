package org.pilotage.talent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotage.talent.PeopleApiContract.fields;
import static org.pilotage.talent.PeopleApiContract.texts;

/**
 * Talent search end to end over HTTP, on each database: the demo pool ranked and explained, rates converted,
 * availability net of allocations, the client's hours across the change to summer time, and the pool limited
 * to the manager's own people and listed freelancers.
 */
abstract class TalentSearchContract extends IntegrationTest {

	private static final String MARCH = "\"from\":\"2026-03-02\",\"to\":\"2026-03-31\"";

	private static final String PARIS = "\"clientHours\":{\"zone\":\"Europe/Paris\",\"start\":\"09:00\",\"end\":\"18:00\"}";

	@Autowired
	Allocations allocations;

	private String manager;

	@BeforeEach
	void manager() {
		manager = tokenFor(Demo.PROVIDER_MANAGER);
	}

	@Test
	void theHelpdeskTeamIsRankedWithAnExplanationThatAddsUp() {
		JsonNode page = search("{\"mustHave\":[\"service desk\",\"ITIL\"],\"niceToHave\":[\"windows server\",\"linux\"],"
				+ "\"languages\":[\"fr\",\"ar\"],\"minimumOverlapHours\":6," + PARIS + "," + MARCH + "}");

		List<String> names = texts(page.get("items"), "displayName");
		assertThat(names).containsExactly(Demo.NADIA, Demo.OMAR, Demo.SALMA);
		assertThat(texts(page.get("items"), "rank")).containsExactly("1", "2", "3");
		for (JsonNode candidate : page.get("items")) {
			BigDecimal points = BigDecimal.ZERO;
			for (JsonNode explanation : candidate.get("explanations")) {
				points = points.add(explanation.get("points").decimalValue());
			}
			assertThat(candidate.get("score").decimalValue()).isEqualByComparingTo(points);
			assertThat(candidate.get("eligible").asBoolean()).isTrue();
			assertThat(texts(candidate.get("explanations"), "criterion")).contains("must-have skills", "overlap",
					"languages", "nice-to-have skills", "rate fit", "overlap margin", "seniority margin");
			assertThat(candidate.get("overlapHours").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("6"));
		}
		JsonNode salma = page.get("items").get(2);
		assertThat(salma.get("currency").asString()).isEqualTo("MAD");
		assertThat(salma.get("dayRateEur").decimalValue()).isEqualByComparingTo("166.68");
	}

	@Test
	void theSameSearchGivesTheSameOrder() {
		String need = "{\"mustHave\":[\"helpdesk\"]," + MARCH + "}";

		assertThat(texts(search(need).get("items"), "personId")).isEqualTo(texts(search(need).get("items"), "personId"));
	}

	@Test
	void aMaximumInAnyCurrencyIsConvertedToEuros() {
		JsonNode page = search("{\"mustHave\":[\"helpdesk\"],\"maximumDayRate\":2000,\"maximumRateCurrency\":\"MAD\","
				+ MARCH + "}");

		assertThat(texts(page.get("items"), "displayName")).containsExactlyInAnyOrder(Demo.SALMA, Demo.YOUSSEF);
		JsonNode explanations = page.get("items").get(0).get("explanations");
		assertThat(explanations.toString()).contains("against at most 185.20 EUR");
	}

	@Test
	void freelancersAreInTheManagersPoolWithTheirRates() {
		JsonNode page = search("{\"mustHave\":[\"kubernetes\"],\"niceToHave\":[\"AWS\"]," + MARCH + "}");

		assertThat(texts(page.get("items"), "displayName")).containsExactly(Demo.YASMINE);
		JsonNode yasmine = page.get("items").get(0);
		assertThat(yasmine.get("freelance").asBoolean()).isTrue();
		assertThat(yasmine.get("dayRateEur").decimalValue()).isEqualByComparingTo("450");

		JsonNode data = search("{\"mustHave\":[\"spark\"],\"maximumDayRate\":500," + MARCH + "}");
		assertThat(texts(data.get("items"), "displayName")).containsExactly(Demo.ANDREI);
		assertThat(data.get("items").get(0).get("dayRateEur").decimalValue()).isEqualByComparingTo("472.80");
	}

	@Test
	void badInputNamesEveryBadField() {
		var response = api.post("/api/v1/talent/search", manager, "{\"minimumSeniority\":\"WIZARD\","
				+ "\"maximumDayRate\":400,\"maximumRateCurrency\":\"DOGE\",\"to\":\"2026-13-01\",\"allocationPercent\":0,"
				+ "\"clientHours\":{\"zone\":\"Europe/Atlantis\",\"start\":\"09:00\",\"end\":\"09:00\"},"
				+ "\"languages\":[\"french\"]}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(fields(response.body())).containsExactlyInAnyOrder("minimumSeniority", "maximumRateCurrency", "from",
				"to", "allocationPercent", "clientHours.zone", "clientHours.end", "languages[0]");
	}

	@Test
	void aWindowLongerThanAYearOrAnOverlapWithoutHoursIsRefused() {
		var response = api.post("/api/v1/talent/search", manager,
				"{\"from\":\"2026-01-01\",\"to\":\"2027-06-30\",\"minimumOverlapHours\":4}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(fields(response.body())).containsExactlyInAnyOrder("to", "minimumOverlapHours");
	}

	@Test
	void onlyProviderManagersSearch() {
		for (String email : List.of(Demo.PROVIDER_AGENT, Demo.CLIENT_ADMIN, Demo.FREELANCER, Demo.AUDITOR)) {
			var response = api.post("/api/v1/talent/search", tokenFor(email), "{" + MARCH + "}");

			assertThat(response.status()).as(email).isEqualTo(403);
			assertThat(response.isProblem()).isTrue();
		}
	}

	@Test
	void summerTimeInParisLengthensTheOverlapWithAntananarivoAndKolkata() {
		String tag = TalentRows.tag();
		String year = TalentRows.period("2026-01-01", "2026-12-31", 100);
		TalentRows.create(api, manager, TalentRows.profile("Hery Rakoto", "Indian/Antananarivo", "250", "EUR", tag, ""),
				year);
		TalentRows.create(api, manager, TalentRows.profile("Priya Nair", "Asia/Kolkata", "250", "EUR", tag, ""), year);
		String need = "{\"mustHave\":[\"" + tag + "\"]," + PARIS + ",\"includeIneligible\":true,\"minimumOverlapHours\":5,";

		JsonNode winter = search(need + "\"from\":\"2026-03-23\",\"to\":\"2026-03-27\"}");
		JsonNode summer = search(need + "\"from\":\"2026-03-30\",\"to\":\"2026-04-03\"}");
		JsonNode across = search(need + "\"from\":\"2026-03-26\",\"to\":\"2026-04-01\"}");

		assertThat(overlaps(winter)).containsExactly("Hery Rakoto=7", "Priya Nair=4.5");
		assertThat(overlaps(summer)).containsExactly("Hery Rakoto=8", "Priya Nair=5.5");
		assertThat(overlaps(across)).containsExactly("Hery Rakoto=7", "Priya Nair=4.5");
		assertThat(byName(summer, "Hery Rakoto").get("eligible").asBoolean()).isTrue();
		assertThat(byName(summer, "Priya Nair").get("eligible").asBoolean()).isTrue();
		assertThat(byName(summer, "Priya Nair").get("rank").asInt()).isEqualTo(2);
		JsonNode priyaInWinter = byName(winter, "Priya Nair");
		assertThat(priyaInWinter.get("eligible").asBoolean()).isFalse();
		assertThat(priyaInWinter.get("explanations").toString()).contains("4.5 h a day at least, 5 h needed");
	}

	@Test
	void allocatedTimeIsNoLongerFree() {
		String tag = TalentRows.tag();
		UUID id = TalentRows.create(api, manager,
				TalentRows.profile("Sofia Idrissi", "Africa/Casablanca", "300", "EUR", tag, ""),
				TalentRows.period("2026-01-01", "2026-12-31", 100));
		String need = "{\"mustHave\":[\"" + tag + "\"],\"allocationPercent\":50,\"includeIneligible\":true," + MARCH + "}";
		assertThat(byName(search(need), "Sofia Idrissi").get("eligible").asBoolean()).isTrue();
		UUID staffing = UUID.randomUUID();

		allocations.allocate(staffing, id, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 20), 60);
		try {
			JsonNode booked = byName(search(need), "Sofia Idrissi");

			assertThat(booked.get("eligible").asBoolean()).isFalse();
			assertThat(booked.get("explanations").toString()).contains("only 40% free on 2026-03-16, 50% needed");
		}
		finally {
			allocations.release(staffing);
		}
		assertThat(byName(search(need), "Sofia Idrissi").get("eligible").asBoolean()).isTrue();
	}

	@Test
	void anotherProvidersPeopleAndUnlistedFreelancersStayOutOfThePool() {
		String admin = tokenFor(Demo.ADMIN);
		String tag = TalentRows.tag();
		var other = api.post("/api/v1/organizations", admin, "{\"name\":\"Other Agency " + tag
				+ "\",\"kind\":\"PROVIDER\",\"country\":\"TN\",\"timeZone\":\"Africa/Tunis\"}");
		assertThat(other.status()).as(other.toString()).isEqualTo(201);
		String year = TalentRows.period("2026-01-01", "2026-12-31", 100);
		TalentRows.create(api, admin, TalentRows.profile("Other Agent", "Africa/Tunis", "200", "EUR", tag,
				",\"organizationId\":\"" + other.body().get("id").asString() + "\""), year);
		TalentRows.create(api, manager, TalentRows.profile("Own Agent", "Africa/Casablanca", "200", "EUR", tag, ""),
				year);

		assertThat(texts(search("{\"mustHave\":[\"" + tag + "\"]," + MARCH + "}").get("items"), "displayName"))
			.containsExactly("Own Agent");
		JsonNode all = api.post("/api/v1/talent/search", admin, "{\"mustHave\":[\"" + tag + "\"]," + MARCH + "}").body();
		assertThat(texts(all.get("items"), "displayName")).containsExactly("Other Agent", "Own Agent");
	}

	private JsonNode search(String need) {
		var response = api.post("/api/v1/talent/search", manager, need);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.body();
	}

	/** With ineligible candidates included, the whole pool is listed: the tests look at their own people. */
	private static JsonNode byName(JsonNode page, String name) {
		return page.get("items").valueStream().filter(item -> item.get("displayName").asString().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " not in " + page));
	}

	private static List<String> overlaps(JsonNode page) {
		return page.get("items").valueStream()
			.filter(item -> List.of("Hery Rakoto", "Priya Nair").contains(item.get("displayName").asString()))
			.map(item -> item.get("displayName").asString() + "=" + item.get("overlapHours").decimalValue().toPlainString())
			.sorted()
			.toList();
	}
}
