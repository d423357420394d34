package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pilotage.support.Demo;
import org.pilotage.support.WebSession;

/**
 * The service credits page without JavaScript: a provider's manager writes the first contract from the page after
 * seeing every bad field next to its input with nothing written, reads a month's statement and downloads it; a stale
 * form is refused; the client's member reads without the form; a freelancer is shown nothing; the engagement's page
 * links to it for the parties only.
 */
abstract class CreditPagesContract extends MeasuredByHandTest {

	@Test
	void aManagerSeesEveryBadFieldWithNothingWrittenThenWritesTheContractAndReadsTheStatement() {
		YearMonth current = YearMonth.now(KnownCreditMeasures.PARIS);
		UUID engagement = newEngagement("Credits page " + UUID.randomUUID());
		String path = "/engagements/" + engagement + "/credits";
		WebSession manager = WebSession.signIn(api.base(), Demo.PROVIDER_MANAGER, Demo.PASSWORD);
		WebSession.Page empty = manager.get(path + "?lang=en");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("data-role=\"no-contract\"", "id=\"contract-form\"", "name=\"level.1.kpi\"")
			.contains("value=\"EUR\"", "value=\"10000.00\"")
			.doesNotContain("data-role=\"statement\"");

		Map<String, String> form = new HashMap<>(Map.of("version", "0", "currency", "EUR", "monthlyFee", "ten thousand",
				"atRiskShare", "150", "allocationTotal", "100", "level.0.kpi", "sla-compliance", "level.0.target", "95",
				"level.0.minimum", "97", "level.0.allocation", "60"));
		form.putAll(Map.of("level.1.kpi", "", "level.1.target", "", "level.1.minimum", "", "level.1.allocation", "",
				"level.2.kpi", "csat", "level.2.target", "4,5", "level.2.minimum", "4", "level.2.allocation", "40"));
		WebSession.Page refused = manager.post(path, form);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("data-field-error=\"monthlyFee\"", "Enter a number", "ten thousand");
		form.put("monthlyFee", "10 000,00");
		WebSession.Page stillRefused = manager.post(path, form);
		assertThat(stillRefused.status()).isEqualTo(400);
		assertThat(stillRefused.body()).contains("data-field-error=\"atRiskShare\"", "data-field-error=\"level.0.minimum\"",
				"Higher is better: the minimum cannot be above the target")
			.doesNotContain("data-field-error=\"monthlyFee\"", "data-field-error=\"level.2.");
		assertThat(api.get("/api/v1/engagements/" + engagement + "/credit-contract", token(Demo.PROVIDER_MANAGER))
			.status()).isEqualTo(404);

		form.putAll(Map.of("atRiskShare", "10", "level.0.minimum", "90", "level.0.allocation", "60",
				"note", "Signed on Monday"));
		form.put("reported", "csat");
		WebSession.Page written = manager.post(path, form);
		assertThat(written.status()).as(written.toString()).isEqualTo(302);
		measures.set(engagement, current, Map.of("sla-compliance", new BigDecimal("92"), "csat", new BigDecimal("4.7")));
		WebSession.Page read = manager.get(path);
		// 92 is between 90 and 95: 10,000.00 × 10 % × 60 % × 0.5 = 300.00; CSAT 4.7 meets 4.5
		assertThat(read.body()).contains("Service-credit contract, version 1 in force", "Signed on Monday",
				"data-kpi=\"sla-compliance\"", "1,000.00", "data-role=\"provisional\"", "300.00",
				"Target missed, minimum met", "Target met", "data-action=\"download-csv\"", "/credits/" + current + ".pdf")
			.doesNotContain("data-reported=\"csat\"");

		WebSession.Page csv = manager.get(path + "/" + current + ".csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.body()).startsWith("\uFEFF").contains("sla-compliance", "300.00");
		assertThat(manager.get(path + "/2026-3.csv").status()).isEqualTo(400);
		assertThat(manager.get(path + "?month=" + current.plusMonths(1)).body()).contains("data-field-error=\"month\"");

		WebSession.Page stale = manager.post(path, form);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.body()).contains("data-role=\"form-problem\"", "nothing was written");

		WebSession member = WebSession.signIn(api.base(), Demo.CLIENT_MEMBER, Demo.PASSWORD);
		WebSession.Page french = member.get(path + "?lang=fr");
		assertThat(french.status()).isEqualTo(200);
		assertThat(french.body()).contains("Contrat de pénalités, version 1 en vigueur", "Télécharger le PDF", "300,00")
			.doesNotContain("id=\"contract-form\"");
	}

	@Test
	void aFreelancerIsShownNoCreditsAndTheEngagementPageLinksThemForThePartiesOnly() {
		UUID mission = id("engagements", Demo.MISSION);
		WebSession freelancer = WebSession.signIn(api.base(), Demo.FREELANCER, Demo.PASSWORD);
		assertThat(freelancer.get("/engagements/" + mission + "/credits").status()).isEqualTo(404);
		assertThat(freelancer.get("/engagements/" + mission + "/credits/" + YearMonth.now(KnownCreditMeasures.PARIS)
				+ ".pdf").status()).isEqualTo(404);
		assertThat(freelancer.get("/engagements/" + mission).body()).doesNotContain("data-action=\"credits\"");

		UUID helpdesk = id("engagements", Demo.HELPDESK);
		WebSession client = WebSession.signIn(api.base(), Demo.CLIENT_ADMIN, Demo.PASSWORD);
		assertThat(client.get("/engagements/" + helpdesk).body()).contains("data-action=\"credits\"");
		WebSession.Page credits = client.get("/engagements/" + helpdesk + "/credits?lang=en");
		assertThat(credits.status()).isEqualTo(200);
		assertThat(credits.body()).contains("18,500.00", "2,220.00", "data-kpi=\"mttr-business\"", "(4 h)",
				"id=\"contract-form\"");
	}
}
