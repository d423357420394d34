package org.pilotage.engagement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pilotage.identity.Caller;
import org.pilotage.identity.Membership;
import org.pilotage.identity.Role;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which view each caller gets, and what each view can carry once serialised: a freelancer's view has no field
 * for money whatever the engagement holds.
 */
class ShapingViewsForTheCallerTest {

	static final UUID CLIENT = UUID.randomUUID();
	static final UUID PROVIDER = UUID.randomUUID();
	static final UUID FREELANCE = UUID.randomUUID();
	static final UUID ENGAGEMENT = UUID.randomUUID();
	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	final JsonMapper json = JsonMapper.builder().build();

	final Engagement hybrid = new Engagement(ENGAGEMENT, EngagementStatus.ACTIVE,
			new Terms(EngagementKind.HYBRID, CLIENT, PROVIDER, "Run and build", "Everything", "Releases",
					BpoFunction.HELPDESK, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 6, 20),
					90, 30, "EUR", new BigDecimal("500000.00"), new BigDecimal("42000.00"),
					List.of(new Rate("Developer", new BigDecimal("650.00")))),
			Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-02T00:00:00Z"), 3);

	@Test
	void aFreelancersViewHasNoMoneyField() {
		JsonNode view = json.valueToTree(FreelancerEngagementView.of(hybrid, party(CLIENT), party(PROVIDER)));

		assertThat(view.get("audience").asString()).isEqualTo("FREELANCER");
		assertThat(view.get("title").asString()).isEqualTo("Run and build");
		assertThat(view.get("client").get("name").asString()).isEqualTo("client");
		assertThat(names(view)).doesNotContain("budget", "monthlyFee", "rates", "currency", "noticeDays",
				"renewalAlertDays", "renewalAlert", "margin", "staffing");
		// the amounts appear nowhere, ids left aside (a random id may hold "650")
		assertThat(view.toString().replaceAll("\"id\":\"[^\"]*\"", "")).doesNotContain("500000", "42000", "650");
	}

	@Test
	void theClientsViewHasTheContractsTermsAndOnlyPseudonymousStaffing() {
		JsonNode view = json.valueToTree(ClientEngagementView.of(hybrid, party(CLIENT), party(PROVIDER), TODAY));

		assertThat(view.get("budget").decimalValue()).isEqualByComparingTo("500000");
		assertThat(view.get("monthlyFee").decimalValue()).isEqualByComparingTo("42000");
		assertThat(view.get("rates").get(0).get("dayRate").decimalValue()).isEqualByComparingTo("650");
		assertThat(view.get("staffing").isArray()).isTrue();
		assertThat(List.of(ClientEngagementView.PseudonymousStaffing.class.getRecordComponents()))
			.extracting(java.lang.reflect.RecordComponent::getName)
			.containsExactly("pseudonym", "role", "allocationPercent", "from", "to");
	}

	@Test
	void theRenewalAlertStartsItsDaysBeforeTheRenewalDate() {
		assertThat(ProviderEngagementView.of(hybrid, party(CLIENT), party(PROVIDER), LocalDate.of(2026, 5, 20))
			.renewalAlert()).isFalse();
		assertThat(ProviderEngagementView.of(hybrid, party(CLIENT), party(PROVIDER), LocalDate.of(2026, 5, 21))
			.renewalAlert()).isTrue();
		assertThat(ProviderEngagementView.of(hybrid, party(CLIENT), party(PROVIDER), LocalDate.of(2026, 7, 1))
			.renewalAlert()).isTrue();
	}

	@Test
	void eachCallerGetsTheViewOfItsSide() {
		assertThat(audience(caller(null, Role.PLATFORM_ADMIN))).contains(Audience.PROVIDER);
		assertThat(audience(caller(PROVIDER, Role.PROVIDER_AGENT))).contains(Audience.PROVIDER);
		assertThat(audience(caller(PROVIDER, Role.AUDITOR))).contains(Audience.PROVIDER);
		assertThat(audience(caller(CLIENT, Role.CLIENT_MEMBER))).contains(Audience.CLIENT);
		assertThat(audience(caller(CLIENT, Role.AUDITOR))).contains(Audience.CLIENT);
		assertThat(audience(caller(FREELANCE, Role.FREELANCER))).isEmpty();
		assertThat(audience(caller(null, Role.AUDITOR))).isEmpty();
		assertThat(Access.audience(caller(FREELANCE, Role.FREELANCER), ENGAGEMENT, CLIENT, PROVIDER, Set.of(ENGAGEMENT)))
			.contains(Audience.FREELANCER);
	}

	@Test
	void onlyThePartiesAdministratorsChangeAnEngagement() {
		assertThat(Access.mayChange(caller(CLIENT, Role.CLIENT_ADMIN), CLIENT, PROVIDER)).isTrue();
		assertThat(Access.mayChange(caller(PROVIDER, Role.PROVIDER_MANAGER), CLIENT, PROVIDER)).isTrue();
		assertThat(Access.mayChange(caller(PROVIDER, Role.FREELANCER), CLIENT, PROVIDER)).isTrue();
		assertThat(Access.mayChange(caller(CLIENT, Role.CLIENT_MEMBER), CLIENT, PROVIDER)).isFalse();
		assertThat(Access.mayChange(caller(PROVIDER, Role.PROVIDER_AGENT), CLIENT, PROVIDER)).isFalse();
		assertThat(Access.mayChange(caller(CLIENT, Role.AUDITOR), CLIENT, PROVIDER)).isFalse();
		assertThat(Access.mayChange(caller(null, Role.PLATFORM_ADMIN), CLIENT, PROVIDER)).isFalse();
		assertThat(Access.mayChange(caller(PROVIDER, Role.CLIENT_ADMIN), CLIENT, PROVIDER)).isFalse();
	}

	private static java.util.Optional<Audience> audience(Caller caller) {
		return Access.audience(caller, ENGAGEMENT, CLIENT, PROVIDER, Set.of());
	}

	private static Caller caller(UUID organization, Role role) {
		UUID user = UUID.randomUUID();
		return new Caller(user, "someone@example.org", "Someone",
				List.of(new Membership(UUID.randomUUID(), user, organization, role)));
	}

	private static Party party(UUID id) {
		return new Party(id, id.equals(CLIENT) ? "client" : "provider");
	}

	private static List<String> names(JsonNode node) {
		List<String> names = new java.util.ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}
}
