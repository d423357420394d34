package org.pilotage.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's conventions, checked over HTTP on each database: errors, paging, concurrency, retries. */
abstract class ApiConventionsContract extends IntegrationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void malformedJsonToEveryApiEndpointThatTakesABodyIs400ProblemJson() {
		String admin = tokenFor(Demo.ADMIN);
		List<String> endpoints = bodyEndpoints();
		assertThat(endpoints).as("the endpoints found").hasSizeGreaterThanOrEqualTo(7);

		for (String endpoint : endpoints) {
			String[] parts = endpoint.split(" ", 2);
			var response = api.call(parts[0], parts[1]).token(admin).json("{\"name\": ").send();

			assertThat(response.status()).as(endpoint).isEqualTo(400);
			assertThat(response.isProblem()).as(endpoint).isTrue();
			assertThat(response.body().get("code").asString()).as(endpoint).isEqualTo("malformed-json");
		}
	}

	@Test
	void malformedJsonToThePublicTokenEndpointIs400ProblemJson() {
		var response = api.call("POST", "/api/v1/tokens").json("{\"email\": [").send();

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
	}

	@Test
	void aDayThatDoesNotExistNamesTheField() {
		UUID mission = jdbc.sql("SELECT id FROM engagements WHERE title = ?").param(Demo.MISSION).query(UUID.class)
			.single();
		var response = api.post("/api/v1/engagements/" + mission + "/work-items", tokenFor(Demo.PROVIDER_MANAGER),
				"{\"type\":\"DELIVERABLE\",\"title\":\"Runbook\",\"acceptanceCriteria\":\"a\",\"dueDate\":\"2026-02-30\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("dueDate");
	}

	@Test
	void aFractionInAWholeNumberFieldNamesTheFieldInsteadOfBeingCutOff() {
		var response = api.call("POST", "/api/v1/estimates").json("""
				{"clientCountry":"FR","durationMonths":12.5,"currency":"EUR",
				 "team":[{"role":"BACKEND","seniority":"SENIOR","count":2,"location":"MA"}]}""").send();

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("durationMonths");
		var huge = api.call("POST", "/api/v1/estimates").json("""
				{"clientCountry":"FR","durationMonths":2147483648,"currency":"EUR",
				 "team":[{"role":"BACKEND","seniority":"SENIOR","count":2,"location":"MA"}]}""").send();
		assertThat(huge.status()).as(huge.toString()).isEqualTo(400);
		assertThat(huge.body().get("errors").get(0).get("field").asString()).isEqualTo("durationMonths");
	}

	@Test
	void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
		var response = api.post("/api/v1/organizations", tokenFor(Demo.ADMIN),
				"{\"name\":\"X\",\"kind\":\"BANK\",\"country\":\"FR\",\"timeZone\":\"Europe/Paris\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("kind");
		assertThat(response.body().get("errors").get(0).get("message").asString()).contains("CLIENT");
	}

	@Test
	void aWrongTypeIs400WithTheField() {
		var response = api.post("/api/v1/organizations", tokenFor(Demo.ADMIN),
				"{\"name\":{\"nested\":true},\"kind\":\"CLIENT\",\"country\":\"FR\",\"timeZone\":\"Europe/Paris\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("name");
	}

	@Test
	void invalidFieldsAreListedWithStableCodes() {
		var response = api.post("/api/v1/organizations", tokenFor(Demo.ADMIN),
				"{\"name\":\"Valid name\",\"kind\":\"CLIENT\",\"country\":\"ZZ\",\"timeZone\":\"Europe/Paris\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("type").asString()).isEqualTo("/problems/invalid-input");
		assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("country");
		assertThat(response.body().get("errors").get(0).get("code").asString()).isEqualTo("country");
	}

	@Test
	void anOversizeBodyIs413ProblemJsonAndCreatesNothing() {
		long before = organizations();
		String huge = "{\"name\":\"" + "x".repeat(1_100_000) + "\",\"kind\":\"CLIENT\",\"country\":\"FR\",\"timeZone\":\"UTC\"}";

		var response = api.post("/api/v1/organizations", tokenFor(Demo.ADMIN), huge);

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.isProblem()).isTrue();
		assertThat(organizations()).isEqualTo(before);
	}

	@Test
	void anUnsupportedMediaTypeIs415ProblemJson() {
		var response = api.call("POST", "/api/v1/organizations").token(tokenFor(Demo.ADMIN))
			.bytes("text/plain", "name=x".getBytes()).send();

		assertThat(response.status()).isEqualTo(415);
		assertThat(response.isProblem()).isTrue();
	}

	@Test
	void anUnknownApiPathIs404ProblemJson() {
		var response = api.get("/api/v1/no-such-thing", tokenFor(Demo.ADMIN));

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.isProblem()).isTrue();
	}

	@Test
	void aWrongMethodIs405ProblemJson() {
		var response = api.call("PATCH", "/api/v1/me").token(tokenFor(Demo.ADMIN)).json("{}").send();

		assertThat(response.status()).isEqualTo(405);
		assertThat(response.isProblem()).isTrue();
	}

	@Test
	void aMalformedIdInThePathIs400ProblemJson() {
		var response = api.get("/api/v1/organizations/not-a-uuid", tokenFor(Demo.ADMIN));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "page=-1", "size=0", "size=201", "page=abc" })
	void badPagingIs400(String query) {
		var response = api.get("/api/v1/organizations?" + query, tokenFor(Demo.ADMIN));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
	}

	@Test
	void listsArePagedWithATotalCount() {
		String admin = tokenFor(Demo.ADMIN);

		var first = api.get("/api/v1/organizations?page=0&size=2", admin).body();
		var second = api.get("/api/v1/organizations?page=1&size=2", admin).body();

		long total = first.get("totalElements").asLong();
		assertThat(total).isEqualTo(organizations());
		assertThat(first.get("items")).hasSize(2);
		assertThat(first.get("totalPages").asInt()).isEqualTo((int) ((total + 1) / 2));
		assertThat(second.get("items").get(0).get("id").asString())
			.isNotEqualTo(first.get("items").get(0).get("id").asString());
	}

	@Test
	void anUpdateNeedsTheCurrentETag() {
		String admin = tokenFor(Demo.ADMIN);
		String id = createOrganization(admin, "Versioned " + UUID.randomUUID());
		var read = api.get("/api/v1/organizations/" + id, admin);
		String etag = read.header("ETag").orElseThrow();
		String change = "{\"name\":\"Renamed " + UUID.randomUUID() + "\",\"country\":\"FR\",\"timeZone\":\"Europe/Paris\"}";

		var withoutIfMatch = api.call("PUT", "/api/v1/organizations/" + id).token(admin).json(change).send();
		var current = api.call("PUT", "/api/v1/organizations/" + id).token(admin).header("If-Match", etag).json(change).send();
		var stale = api.call("PUT", "/api/v1/organizations/" + id).token(admin).header("If-Match", etag).json(change).send();

		assertThat(withoutIfMatch.status()).isEqualTo(428);
		assertThat(withoutIfMatch.isProblem()).isTrue();
		assertThat(current.status()).isEqualTo(200);
		assertThat(current.header("ETag")).isPresent().isNotEqualTo(read.header("ETag"));
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.isProblem()).isTrue();
		assertThat(stale.body().get("code").asString()).isEqualTo("stale-version");
	}

	@Test
	void aRetriedPostWithTheSameIdempotencyKeyCreatesOnce() {
		String admin = tokenFor(Demo.ADMIN);
		String key = UUID.randomUUID().toString();
		String body = "{\"name\":\"Idempotent " + key + "\",\"kind\":\"PROVIDER\",\"country\":\"PT\",\"timeZone\":\"Europe/Lisbon\"}";
		long before = organizations();

		var first = api.call("POST", "/api/v1/organizations").token(admin).header("Idempotency-Key", key).json(body).send();
		var retry = api.call("POST", "/api/v1/organizations").token(admin).header("Idempotency-Key", key).json(body).send();

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Idempotent-Replayed")).contains("true");
		assertThat(retry.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
		assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
		assertThat(organizations()).isEqualTo(before + 1);
	}

	@Test
	void anIdempotencyKeyReusedWithAnotherBodyIsRefused() {
		String admin = tokenFor(Demo.ADMIN);
		String key = UUID.randomUUID().toString();
		String first = "{\"name\":\"First " + key + "\",\"kind\":\"CLIENT\",\"country\":\"FR\",\"timeZone\":\"Europe/Paris\"}";
		String other = "{\"name\":\"Other " + key + "\",\"kind\":\"CLIENT\",\"country\":\"FR\",\"timeZone\":\"Europe/Paris\"}";

		api.call("POST", "/api/v1/organizations").token(admin).header("Idempotency-Key", key).json(first).send();
		var reused = api.call("POST", "/api/v1/organizations").token(admin).header("Idempotency-Key", key).json(other).send();

		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.isProblem()).isTrue();
		assertThat(reused.body().get("code").asString()).isEqualTo("idempotency-key-reused");
	}

	@Test
	void aFailedFirstAttemptIsRememberedTooSoTheRetryGetsTheSameAnswer() {
		String admin = tokenFor(Demo.ADMIN);
		String key = UUID.randomUUID().toString();
		String invalid = "{\"name\":\"\",\"kind\":\"CLIENT\",\"country\":\"FR\",\"timeZone\":\"Europe/Paris\"}";

		var first = api.call("POST", "/api/v1/organizations").token(admin).header("Idempotency-Key", key).json(invalid).send();
		var retry = api.call("POST", "/api/v1/organizations").token(admin).header("Idempotency-Key", key).json(invalid).send();

		assertThat(first.status()).isEqualTo(400);
		assertThat(retry.status()).isEqualTo(400);
		assertThat(retry.text()).isEqualTo(first.text());
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() {
		var response = api.get("/v3/api-docs", null);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("openapi").asString()).startsWith("3.");
		assertThat(response.body().get("paths").has("/api/v1/me")).isTrue();
		assertThat(response.body().get("paths").has("/api/v1/audit/verify")).isTrue();
		assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
	}

	@Test
	void livenessAndReadinessIncludeTheDatabaseAndMetricsAreExported() {
		assertThat(api.get("/actuator/health/liveness", null).body().get("status").asString()).isEqualTo("UP");
		assertThat(api.get("/actuator/health/readiness", null).body().get("status").asString()).isEqualTo("UP");
		var prometheus = api.get("/actuator/prometheus", null);
		assertThat(prometheus.status()).isEqualTo(200);
		assertThat(prometheus.text()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
	}

	@Test
	void pagesAreServedWithSecurityHeaders() {
		var login = api.get("/login", null);

		assertThat(login.status()).isEqualTo(200);
		assertThat(login.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
			.contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline"));
		assertThat(login.header("X-Frame-Options")).contains("DENY");
		assertThat(login.header("X-Content-Type-Options")).contains("nosniff");
		assertThat(login.header("Referrer-Policy")).contains("same-origin");
	}

	private List<String> bodyEndpoints() {
		List<String> endpoints = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/v1") || pattern.equals("/api/v1/tokens")) {
					continue;
				}
				// An endpoint that takes another media type (CSV) answers JSON with 415, tested beside it.
				if (!info.getConsumesCondition().isEmpty() && info.getConsumesCondition().getConsumableMediaTypes()
					.stream().noneMatch(type -> type.includes(org.springframework.http.MediaType.APPLICATION_JSON))) {
					continue;
				}
				// A file upload (a multipart part) takes no JSON at all, and a body taken as raw bytes (an import, JSON
				// or CSV) is parsed by its endpoint after the 404 and 403 checks; their bad input is tested beside them.
				if (java.util.Arrays.stream(method.getMethodParameters())
					.anyMatch(parameter -> parameter.hasParameterAnnotation(
							org.springframework.web.bind.annotation.RequestPart.class)
							|| parameter.getParameterType() == byte[].class)) {
					continue;
				}
				for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
					if (verb == RequestMethod.POST || verb == RequestMethod.PUT || verb == RequestMethod.PATCH) {
						endpoints.add(verb + " " + pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
					}
				}
			}
		});
		return endpoints;
	}

	private String createOrganization(String token, String name) {
		var created = api.post("/api/v1/organizations", token,
				"{\"name\":\"" + name + "\",\"kind\":\"CLIENT\",\"country\":\"FR\",\"timeZone\":\"Europe/Paris\"}");
		assertThat(created.status()).isEqualTo(201);
		return created.body().get("id").asString();
	}

	long organizations() {
		return jdbc.sql("SELECT COUNT(*) FROM organizations").query(Long.class).single();
	}
}
