package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;

import tools.jackson.databind.JsonNode;

/**
 * The service-credit contract and its statements over HTTP, on each database: versions and their If-Match, every bad
 * field of a contract in one 400, statements of months whose measures are set by hand and whose credits are worked
 * out below, a closed month's statement kept as issued, and who reads and writes what.
 *
 * <p>
 * The contract of the statements: fee 10,000.00 EUR, 10 % at risk, so a pool and a cap of 1,000.00; SLA compliance
 * 95 / 90 with 50 % of the pool (500.00), the business-time mean time to resolve 4 h / 8 h (14,400 / 28,800 s) with
 * 30 % (300.00), CSAT 4.5 / 4.0 with 20 % (200.00); the reopen rate reported.
 */
abstract class CreditContractsApiContract extends MeasuredByHandTest {

	static final String CONTRACT = """
			{"currency":"EUR","monthlyFee":10000,"atRiskShare":10,
			 "levels":[{"kpi":"sla-compliance","target":95,"minimum":90,"allocation":50},
			           {"kpi":"mttr-business","direction":"LOWER_IS_BETTER","target":14400,"minimum":28800,"allocation":30},
			           {"kpi":"csat","target":4.5,"minimum":4.0,"allocation":20}],
			 "reported":["reopen-rate"],"note":"Schedule 4 of the contract"}""";

	/** The month now, in Paris like the engagements of these tests. */
	static final YearMonth CURRENT = YearMonth.now(KnownCreditMeasures.PARIS);

	/** The engagements of these tests start three months before the current one. */
	static final YearMonth FIRST = CURRENT.minusMonths(3);

	/** A closed month: compliance 92.5 % (between the minimum and the target), 30,000 s to resolve, CSAT 4.6. */
	static final YearMonth MISSED = CURRENT.minusMonths(2);

	/** A closed month with every level below its minimum: 80 %, 40,000 s, CSAT 3. */
	static final YearMonth CAPPED = CURRENT.minusMonths(1);

	@Test
	void eachWriteAddsAVersionAndAStaleOneIsRefusedWithNothingWritten() {
		UUID engagement = newEngagement("Credits versions " + UUID.randomUUID());
		String path = "/api/v1/engagements/" + engagement + "/credit-contract";
		Api.Response none = api.get(path, token(Demo.CLIENT_MEMBER));
		assertThat(none.status()).isEqualTo(404);
		assertThat(none.body().get("code").asString()).isEqualTo("no-credit-contract");

		Api.Response first = writeContract(engagement, Demo.PROVIDER_MANAGER, null, CONTRACT);
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		assertThat(first.header("ETag")).contains("\"1\"");
		JsonNode written = first.body();
		assertThat(written.get("version").asInt()).isEqualTo(1);
		assertThat(written.get("cap").decimalValue()).isEqualByComparingTo("1000.00");
		assertThat(written.get("levels").get(0).get("direction").asString()).isEqualTo("HIGHER_IS_BETTER");
		assertThat(written.get("levels").get(1).get("direction").asString()).isEqualTo("LOWER_IS_BETTER");
		assertThat(written.get("bands")).hasSize(3);
		assertThat(written.get("writtenBy").asString()).isEqualTo(Demo.PROVIDER_MANAGER);
		assertThat(written.get("editable").asBoolean()).isTrue();

		String promoted = CONTRACT.replace("\"reported\":[\"reopen-rate\"]", "\"reported\":[]")
			.replace("\"allocation\":20}]", "\"allocation\":10},{\"kpi\":\"reopen-rate\",\"target\":5,\"minimum\":10,"
					+ "\"allocation\":10}]");
		Api.Response withoutIfMatch = writeContract(engagement, Demo.CLIENT_ADMIN, null, promoted);
		assertThat(withoutIfMatch.status()).isEqualTo(428);
		Api.Response second = writeContract(engagement, Demo.CLIENT_ADMIN, "\"1\"", promoted);
		assertThat(second.status()).as(second.toString()).isEqualTo(200);
		assertThat(second.body().get("version").asInt()).isEqualTo(2);
		assertThat(second.body().get("versions").toString()).isEqualTo("[1,2]");
		assertThat(second.body().get("levels").get(3).get("kpi").asString()).isEqualTo("reopen-rate");
		assertThat(second.body().get("reported")).isEmpty();

		Api.Response stale = writeContract(engagement, Demo.PROVIDER_MANAGER, "\"1\"", CONTRACT);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.isProblem()).isTrue();
		assertThat(stale.body().get("code").asString()).isEqualTo("stale-version");
		Api.Response read = api.get(path, token(Demo.CLIENT_MEMBER));
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.header("ETag")).contains("\"2\"");
		assertThat(read.body().get("writtenBy").asString()).isEqualTo(Demo.CLIENT_ADMIN);
		assertThat(read.body().get("editable").asBoolean()).isFalse();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM credit_contract_versions WHERE engagement_id = ?")
			.param(engagement)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void everyBadFieldIsNamedWithItsCodeInOne400AndNothingIsWritten() {
		UUID engagement = newEngagement("Credits bad fields " + UUID.randomUUID());
		Api.Response refused = writeContract(engagement, Demo.PROVIDER_MANAGER, null, """
				{"currency":"EURO","monthlyFee":-1,"atRiskShare":120,"allocationTotal":90,
				 "levels":[{"kpi":"no-such-kpi","target":95,"minimum":90,"allocation":50},
				           {"kpi":"sla-compliance","direction":"LOWER_IS_BETTER","target":95,"minimum":90,"allocation":20},
				           {"kpi":"csat","target":4,"minimum":4.5,"allocation":0},
				           {"kpi":"mttr-business","target":1.1234567,"minimum":28800,"allocation":10},
				           {"kpi":"throughput","direction":"SIDEWAYS","target":10,"minimum":5,"allocation":20}],
				 "reported":["csat","nope","","ola-compliance"],
				 "bands":[{"name":"met","upTo":0,"factor":0.5},{"name":"missed","upTo":1,"factor":1}]}""");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.body().get("code").asString()).isEqualTo("invalid-input");
		Map<String, String> codes = new LinkedHashMap<>();
		refused.body().get("errors").forEach(error -> codes.put(error.get("field").asString(),
				error.get("code").asString()));
		assertThat(codes).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
				Map.entry("currency", "unknown-currency"), Map.entry("monthlyFee", "negative"),
				Map.entry("atRiskShare", "out-of-range"), Map.entry("allocationTotal", "out-of-range"),
				Map.entry("levels[0].kpi", "unknown-kpi"), Map.entry("levels[1].direction", "direction-mismatch"),
				Map.entry("levels[2].minimum", "minimum-above-target"), Map.entry("levels[2].allocation", "out-of-range"),
				Map.entry("levels[3].target", "too-precise"), Map.entry("levels[4].direction", "unknown"),
				Map.entry("reported[0]", "also-critical"), Map.entry("reported[1]", "unknown-kpi"),
				Map.entry("reported[2]", "required"), Map.entry("reported[3]", "provider-only"),
				Map.entry("bands[0].factor", "target-met-credited"), Map.entry("bands[1].upTo", "last-band-bounded")));
		assertThat(api.get("/api/v1/engagements/" + engagement + "/credit-contract", token(Demo.PROVIDER_MANAGER))
			.status()).isEqualTo(404);

		Api.Response unbalanced = writeContract(engagement, Demo.PROVIDER_MANAGER, null,
				CONTRACT.replace("\"allocation\":20}", "\"allocation\":25}"));
		assertThat(unbalanced.status()).isEqualTo(400);
		assertThat(unbalanced.body().get("errors").get(0).get("field").asString()).isEqualTo("levels");
		assertThat(unbalanced.body().get("errors").get(0).get("code").asString()).isEqualTo("allocation-sum");
		Api.Response huge = writeContract(engagement, Demo.PROVIDER_MANAGER, null,
				CONTRACT.replace("\"monthlyFee\":10000", "\"monthlyFee\":1e20"));
		assertThat(huge.status()).isEqualTo(400);
		assertThat(huge.body().get("errors").get(0).get("code").asString()).isEqualTo("too-large");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM credit_contracts WHERE engagement_id = ?")
			.param(engagement)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aClosedMonthsStatementMatchesTheCreditsWorkedOutByHandInJsonCsvAndPdf() throws IOException {
		UUID engagement = engagementWithContract("Credits statement " + UUID.randomUUID());
		String path = "/api/v1/engagements/" + engagement + "/credit-statements/" + MISSED;

		Api.Response read = api.get(path, token(Demo.CLIENT_MEMBER));
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		JsonNode body = read.body();
		assertThat(body.get("provisional").asBoolean()).isFalse();
		assertThat(body.get("issuedAt").isNull()).isFalse();
		assertThat(body.get("contractVersion").asInt()).isEqualTo(1);
		JsonNode statement = body.get("statement");
		assertThat(statement.get("month").asString()).isEqualTo(MISSED.toString());
		JsonNode levels = statement.get("levels");
		// 92.5 is between 90 and 95: 1,000.00 × 50 % × 0.5 = 250.00
		assertThat(levels.get(0).get("measure").decimalValue()).isEqualByComparingTo("92.5");
		assertThat(levels.get(0).get("band").get("name").asString()).isEqualTo("below-target");
		assertThat(levels.get(0).get("credit").decimalValue()).isEqualByComparingTo("250.00");
		// 30,000 s is past the minimum of 28,800 s: 1,000.00 × 30 % = 300.00
		assertThat(levels.get(1).get("band").get("name").asString()).isEqualTo("below-minimum");
		assertThat(levels.get(1).get("credit").decimalValue()).isEqualByComparingTo("300.00");
		// 4.6 meets the target of 4.5
		assertThat(levels.get(2).get("band").get("name").asString()).isEqualTo("target-met");
		assertThat(levels.get(2).get("credit").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(statement.get("totalBeforeCap").decimalValue()).isEqualByComparingTo("550.00");
		assertThat(statement.get("total").decimalValue()).isEqualByComparingTo("550.00");
		assertThat(statement.get("cap").decimalValue()).isEqualByComparingTo("1000.00");
		assertThat(statement.get("capReached").asBoolean()).isFalse();
		assertThat(statement.get("reported").get(0).get("kpi").asString()).isEqualTo("reopen-rate");
		assertThat(statement.get("reported").get(0).get("measure").decimalValue()).isEqualByComparingTo("3.25");

		Download csv = download(path + ".csv", Demo.CLIENT_MEMBER, "en");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.disposition()).contains("attachment", "service-credits-" + MISSED + ".csv");
		List<CSVRecord> rows = readBack(csv.body());
		assertThat(rows.get(0).toList()).containsExactly("Month", MISSED.toString());
		assertThat(rows.get(7).toList()).containsExactly("sla-compliance", "Higher is better", "92.5", "95", "90", "50",
				"Target missed, minimum met", "0.5", "250.00");
		assertThat(rows.get(8).toList()).containsExactly("mttr-business", "Lower is better", "30000", "14400", "28800",
				"30", "Minimum missed", "1", "300.00");
		assertThat(rows).anySatisfy(row -> assertThat(row.toList()).containsExactly("Credit owed", "550.00"));
		Download french = download(path + ".csv", Demo.CLIENT_MEMBER, "fr-FR,fr;q=0.9");
		assertThat(readBack(french.body()).get(0).toList()).containsExactly("Mois", MISSED.toString());

		Download pdf = download(path + ".pdf", Demo.PROVIDER_MANAGER, "en");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
		assertThat(text).contains("250.00", "300.00", "550.00", "Target missed, minimum met");
	}

	@Test
	void aMonthWithEveryLevelBelowItsMinimumReachesTheCap() {
		UUID engagement = engagementWithContract("Credits cap " + UUID.randomUUID());

		JsonNode statement = api.get("/api/v1/engagements/" + engagement + "/credit-statements/" + CAPPED,
				token(Demo.PROVIDER_AGENT)).body().get("statement");

		// 500.00 + 300.00 + 200.00 = 1,000.00: the whole pool, exactly the cap
		assertThat(statement.get("totalBeforeCap").decimalValue()).isEqualByComparingTo("1000.00");
		assertThat(statement.get("total").decimalValue()).isEqualByComparingTo("1000.00");
		assertThat(statement.get("capReached").asBoolean()).isTrue();
	}

	@Test
	void anIssuedStatementStaysAsIssuedWhileTheCurrentMonthFollowsTheContract() throws IOException {
		UUID engagement = engagementWithContract("Credits issued " + UUID.randomUUID());
		String closed = "/api/v1/engagements/" + engagement + "/credit-statements/" + MISSED;
		String current = "/api/v1/engagements/" + engagement + "/credit-statements/" + CURRENT;
		measures.set(engagement, CURRENT, Map.of("sla-compliance", new BigDecimal("91")));
		JsonNode issued = api.get(closed, token(Demo.CLIENT_ADMIN)).body();
		JsonNode provisional = api.get(current, token(Demo.CLIENT_ADMIN)).body();
		assertThat(provisional.get("provisional").asBoolean()).isTrue();
		assertThat(provisional.has("issuedAt")).isFalse();
		// 91 is between 90 and 95: 250.00; the other levels have no measure yet
		assertThat(provisional.get("statement").get("total").decimalValue()).isEqualByComparingTo("250.00");
		assertThat(provisional.get("statement").get("levels").get(1).has("band")).isFalse();
		Download provisionalCsv = download(current + ".csv", Demo.CLIENT_ADMIN, "en");
		assertThat(provisionalCsv.disposition()).contains("service-credits-" + CURRENT + "-provisional.csv");
		List<CSVRecord> rows = readBack(provisionalCsv.body());
		assertThat(rows.get(rows.size() - 1).toList()).containsExactly("Status", "Provisional");
		assertThat(readBack(download(closed + ".csv", Demo.CLIENT_ADMIN, "en").body()))
			.noneSatisfy(row -> assertThat(row.get(0)).isEqualTo("Status"));

		// late events change the closed month's measures, and the contract doubles its fee
		measures.set(engagement, MISSED, Map.of("sla-compliance", new BigDecimal("50")));
		Api.Response edited = writeContract(engagement, Demo.PROVIDER_MANAGER, "\"1\"",
				CONTRACT.replace("\"monthlyFee\":10000", "\"monthlyFee\":20000"));
		assertThat(edited.status()).as(edited.toString()).isEqualTo(200);

		JsonNode again = api.get(closed, token(Demo.CLIENT_ADMIN)).body();
		assertThat(again).isEqualTo(issued);
		assertThat(again.get("statement").get("total").decimalValue()).isEqualByComparingTo("550.00");
		JsonNode live = api.get(current, token(Demo.CLIENT_ADMIN)).body();
		assertThat(live.get("contractVersion").asInt()).isEqualTo(2);
		// the pool is now 2,000.00: 2,000.00 × 50 % × 0.5 = 500.00
		assertThat(live.get("statement").get("total").decimalValue()).isEqualByComparingTo("500.00");
		// a closed month read for the first time after the edit is issued under the new version
		JsonNode later = api.get("/api/v1/engagements/" + engagement + "/credit-statements/" + CAPPED,
				token(Demo.CLIENT_ADMIN)).body();
		assertThat(later.get("contractVersion").asInt()).isEqualTo(2);
		assertThat(later.get("statement").get("total").decimalValue()).isEqualByComparingTo("2000.00");
	}

	@Test
	void aMonthOutsideTheEngagementIs404AndAMalformedOneIs400() {
		UUID engagement = engagementWithContract("Credits months " + UUID.randomUUID());
		String statements = "/api/v1/engagements/" + engagement + "/credit-statements/";

		for (YearMonth outside : List.of(FIRST.minusMonths(1), CURRENT.plusMonths(1))) {
			Api.Response response = api.get(statements + outside, token(Demo.CLIENT_MEMBER));
			assertThat(response.status()).as(outside.toString()).isEqualTo(404);
			assertThat(response.body().get("code").asString()).isEqualTo("no-statement");
		}
		assertThat(api.get(statements + FIRST, token(Demo.CLIENT_MEMBER)).status()).isEqualTo(200);
		for (String malformed : List.of("2026-13", "2026-3", "march", "12026-03", "2026-03-01")) {
			for (String suffix : List.of("", ".csv", ".pdf")) {
				Api.Response response = api.get(statements + malformed + suffix, token(Demo.CLIENT_MEMBER));
				assertThat(response.status()).as(malformed + suffix).isEqualTo(400);
				assertThat(response.isProblem()).as(malformed + suffix).isTrue();
				assertThat(response.body().get("errors").get(0).get("code").asString()).isEqualTo("malformed-month");
			}
		}
		UUID without = newEngagement("Credits none " + UUID.randomUUID());
		Api.Response none = api.get("/api/v1/engagements/" + without + "/credit-statements/" + CURRENT,
				token(Demo.CLIENT_MEMBER));
		assertThat(none.status()).isEqualTo(404);
		assertThat(none.body().get("code").asString()).isEqualTo("no-credit-contract");
	}

	@Test
	void bothPartiesReadTheDemoContractAndAFreelancerNeitherReadsNorWrites() {
		UUID helpdesk = id("engagements", Demo.HELPDESK);
		String contract = "/api/v1/engagements/" + helpdesk + "/credit-contract";
		String statement = "/api/v1/engagements/" + helpdesk + "/credit-statements/" + CURRENT;
		for (String reader : List.of(Demo.CLIENT_MEMBER, Demo.AUDITOR, Demo.PROVIDER_AGENT, Demo.ADMIN)) {
			Api.Response read = api.get(contract, token(reader));
			assertThat(read.status()).as(reader).isEqualTo(200);
			assertThat(read.body().get("monthlyFee").decimalValue()).isEqualByComparingTo("18500.00");
			assertThat(read.body().get("cap").decimalValue()).isEqualByComparingTo("2220.00");
			assertThat(read.body().get("levels")).hasSize(3);
			assertThat(read.body().get("editable").asBoolean()).as(reader).isFalse();
			assertThat(api.get(statement, token(reader)).status()).as(reader).isEqualTo(200);
			assertThat(writeContract(helpdesk, reader, "\"1\"", CONTRACT).status()).as(reader).isEqualTo(403);
		}
		for (String freelancer : List.of(Demo.FREELANCER, Demo.FREELANCER_2)) {
			for (String path : List.of(contract, statement, statement + ".csv", statement + ".pdf")) {
				assertThat(api.get(path, token(freelancer)).status()).as(freelancer + " " + path).isEqualTo(404);
			}
			assertThat(writeContract(helpdesk, freelancer, "\"1\"", CONTRACT).status()).isEqualTo(404);
		}

		// on the mission a freelancer is staffed on, it reads the engagement but neither the contract nor a statement
		UUID mission = id("engagements", Demo.MISSION);
		Api.Response written = writeContract(mission, Demo.PROVIDER_MANAGER, null, CONTRACT);
		assertThat(written.status()).as(written.toString()).isIn(200, 428);
		assertThat(api.get("/api/v1/engagements/" + mission, token(Demo.FREELANCER)).status()).isEqualTo(200);
		Api.Response hidden = api.get("/api/v1/engagements/" + mission + "/credit-contract", token(Demo.FREELANCER));
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(hidden.text()).doesNotContain("monthlyFee");
		assertThat(api.get("/api/v1/engagements/" + mission + "/credit-statements/" + CURRENT, token(Demo.FREELANCER))
			.status()).isEqualTo(404);
		assertThat(api.get("/api/v1/engagements/" + mission + "/credit-contract", token(Demo.CLIENT_MEMBER)).status())
			.isEqualTo(200);
	}

	/** An engagement of the test with {@link #CONTRACT} as version 1 and the measures of its closed months. */
	UUID engagementWithContract(String title) {
		UUID engagement = newEngagement(title, FIRST);
		Api.Response written = writeContract(engagement, Demo.PROVIDER_MANAGER, null, CONTRACT);
		assertThat(written.status()).as(written.toString()).isEqualTo(200);
		measures.set(engagement, MISSED, Map.of("sla-compliance", new BigDecimal("92.5"), "mttr-business",
				new BigDecimal("30000"), "csat", new BigDecimal("4.6"), "reopen-rate", new BigDecimal("3.25")));
		measures.set(engagement, CAPPED, Map.of("sla-compliance", new BigDecimal("80"), "mttr-business",
				new BigDecimal("40000"), "csat", new BigDecimal("3")));
		return engagement;
	}

	static List<CSVRecord> readBack(byte[] csv) throws IOException {
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
	}
}
