package org.pilotage.estimation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotage.support.H2Database;
import org.pilotage.support.IntegrationTest;
import org.pilotage.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The estimator page over real HTTP, signed out: the form keeps what was typed through every action, a bad
 * field gets its message next to it and nothing is saved, a good form leads to a permalink with the results,
 * the assumptions and the exports.
 */
@H2Database
class EstimatePagesTests extends IntegrationTest {

	private static final Pattern ROW = Pattern.compile("<tr data-model=\"([A-Z_]+)\"");

	private WebSession visitor;

	@BeforeEach
	void openThePage() {
		visitor = new WebSession("http://localhost:" + port);
		assertThat(visitor.get("/estimate").status()).isEqualTo(200);
	}

	private static Map<String, String> form(String count) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("team[0].role", "BACKEND");
		form.put("team[0].seniority", "SENIOR");
		form.put("team[0].count", count);
		form.put("team[0].location", "MA");
		form.put("clientCountry", "FR");
		form.put("durationMonths", "12");
		form.put("requiredOverlapHours", "4");
		form.put("currency", "EUR");
		form.put("samples", "1000");
		form.put("seed", "3");
		form.put("action", "estimate");
		return form;
	}

	@Test
	void anEstimateLeadsToItsPermalinkWithFiveModelsAndItsAssumptions() {
		WebSession.Page answer = visitor.post("/estimate", form("2"));

		assertThat(answer.status()).isEqualTo(302);
		String permalink = answer.redirectPath();
		assertThat(permalink).matches("/estimate/[0-9a-f-]{36}");
		WebSession.Page page = visitor.follow(answer);
		assertThat(page.status()).isEqualTo(200);
		Matcher rows = ROW.matcher(page.body());
		int models = 0;
		while (rows.find()) {
			models++;
		}
		assertThat(models).isEqualTo(5);
		assertThat(page.body()).contains("id=\"estimate-chart-data\"", "data-parameter=\"margin.agency\"",
				"data-figure=\"providerSalary\"", permalink + "/pdf", permalink + "/csv");
		assertThat(new WebSession("http://localhost:" + port).get(permalink).status()).as("a permalink needs no session")
			.isEqualTo(200);
	}

	@Test
	void aBadCountShowsItsMessageNextToTheFieldKeepsTheFormAndSavesNothing() {
		long before = jdbc.sql("SELECT COUNT(*) FROM estimation_estimates").query(Long.class).single();

		WebSession.Page answer = visitor.post("/estimate", form("0"));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).contains("must be between 1 and 1,000 people.", "name=\"team[0].count\"")
			.contains("value=\"0\"");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM estimation_estimates").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void lettersInANumberFieldAreAMessageNotAnError() {
		Map<String, String> form = form("2");
		form.put("durationMonths", "douze");

		WebSession.Page answer = visitor.post("/estimate", form);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).contains("is not a number.", "value=\"douze\"");
	}

	@Test
	void addingARowKeepsWhatWasTyped() {
		Map<String, String> form = form("7");
		form.put("action", "add-row");

		WebSession.Page answer = visitor.post("/estimate", form);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("name=\"team[1].role\"", "value=\"7\"");
	}

	@Test
	void aSignedOutVisitorCanReachTheSignInPageFromTheEstimator() {
		assertThat(visitor.get("/estimate").body()).contains("data-link=\"sign-in\"", "href=\"/login\"");
	}

	@Test
	void anUnknownEstimateIsAPageNotFound() {
		assertThat(visitor.get("/estimate/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
	}
}
