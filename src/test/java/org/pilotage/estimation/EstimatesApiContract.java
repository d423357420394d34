package org.pilotage.estimation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pilotage.support.Api;
import org.pilotage.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The public estimates API on each database, over real HTTP and without any login: the issue's example
 * request, the in-house formula recomputed from the echoed assumptions, determinism, ranges, sources, the
 * overlap flag, currencies, exports, and a 400 problem naming the field for every kind of bad input.
 */
abstract class EstimatesApiContract extends IntegrationTest {

	static final String EXAMPLE = """
			{"clientCountry":"FR","durationMonths":12,"currency":"EUR","requiredOverlapHours":4,"seed":42,
			 "team":[{"role":"BACKEND","seniority":"SENIOR","count":2,"location":"MA"}]}""";

	static final List<String> MODELS = List.of("IN_HOUSE", "FREELANCE", "SUBCONTRACTING", "DEDICATED_TEAM", "BPO");

	private Api.Response estimate(String body) {
		return api.call("POST", "/api/v1/estimates").json(body).send();
	}

	@Test
	void theIssuesExampleAnswersFiveModelsWithEverythingAVisitorNeeds() {
		Api.Response answer = estimate(EXAMPLE);

		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		JsonNode body = answer.body();
		assertThat(answer.header("Location")).hasValue("/api/v1/estimates/" + body.get("id").asString());
		assertThat(models(body)).containsExactlyElementsOf(MODELS);
		for (JsonNode model : body.get("models")) {
			for (String field : List.of("totalCost", "monthlyCost", "deliveredDays", "costPerDeliveredDay",
					"timeToStartDays", "overlapHours", "breakdown", "assumptions", "savingsVersusInHouse")) {
				assertThat(model.has(field)).as("%s has %s", model.get("model"), field).isTrue();
			}
			JsonNode total = model.get("percentiles").get("totalCost");
			assertThat(total.get("p10").decimalValue()).isLessThanOrEqualTo(total.get("p50").decimalValue());
			assertThat(total.get("p50").decimalValue()).isLessThanOrEqualTo(total.get("p90").decimalValue());
			assertThat(model.get("monthlyCost").decimalValue().multiply(BigDecimal.valueOf(12)).doubleValue())
				.isCloseTo(model.get("totalCost").doubleValue(), within(0.5));
			BigDecimal parts = StreamSupport.stream(model.get("breakdown").spliterator(), false)
				.map(JsonNode::decimalValue).reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(parts.doubleValue()).isCloseTo(model.get("totalCost").doubleValue(), within(0.05));
		}
		assertThat(body.get("input").get("samples").asInt()).isEqualTo(10_000);
		assertThat(body.get("models").get(0).get("timeToStartDays").asInt()).isEqualTo(56);
	}

	@Test
	void aSavedEstimateIsReadBackExactlyAsAnswered() {
		Api.Response created = estimate(EXAMPLE);
		String id = created.body().get("id").asString();

		Api.Response read = api.get("/api/v1/estimates/" + id, null);

		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body()).isEqualTo(created.body());
	}

	@ParameterizedTest
	@CsvSource({ "FR,12,BACKEND,SENIOR,2,MA", "FR,1,DEVOPS,JUNIOR,1,FR", "PT,36,DATA_SCIENTIST,LEAD,5,IN",
			"FR,120,SUPPORT_TECHNICIAN,CONFIRMED,40,MG", "MA,7,QA,SENIOR,3,VN" })
	void inHouseTotalIsTheReferenceFormulaRecomputedFromTheEchoedAssumptions(String client, int months, String role,
			String seniority, int count, String location) {
		String body = """
				{"clientCountry":"%s","durationMonths":%d,"seed":7,"samples":1000,
				 "team":[{"role":"%s","seniority":"%s","count":%d,"location":"%s"},
				         {"role":"FRONTEND","seniority":"JUNIOR","count":1,"location":"PL"}]}"""
			.formatted(client, months, role, seniority, count, location);

		JsonNode inHouse = estimate(body).body().get("models").get(0);

		JsonNode assumptions = inHouse.get("assumptions");
		double f = assumptions.get("parameters").get("recruitment.fee").doubleValue();
		double t = assumptions.get("parameters").get("turnover.employee").doubleValue();
		double expected = 0;
		for (JsonNode row : assumptions.get("rows")) {
			double n = row.get("count").doubleValue();
			double s = row.get("clientSalary").doubleValue();
			double c = row.get("clientEmployerCharges").doubleValue();
			double o = row.get("clientOverhead").doubleValue();
			// Σ rows n × (S×(1+c)+o) × D/12 + f × S × (n + n×t×D/12)
			expected += n * (s * (1 + c) + o) * months / 12.0 + f * s * (n + n * t * months / 12.0);
		}
		assertThat(inHouse.get("model").asString()).isEqualTo("IN_HOUSE");
		assertThat(inHouse.get("totalCost").doubleValue()).isCloseTo(expected, within(expected * 0.005));
	}

	@Test
	void theSameInputAndSeedGiveTheSameNumbers() {
		String body = EXAMPLE.replace("\"seed\":42", "\"seed\":42,\"startDate\":\"2027-03-01\"");

		JsonNode first = estimate(body).body();
		JsonNode second = estimate(body).body();
		JsonNode otherSeed = estimate(body.replace("\"seed\":42", "\"seed\":43")).body();

		assertThat(second.get("id")).isNotEqualTo(first.get("id"));
		assertThat(second.get("models")).isEqualTo(first.get("models"));
		assertThat(otherSeed.get("models").get(0).get("percentiles"))
			.isNotEqualTo(first.get("models").get(0).get("percentiles"));
	}

	@Test
	void everyFigureHasASourceOrIsMarkedAsAnAssumptionAndMadagascarIsAnAssumption() {
		String body = """
				{"clientCountry":"FR","durationMonths":12,"team":[
				 {"role":"BACKEND","seniority":"SENIOR","count":2,"location":"MG"},
				 {"role":"CYBERSECURITY","seniority":"LEAD","count":1,"location":"MU"}]}""";

		JsonNode body2 = estimate(body).body();
		JsonNode sources = body2.get("sources");

		for (JsonNode model : body2.get("models")) {
			for (JsonNode row : model.get("assumptions").get("rows")) {
				for (var basis : row.get("basis").properties()) {
					JsonNode b = basis.getValue();
					boolean sourced = sources.has(b.get("source").asString());
					assertThat(sourced || b.get("assumption").asBoolean())
						.as("%s of %s", basis.getKey(), row.get("location")).isTrue();
				}
			}
		}
		JsonNode madagascar = body2.get("models").get(0).get("assumptions").get("rows").get(0);
		assertThat(madagascar.get("location").asString()).isEqualTo("MG");
		assertThat(madagascar.get("basis").get("providerSalary").get("assumption").asBoolean()).isTrue();
	}

	@Test
	void aTeamBelowTheRequiredOverlapIsFlaggedAndPaysMoreCoordination() {
		// Paris 09:00-18:00 is 08:00-17:00 UTC in January; Ho Chi Minh City 09:00-18:00 is 02:00-11:00 UTC:
		// 3 hours of overlap, 1 below the 4 required, so k = 1.2 + 0.05.
		String body = """
				{"clientCountry":"FR","durationMonths":12,"requiredOverlapHours":4,"startDate":"2027-01-11",
				 "team":[{"role":"BACKEND","seniority":"CONFIRMED","count":3,"location":"VN"}]}""";

		JsonNode dedicated = estimate(body).body().get("models").get(3);

		assertThat(dedicated.get("model").asString()).isEqualTo("DEDICATED_TEAM");
		assertThat(dedicated.get("overlapHours").doubleValue()).isEqualTo(3.0);
		assertThat(dedicated.get("overlapBelowRequired").asBoolean()).isTrue();
		assertThat(dedicated.get("assumptions").get("rows").get(0).get("coordinationFactor").doubleValue())
			.isCloseTo(1.25, within(1e-9));
	}

	@Test
	void amountsAreConvertedToTheRequestedCurrencyAtTheDatedRate() {
		JsonNode eur = estimate(EXAMPLE).body();
		JsonNode usd = estimate(EXAMPLE.replace("\"EUR\"", "\"USD\"")).body();

		assertThat(usd.get("currency").asString()).isEqualTo("USD");
		double rate = usd.get("eurPerUnit").doubleValue();
		for (int i = 0; i < MODELS.size(); i++) {
			double inEur = eur.get("models").get(i).get("totalCost").doubleValue();
			double inUsd = usd.get("models").get(i).get("totalCost").doubleValue();
			assertThat(inUsd * rate).isCloseTo(inEur, within(0.02));
		}
	}

	@Test
	void overriddenAssumptionsAreUsedAndEchoed() {
		String body = EXAMPLE.replace("\"seed\":42",
				"\"seed\":42,\"parameters\":{\"margin.agency\":0.5}").replace("\"location\":\"MA\"}",
						"\"location\":\"MA\",\"dayRate\":400}");

		JsonNode subcontracting = estimate(body).body().get("models").get(2);

		assertThat(subcontracting.get("assumptions").get("parameters").get("margin.agency").doubleValue())
			.isEqualTo(0.5);
		JsonNode row = subcontracting.get("assumptions").get("rows").get(0);
		assertThat(row.get("freelanceDayRate").doubleValue()).isEqualTo(400.0);
		assertThat(row.get("basis").get("freelanceDayRate").get("overridden").asBoolean()).isTrue();
		// 2 × 400 × 1.5 × 220 days
		assertThat(subcontracting.get("totalCost").doubleValue()).isCloseTo(2 * 400 * 1.5 * 220, within(0.01));
	}

	@Test
	void exportsAreACsvAndAPdf() {
		String id = estimate(EXAMPLE).body().get("id").asString();

		Api.Response csv = api.get("/api/v1/estimates/" + id + "/csv", null);
		Api.Response pdf = api.get("/api/v1/estimates/" + id + "/pdf", null);

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.text()).contains("model,totalCost,monthlyCost", "IN_HOUSE", "BPO", "recruitment.fee");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(pdf.text()).startsWith("%PDF");
	}

	@Test
	void anUnknownEstimateIsNotFound() {
		Api.Response unknown = api.get("/api/v1/estimates/" + java.util.UUID.randomUUID(), null);
		Api.Response malformed = api.get("/api/v1/estimates/not-an-id", null);

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.isProblem()).isTrue();
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.isProblem()).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"\"count\":2|\"count\":0|team[0].count",
			"\"count\":2|\"count\":-3|team[0].count",
			"\"role\":\"BACKEND\"|\"role\":\"ASTRONAUT\"|team[0].role",
			"\"seniority\":\"SENIOR\"|\"seniority\":\"GURU\"|team[0].seniority",
			"\"location\":\"MA\"|\"location\":\"ZZ\"|team[0].location",
			"\"currency\":\"EUR\"|\"currency\":\"XYZ\"|currency",
			"\"durationMonths\":12|\"durationMonths\":0|durationMonths",
			"\"durationMonths\":12|\"durationMonths\":121|durationMonths",
			"\"seed\":42|\"seed\":42,\"samples\":999|samples",
			"\"seed\":42|\"seed\":42,\"samples\":200001|samples",
			"\"clientCountry\":\"FR\"|\"clientCountry\":\"XX\"|clientCountry",
			"\"seed\":42|\"seed\":42,\"parameters\":{\"margin.nothing\":1}|parameters.margin.nothing",
			"\"seed\":42|\"seed\":42,\"parameters\":{\"margin.agency\":-1}|parameters.margin.agency" })
	void badInputAnswers400NamingTheField(String from, String to, String field) {
		Api.Response answer = estimate(EXAMPLE.replace(from, to));

		assertThat(answer.status()).as(answer.text()).isEqualTo(400);
		assertThat(answer.isProblem()).isTrue();
		assertThat(fields(answer.body())).contains(field);
	}

	@Test
	void moreThan200RowsAnswer400() {
		String rows = IntStream.range(0, 201)
			.mapToObj(i -> "{\"role\":\"BACKEND\",\"seniority\":\"SENIOR\",\"count\":1,\"location\":\"MA\"}")
			.collect(Collectors.joining(","));

		Api.Response answer = estimate("{\"clientCountry\":\"FR\",\"durationMonths\":12,\"team\":[" + rows + "]}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(fields(answer.body())).contains("team");
	}

	@Test
	void malformedJsonAndWrongTypesAnswer400() {
		Api.Response malformed = estimate("{\"clientCountry\":\"FR\",");
		Api.Response wrongType = estimate(EXAMPLE.replace("\"durationMonths\":12", "\"durationMonths\":\"twelve\""));
		Api.Response empty = estimate("{}");

		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.isProblem()).isTrue();
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.isProblem()).isTrue();
		assertThat(empty.status()).isEqualTo(400);
		assertThat(fields(empty.body())).contains("clientCountry", "durationMonths", "team");
	}

	@Test
	void nothingIsSavedForABadRequest() {
		long before = jdbc.sql("SELECT COUNT(*) FROM estimation_estimates").query(Long.class).single();

		estimate(EXAMPLE.replace("\"count\":2", "\"count\":0"));

		assertThat(jdbc.sql("SELECT COUNT(*) FROM estimation_estimates").query(Long.class).single()).isEqualTo(before);
	}

	private static List<String> models(JsonNode body) {
		List<String> models = new ArrayList<>();
		body.get("models").forEach(m -> models.add(m.get("model").asString()));
		return models;
	}

	private static List<String> fields(JsonNode problem) {
		List<String> fields = new ArrayList<>();
		JsonNode errors = problem.get("errors");
		if (errors != null) {
			errors.forEach(e -> fields.add(e.get("field").asString()));
		}
		return fields;
	}
}
