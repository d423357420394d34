package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;

import tools.jackson.databind.JsonNode;

/**
 * A statement measures what the KPI views show: on the application as it runs (the figures kept from the stored
 * events), the measures of a month's statement are the headline figures of the KPI API for the same month, in the
 * engagement's zone.
 */
abstract class MeasuringStatementsFromTheKpisContract extends CreditTest {

	@Test
	void theStatementsMeasuresAreTheMonthsHeadlineFiguresOfTheKpis() {
		UUID engagement = newEngagement("Credits measured " + UUID.randomUUID());
		Api.Response written = writeContract(engagement, Demo.CLIENT_ADMIN, null, """
				{"currency":"EUR","monthlyFee":10000,"atRiskShare":10,
				 "levels":[{"kpi":"sla-compliance","target":95,"minimum":90,"allocation":100}],
				 "reported":["backlog","throughput","csat"]}""");
		assertThat(written.status()).as(written.toString()).isEqualTo(200);
		for (String title : new String[] { "Printer jammed", "Password expired" }) {
			Api.Response ticket = api.post("/api/v1/engagements/" + engagement + "/work-items", token(Demo.CLIENT_MEMBER),
					"{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"" + title + "\"}");
			assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
		}

		JsonNode report = api.get("/api/v1/engagements/" + engagement + "/kpis?period=month", token(Demo.PROVIDER_MANAGER))
			.body();
		YearMonth month = YearMonth.parse(report.get("period").get("from").asString().substring(0, 7));
		Map<String, BigDecimal> headline = new HashMap<>();
		for (JsonNode figure : report.get("figures")) {
			if (!figure.has("metric") && !figure.has("priority") && !figure.has("age") && figure.has("value")) {
				headline.put(figure.get("kpi").asString(), figure.get("value").decimalValue());
			}
		}
		JsonNode statement = api.get("/api/v1/engagements/" + engagement + "/credit-statements/" + month,
				token(Demo.CLIENT_MEMBER)).body();

		assertThat(statement.get("provisional").asBoolean()).isTrue();
		JsonNode reported = statement.get("statement").get("reported");
		// the two tickets are open at the end of the month, and nothing was resolved or answered
		assertThat(reported.get(0).get("kpi").asString()).isEqualTo("backlog");
		assertThat(reported.get(0).get("measure").decimalValue()).isEqualByComparingTo("2")
			.isEqualByComparingTo(headline.get("backlog"));
		assertThat(reported.get(1).get("measure").decimalValue()).isEqualByComparingTo(headline.get("throughput"));
		assertThat(headline).doesNotContainKey("csat");
		assertThat(reported.get(2).has("measure")).isFalse();
		JsonNode level = statement.get("statement").get("levels").get(0);
		assertThat(headline).doesNotContainKey("sla-compliance");
		assertThat(level.has("measure")).isFalse();
		assertThat(level.get("credit").decimalValue()).isEqualByComparingTo("0");
	}
}
