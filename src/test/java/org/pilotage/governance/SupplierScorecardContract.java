package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.WebSession;

import tools.jackson.databind.JsonNode;

/**
 * Supplier scorecards on each database, on the demo data and the engagements other tests made: the demo client Acme
 * sees Atlas scored from the very figures the KPI API gives it for each of its engagements with Atlas (numerators and
 * denominators added up) and the warnings the risk API gives for those in force; a client never sees a provider it
 * has no engagement with; a freelancer staffed on Atlas's mission reads no card of Atlas, only its own; bad parameters
 * are named in one 400.
 */
abstract class SupplierScorecardContract extends KnowledgeRiskTest {

	/** A month with the demo helpdesk's replayed history in it. */
	static final String PERIOD = "period=month&date=" + LocalDate.now(ZoneOffset.UTC).minusDays(14);

	static final Map<String, String> KPIS = Map.of("sla-compliance", "sla-compliance", "first-time-right",
			"first-time-right", "reopen-rate", "reopen-rate", "csat", "csat", "on-time-delivery", "on-time-delivery");

	static final Map<String, BigDecimal> WEIGHTS = Map.of("sla-compliance", new BigDecimal("35"), "first-time-right",
			new BigDecimal("12.5"), "reopen-rate", new BigDecimal("12.5"), "csat", new BigDecimal("20"),
			"on-time-delivery", new BigDecimal("10"), "risk", new BigDecimal("10"));

	@Test
	void theDemoClientSeesAtlasScoredFromTheFiguresTheKpiApiGivesForItsEngagements() {
		String acme = token(Demo.CLIENT_ADMIN);
		UUID atlas = organization(Demo.ATLAS);
		JsonNode card = card(ok(api.get("/api/v1/scorecards?" + PERIOD, acme)), atlas);

		Map<String, BigDecimal[]> sums = new HashMap<>();
		KPIS.keySet().forEach(kpi -> sums.put(kpi, new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO }));
		long penalty = 0;
		int inForce = 0;
		List<String> engagements = engagementsOf(acme, atlas);
		for (String engagement : engagements) {
			JsonNode report = ok(api.get("/api/v1/engagements/" + engagement + "/kpis?" + PERIOD, acme));
			for (JsonNode figure : report.get("figures")) {
				String kpi = figure.get("kpi").asString();
				if (sums.containsKey(kpi) && !figure.has("metric") && !figure.has("priority") && !figure.has("age")) {
					BigDecimal[] sum = sums.get(kpi);
					sum[0] = sum[0].add(figure.get("numerator").decimalValue());
					sum[1] = sum[1].add(figure.get("denominator").decimalValue());
				}
			}
			String status = ok(api.get("/api/v1/engagements/" + engagement, acme)).get("status").asString();
			if (status.equals("ACTIVE") || status.equals("SUSPENDED")) {
				inForce++;
				for (JsonNode warning : ok(api.get("/api/v1/engagements/" + engagement + "/risk", acme)).get("warnings")) {
					penalty += warning.get("level").asString().equals("CRITICAL") ? 25 : 10;
				}
			}
		}
		assertThat(sums.get("sla-compliance")[1]).as("the demo helpdesk's cycles").isPositive();
		assertThat(card.get("engagements").asInt()).isEqualTo(engagements.size());

		Map<String, BigDecimal> expected = new HashMap<>();
		expected.put("sla-compliance", percent(sums.get("sla-compliance")));
		expected.put("first-time-right", percent(sums.get("first-time-right")));
		expected.put("on-time-delivery", percent(sums.get("on-time-delivery")));
		BigDecimal[] reopened = sums.get("reopen-rate");
		expected.put("reopen-rate", reopened[1].signum() == 0 ? null
				: reopened[1].subtract(reopened[0]).multiply(BigDecimal.valueOf(100)).divide(reopened[1], 2,
						RoundingMode.HALF_UP));
		BigDecimal[] csat = sums.get("csat");
		expected.put("csat", csat[1].signum() == 0 ? null
				: csat[0].subtract(csat[1]).multiply(BigDecimal.valueOf(25)).divide(csat[1], 2, RoundingMode.HALF_UP));
		expected.put("risk", inForce == 0 ? null
				: BigDecimal.valueOf(100L * inForce - penalty).divide(BigDecimal.valueOf(inForce), 2,
						RoundingMode.HALF_UP));

		BigDecimal weighed = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (JsonNode component : card.get("components")) {
			String code = component.get("component").asString();
			assertThat(component.get("weight").decimalValue()).as(code).isEqualByComparingTo(WEIGHTS.get(code));
			if (sums.containsKey(code)) {
				assertThat(component.get("numerator").decimalValue()).as(code).isEqualByComparingTo(sums.get(code)[0]);
				assertThat(component.get("denominator").decimalValue()).as(code).isEqualByComparingTo(sums.get(code)[1]);
			}
			else {
				assertThat(component.get("numerator").decimalValue()).as(code).isEqualByComparingTo(BigDecimal.valueOf(penalty));
				assertThat(component.get("denominator").asInt()).as(code).isEqualTo(inForce);
			}
			if (expected.get(code) == null) {
				assertThat(component.has("value")).as(code).isFalse();
				continue;
			}
			assertThat(component.get("value").decimalValue()).as(code).isEqualByComparingTo(expected.get(code));
			weighed = weighed.add(WEIGHTS.get(code).multiply(expected.get(code)));
			weights = weights.add(WEIGHTS.get(code));
		}
		assertThat(card.get("score").decimalValue()).isEqualByComparingTo(weighed.divide(weights, 1, RoundingMode.HALF_UP));
		assertThat(card.get("rank").asInt()).isPositive();

		JsonNode alone = ok(api.get("/api/v1/organizations/" + atlas + "/scorecard?" + PERIOD, acme));
		assertThat(alone.get("scorecard").get("score").decimalValue()).isEqualByComparingTo(card.get("score").decimalValue());
		assertThat(alone.get("scorecard").has("rank")).isFalse();
		assertThat(alone.get("scorecard").get("components")).isEqualTo(card.get("components"));
		assertThat(alone.get("period").get("from").asString()).isEqualTo(LocalDate.now(ZoneOffset.UTC).minusDays(14)
			.withDayOfMonth(1)
			.toString());
		assertThat(alone.get("weights")).hasSize(6);
	}

	@Test
	void aClientNeverSeesAProviderItHasNoEngagementWith() {
		String admin = token(Demo.ADMIN);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UUID client = organization(admin, "Scorecard client " + suffix, "CLIENT");
		UUID provider = organization(admin, "Scorecard provider " + suffix, "PROVIDER");
		String clientAdmin = user(admin, client, "CLIENT_ADMIN", "scorecard-client-" + suffix);
		String manager = user(admin, provider, "PROVIDER_MANAGER", "scorecard-manager-" + suffix);
		String engagement = ok(api.post("/api/v1/engagements", clientAdmin, """
				{"kind":"SUBCONTRACTING","clientOrganizationId":"%s","providerOrganizationId":"%s","title":"Scored",
				 "scope":"Scored work","startDate":"2026-01-01","endDate":"2027-12-31","currency":"EUR",
				 "budget":10000}""".formatted(client, provider))).get("id").asString();
		ok(api.post("/api/v1/engagements/" + engagement + "/status", clientAdmin, "{\"status\":\"ACTIVE\"}"));

		for (String email : List.of(Demo.CLIENT_ADMIN, Demo.CLIENT_MEMBER, Demo.AUDITOR, Demo.PROVIDER_MANAGER)) {
			JsonNode cards = ok(api.get("/api/v1/scorecards", token(email))).get("scorecards");
			assertThat(cards.findValuesAsString("providerId")).as(email).doesNotContain(provider.toString());
			Api.Response alone = api.get("/api/v1/organizations/" + provider + "/scorecard", token(email));
			assertThat(alone.status()).as(email).isEqualTo(404);
			assertThat(alone.isProblem()).isTrue();
		}
		// its own client compares it alone: nothing measured yet, an exit plan missing (critical: 25 points off)
		JsonNode cards = ok(api.get("/api/v1/scorecards", clientAdmin)).get("scorecards");
		assertThat(cards).hasSize(1);
		JsonNode card = cards.get(0);
		assertThat(card.get("providerId").asString()).isEqualTo(provider.toString());
		assertThat(card.get("engagements").asInt()).isEqualTo(1);
		assertThat(card.get("score").decimalValue()).isEqualByComparingTo("75.0");
		assertThat(card.get("rank").asInt()).isEqualTo(1);
		assertThat(card.get("reweighted").asBoolean()).isTrue();
		assertThat(card.get("previousScore").decimalValue()).isEqualByComparingTo("75.0");
		// its provider reads its own card; the platform's administrator too
		for (String token : List.of(manager, admin)) {
			JsonNode own = ok(api.get("/api/v1/organizations/" + provider + "/scorecard", token)).get("scorecard");
			assertThat(own.get("engagements").asInt()).isEqualTo(1);
			assertThat(own.get("score").decimalValue()).isEqualByComparingTo("75.0");
		}
		assertThat(ok(api.get("/api/v1/scorecards", manager)).get("scorecards").findValuesAsString("providerId"))
			.containsExactly(provider.toString());
		assertThat(ok(api.get("/api/v1/scorecards", admin)).get("scorecards").findValuesAsString("providerId"))
			.contains(provider.toString(), organization(Demo.ATLAS).toString());
	}

	@Test
	void aFreelancerStaffedOnTheAgencysMissionReadsNoCardOfTheAgencyOnlyItsOwn() {
		String yasmine = token(Demo.FREELANCER);
		UUID atlas = organization(Demo.ATLAS);
		UUID own = organization(Demo.YASMINE_ORGANIZATION);

		JsonNode cards = ok(api.get("/api/v1/scorecards", yasmine)).get("scorecards");
		assertThat(cards.findValuesAsString("providerId")).doesNotContain(atlas.toString())
			.allMatch(id -> id.equals(own.toString()));
		assertThat(api.get("/api/v1/organizations/" + atlas + "/scorecard", yasmine).status()).isEqualTo(404);
		JsonNode mine = ok(api.get("/api/v1/organizations/" + own + "/scorecard", yasmine));
		assertThat(mine.get("scorecard").get("provider").asString()).isEqualTo(Demo.YASMINE_ORGANIZATION);
		assertThat(api.get("/api/v1/organizations/" + own + "/scorecard", token(Demo.CLIENT_ADMIN)).status())
			.isEqualTo(404);
	}

	@Test
	void badParametersAreNamedInOne400AndAnOrganizationThatProvidesNothingHasNoCard() {
		String acme = token(Demo.CLIENT_ADMIN);
		UUID atlas = organization(Demo.ATLAS);
		for (String path : List.of("/api/v1/scorecards", "/api/v1/organizations/" + atlas + "/scorecard")) {
			Api.Response bad = api.get(path + "?period=week&date=2026-02-30", acme);
			assertThat(bad.status()).as(path).isEqualTo(400);
			assertThat(bad.isProblem()).isTrue();
			assertThat(bad.body().get("errors").findValuesAsString("field")).as(path)
				.containsExactlyInAnyOrder("period", "date");
			assertThat(api.get(path + "?period=quarter&date=2026-05-01", acme).status()).as(path).isEqualTo(200);
		}
		JsonNode quarter = ok(api.get("/api/v1/scorecards?period=quarter&date=2026-05-01", acme));
		assertThat(quarter.get("period").get("from").asString()).isEqualTo("2026-04-01");
		assertThat(quarter.get("period").get("to").asString()).isEqualTo("2026-07-01");
		assertThat(quarter.get("previous").get("from").asString()).isEqualTo("2026-01-01");
		String admin = token(Demo.ADMIN);
		assertThat(api.get("/api/v1/organizations/" + organization(Demo.ACME) + "/scorecard", admin).status())
			.isEqualTo(404);
		assertThat(api.get("/api/v1/organizations/" + UUID.randomUUID() + "/scorecard", admin).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/organizations/not-an-id/scorecard", admin).status()).isEqualTo(400);
	}

	@Test
	void theScorecardsPageComparesTheProvidersInEitherLanguageAndTheDashboardLeadsThere() {
		WebSession session = WebSession.signIn(api.base(), Demo.CLIENT_ADMIN, Demo.PASSWORD);
		UUID atlas = organization(Demo.ATLAS);
		JsonNode card = card(ok(api.get("/api/v1/scorecards?" + PERIOD, token(Demo.CLIENT_ADMIN))), atlas);

		assertThat(session.get("/dashboard?lang=en").body()).contains("href=\"/scorecards\"", "Supplier scorecards");
		WebSession.Page page = session.get("/scorecards?lang=en&" + PERIOD);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("data-provider=\"" + atlas + "\"", Demo.ATLAS, "SLA compliance", "weight 35",
				"Dependency risk", "How the score is made");
		String score = card.get("score").decimalValue().stripTrailingZeros().toPlainString();
		assertThat(page.body()).contains("<strong>" + score + "</strong>");

		WebSession.Page french = session.get("/scorecards?lang=fr&" + PERIOD);
		assertThat(french.body()).contains("Évaluation des fournisseurs", "Respect du SLA", "poids 35",
				"<strong>" + score.replace('.', ',') + "</strong>");
		WebSession.Page bad = session.get("/scorecards?lang=en&period=week&date=2026-02-30");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body())
			.contains("The period is a month or a quarter.", "The day is written as YYYY-MM-DD, from 1970 to 2999.")
			.doesNotContain("data-role=\"scorecards\"");
	}

	/** The card of a provider in a comparison. */
	private static JsonNode card(JsonNode comparison, UUID provider) {
		for (JsonNode card : comparison.get("scorecards")) {
			if (card.get("providerId").asString().equals(provider.toString())) {
				return card;
			}
		}
		throw new AssertionError("no card of " + provider + " in " + comparison);
	}

	/** The engagements the caller reads whose provider is {@code provider}, page by page. */
	private List<String> engagementsOf(String token, UUID provider) {
		List<String> found = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode list = ok(api.get("/api/v1/engagements?size=200&page=" + page, token));
			for (JsonNode engagement : list.get("items")) {
				if (engagement.get("provider").get("id").asString().equals(provider.toString())) {
					found.add(engagement.get("id").asString());
				}
			}
			if (page + 1 >= list.get("totalPages").asInt()) {
				return found;
			}
		}
	}

	private static BigDecimal percent(BigDecimal[] ratio) {
		return ratio[1].signum() == 0 ? null
				: ratio[0].multiply(BigDecimal.valueOf(100)).divide(ratio[1], 2, RoundingMode.HALF_UP);
	}

	private UUID organization(String admin, String name, String kind) {
		return UUID.fromString(ok(api.post("/api/v1/organizations", admin, "{\"name\":\"" + name + "\",\"kind\":\""
				+ kind + "\",\"country\":\"FR\",\"timeZone\":\"Europe/Paris\"}")).get("id").asString());
	}

	/** A user of the organization in the role; its token. */
	private String user(String admin, UUID organization, String role, String name) {
		String email = name + "@scorecard.test";
		ok(api.post("/api/v1/users", admin, "{\"email\":\"" + email + "\",\"displayName\":\"" + name
				+ "\",\"password\":\"scorecard-password\",\"organizationId\":\"" + organization + "\",\"role\":\"" + role
				+ "\"}"));
		return api.tokenFor(email, "scorecard-password");
	}
}
