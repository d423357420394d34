package org.pilotage.engagement;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees what of an engagement between Acme (client) and Atlas (agency), on each database, through every
 * endpoint: the parties' readers read their view and may not write (403, nothing changes); auditors attached to
 * a party read that party's view; a freelancer not staffed, an unattached auditor and the members of other
 * organizations get 404 everywhere, exactly as for an id that does not exist.
 */
abstract class EngagementVisibilityContract extends EngagementTest {

	private UUID engagement;

	private UUID document;

	@BeforeEach
	void anEngagementWithADocument() {
		engagement = create(subcontracting(acme, atlas));
		Api.Response uploaded = Uploads.send(api, token(Demo.CLIENT_ADMIN), engagement, "contract.txt", "text/plain",
				"Contract of the ERP migration".getBytes(StandardCharsets.UTF_8));
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		document = UUID.fromString(uploaded.body().get("id").asString());
	}

	@Test
	void theClientsMembersGetTheClientViewWithTheContractsTerms() {
		JsonNode view = api.get("/api/v1/engagements/" + engagement, token(Demo.CLIENT_MEMBER)).body();

		assertThat(view.get("audience").asString()).isEqualTo("CLIENT");
		assertThat(view.get("budget").decimalValue()).isEqualByComparingTo("180000");
		assertThat(view.get("rates")).hasSize(2);
		assertThat(view.get("provider").get("name").asString()).isEqualTo(Demo.ATLAS);
		assertThat(view.get("staffing")).isEmpty();
	}

	@Test
	void theAgencysMembersGetTheProviderView() {
		for (String email : List.of(Demo.PROVIDER_MANAGER, Demo.PROVIDER_AGENT)) {
			JsonNode view = api.get("/api/v1/engagements/" + engagement, token(email)).body();

			assertThat(view.get("audience").asString()).as(email).isEqualTo("PROVIDER");
			assertThat(view.get("budget").decimalValue()).isEqualByComparingTo("180000");
			assertThat(view.get("staffing")).isEmpty();
		}
	}

	@Test
	void thePlatformAdministratorReadsEverythingButChangesNothing() {
		String admin = token(Demo.ADMIN);

		assertThat(api.get("/api/v1/engagements/" + engagement, admin).body().get("audience").asString())
			.isEqualTo("PROVIDER");
		assertReadsEverySubResource(admin);
		assertEveryWriteIsForbidden(admin);
	}

	@Test
	void readersOfBothPartiesReadEverySubResourceButCannotWrite() {
		for (String email : List.of(Demo.CLIENT_MEMBER, Demo.PROVIDER_AGENT)) {
			assertReadsEverySubResource(token(email));
			assertEveryWriteIsForbidden(token(email));
		}
	}

	@Test
	void anAuditorAttachedToAPartyReadsThatPartysViewAndChangesNothing() {
		String admin = token(Demo.ADMIN);
		String clientAuditor = Tenant.attachedAuditor(api, admin, acme);
		String providerAuditor = Tenant.attachedAuditor(api, admin, atlas);

		assertThat(api.get("/api/v1/engagements/" + engagement, clientAuditor).body().get("audience").asString())
			.isEqualTo("CLIENT");
		assertThat(api.get("/api/v1/engagements/" + engagement, token(Demo.AUDITOR)).body().get("audience").asString())
			.as("the demo auditor is attached to Acme").isEqualTo("CLIENT");
		assertThat(api.get("/api/v1/engagements/" + engagement, providerAuditor).body().get("audience").asString())
			.isEqualTo("PROVIDER");
		for (String auditor : List.of(clientAuditor, providerAuditor)) {
			assertThat(texts(api.get("/api/v1/engagements?size=200", auditor).body().get("items"), "id"))
				.contains(engagement.toString());
			assertReadsEverySubResource(auditor);
			assertEveryWriteIsForbidden(auditor);
		}
	}

	@Test
	void outsidersGetNotFoundOnEveryEndpointAsForAnUnknownId() {
		String admin = token(Demo.ADMIN);
		Tenant otherClient = Tenant.create(api, admin, "CLIENT", "CLIENT_ADMIN");
		Tenant otherProvider = Tenant.create(api, admin, "PROVIDER", "PROVIDER_MANAGER");
		String auditorOfAnotherClient = Tenant.attachedAuditor(api, admin, otherClient.id());
		List<String> outsiders = List.of(otherClient.token(api), otherProvider.token(api), auditorOfAnotherClient,
				Tenant.platformAuditor(api, admin), token(Demo.FREELANCER));

		for (String outsider : outsiders) {
			for (Api.Response answer : everyEndpoint(outsider, engagement, document)) {
				assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
				assertThat(answer.isProblem()).isTrue();
				assertThat(answer.body().get("code").asString()).isEqualTo("not-found");
				assertThat(answer.text()).doesNotContain("ERP", Demo.ACME, Demo.ATLAS, "180000");
			}
			assertThat(texts(api.get("/api/v1/engagements?size=200", outsider).body().get("items"), "id"))
				.doesNotContain(engagement.toString());
		}
		List<String> forHidden = everyEndpoint(otherClient.token(api), engagement, document).stream()
			.map(answer -> answer.body().get("detail").asString()).toList();
		List<String> forUnknown = everyEndpoint(otherClient.token(api), UUID.randomUUID(), UUID.randomUUID()).stream()
			.map(answer -> answer.body().get("detail").asString()).toList();
		assertThat(forHidden).isEqualTo(forUnknown);
		assertUnchanged();
	}

	@Test
	void anotherClientsEngagementsStayWithItAndItsProvider() {
		String admin = token(Demo.ADMIN);
		Tenant otherClient = Tenant.create(api, admin, "CLIENT", "CLIENT_ADMIN");
		Tenant otherProvider = Tenant.create(api, admin, "PROVIDER", "PROVIDER_MANAGER");
		UUID theirs = create(otherClient.token(api), bpo(otherClient.id(), otherProvider.id()));

		assertThat(api.get("/api/v1/engagements/" + theirs, otherProvider.token(api)).status()).isEqualTo(200);
		for (String email : List.of(Demo.CLIENT_ADMIN, Demo.CLIENT_MEMBER, Demo.PROVIDER_MANAGER, Demo.FREELANCER)) {
			assertThat(api.get("/api/v1/engagements/" + theirs, token(email)).status()).as(email).isEqualTo(404);
			assertThat(texts(api.get("/api/v1/engagements?size=200", token(email)).body().get("items"), "id"))
				.as(email).doesNotContain(theirs.toString());
		}
		assertThat(texts(api.get("/api/v1/engagements?size=200", otherClient.token(api)).body().get("items"), "id"))
			.containsExactly(theirs.toString());
	}

	@Test
	void aFreelancerNotStaffedOnAnEngagementDoesNotSeeIt() {
		JsonNode page = api.get("/api/v1/engagements?size=200", token(Demo.FREELANCER)).body();

		assertThat(texts(page.get("items"), "id")).doesNotContain(engagement.toString());
		assertThat(texts(page.get("items"), "audience")).containsOnly("FREELANCER");
		assertThat(page.get("totalElements").asLong()).isEqualTo(page.get("items").size());
		assertThat(api.get("/api/v1/engagements/" + engagement, token(Demo.FREELANCER)).status()).isEqualTo(404);
	}

	@Test
	void aFreelancersOwnOrganizationCanBeTheProviderAndThenActsAsTheAgency() {
		// Andrei contracts directly; Yasmine stays a freelancer who is party to nothing, for the test above.
		UUID andrei = organization("Andrei Popescu (freelance)");
		UUID direct = create(token(Demo.FREELANCER_2), subcontracting(acme, andrei));

		JsonNode view = api.get("/api/v1/engagements/" + direct, token(Demo.FREELANCER_2)).body();

		assertThat(view.get("audience").asString()).isEqualTo("PROVIDER");
		assertThat(move(token(Demo.FREELANCER_2), direct, "ACTIVE", null).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/engagements/" + direct, token(Demo.FREELANCER)).status()).isEqualTo(404);
	}

	private void assertReadsEverySubResource(String token) {
		String base = "/api/v1/engagements/" + engagement;
		for (String path : List.of(base, base + "/history", base + "/exit-plan", base + "/documents",
				base + "/documents/" + document)) {
			Api.Response answer = api.get(path, token);
			assertThat(answer.status()).as(path + " " + answer).isEqualTo(200);
		}
	}

	private void assertEveryWriteIsForbidden(String token) {
		String base = "/api/v1/engagements/" + engagement;
		List<Api.Response> writes = List.of(
				api.call("PUT", base).token(token).header("If-Match", "\"0\"").json(subcontracting(acme, atlas)).send(),
				api.post(base + "/status", token, "{\"status\":\"ACTIVE\"}"),
				api.call("PUT", base + "/exit-plan").token(token).header("If-Match", "\"0\"").json("{\"planOnFile\":true}")
					.send(),
				Uploads.send(api, token, engagement, "more.txt", "text/plain", "more".getBytes(StandardCharsets.UTF_8)),
				api.call("DELETE", base + "/documents/" + document).token(token).send());
		for (Api.Response answer : writes) {
			assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
			assertThat(answer.body().get("code").asString()).isEqualTo("forbidden");
		}
		assertUnchanged();
	}

	private List<Api.Response> everyEndpoint(String token, UUID id, UUID documentId) {
		String base = "/api/v1/engagements/" + id;
		return List.of(api.get(base, token), api.get(base + "/history", token), api.get(base + "/exit-plan", token),
				api.get(base + "/documents", token), api.get(base + "/documents/" + documentId, token),
				api.call("PUT", base).token(token).header("If-Match", "\"0\"").json(subcontracting(acme, atlas)).send(),
				api.post(base + "/status", token, "{\"status\":\"CLOSED\"}"),
				api.call("PUT", base + "/exit-plan").token(token).header("If-Match", "\"0\"").json("{\"planOnFile\":true}")
					.send(),
				Uploads.send(api, token, id, "more.txt", "text/plain", "more".getBytes(StandardCharsets.UTF_8)),
				api.call("DELETE", base + "/documents/" + documentId).token(token).send());
	}

	private void assertUnchanged() {
		assertThat(storedStatus(engagement)).isEqualTo("DRAFT");
		assertThat(storedVersion(engagement)).isZero();
		assertThat(jdbc.sql("SELECT version FROM exit_plans WHERE engagement_id = :id").param("id", engagement)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM engagement_documents WHERE engagement_id = :id")
			.param("id", engagement).query(Long.class).single()).isOne();
	}
}
