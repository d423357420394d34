package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;

/**
 * What the service-credit tests share: tokens of the demo users, an engagement of their own, and files read as bytes.
 */
abstract class CreditTest extends IntegrationTest {

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	String token(String email) {
		return TOKENS.computeIfAbsent(port + " " + email, key -> tokenFor(email));
	}

	UUID id(String table, String title) {
		return jdbc.sql("SELECT id FROM " + table + " WHERE " + (table.equals("engagements") ? "title" : "name") + " = ?")
			.param(title)
			.query(UUID.class)
			.single();
	}

	/** A BPO engagement of Acme with Atlas made for the test, started three months ago, ACTIVE, without a contract. */
	UUID newEngagement(String title) {
		return newEngagement(title, YearMonth.now(KnownCreditMeasures.PARIS).minusMonths(3));
	}

	/** A BPO engagement of Acme with Atlas made for the test, ACTIVE, without a contract; 10,000 EUR a month. */
	UUID newEngagement(String title, YearMonth start) {
		UUID acme = id("organizations", Demo.ACME);
		UUID atlas = id("organizations", Demo.ATLAS);
		Api.Response created = api.post("/api/v1/engagements", token(Demo.CLIENT_ADMIN), """
				{"kind":"BPO","clientOrganizationId":"%s","providerOrganizationId":"%s","title":"%s",
				 "bpoFunction":"HELPDESK","startDate":"%s","renewalDate":"%s","noticeDays":90,
				 "renewalAlertDays":60,"currency":"EUR","monthlyFee":10000}""".formatted(acme, atlas, title, start.atDay(1),
						start.plusMonths(12).atDay(1)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		UUID id = UUID.fromString(created.body().get("id").asString());
		assertThat(api.post("/api/v1/engagements/" + id + "/status", token(Demo.CLIENT_ADMIN), "{\"status\":\"ACTIVE\"}")
			.status()).isEqualTo(200);
		return id;
	}

	Api.Response writeContract(UUID engagement, String as, @Nullable String ifMatch, String body) {
		Api.Call call = api.call("PUT", "/api/v1/engagements/" + engagement + "/credit-contract").token(token(as));
		if (ifMatch != null) {
			call.header("If-Match", ifMatch);
		}
		return call.json(body).send();
	}

	/** A file of the API as bytes (a PDF does not survive being read as text). */
	Download download(String path, String as, String language) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + path))
			.header("Authorization", "Bearer " + token(as))
			.header("Accept-Language", language)
			.GET()
			.build();
		try {
			HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Content-Disposition").orElse(""), response.body());
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException("GET " + path + " failed", e);
		}
	}

	record Download(int status, String contentType, String disposition, byte[] body) {
	}
}
