package org.pilotage.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pilotage.support.Demo;
import org.pilotage.support.WebSession;

/**
 * Staffing on the pages, on each database: the agency staffs and releases from the engagement page (a refusal
 * comes back as a message in the staffing section, nothing saved); the client reads pseudonyms on the mission and
 * its named team on the helpdesk, and no page it can open names a freelancer of the mission; a freelancer reads
 * its own assignment; the planner shows the agency how free its people are.
 */
abstract class StaffingPagesContract extends EngagementTest {

	private static final List<String> FREELANCER_IDENTITY = List.of("Yasmine", "Benali", Demo.FREELANCER, "Andrei",
			"Popescu", Demo.FREELANCER_2, "450.00", "2,400", "2400.00");

	private WebSession signIn(String email) {
		WebSession session = WebSession.signIn(api.base(), email, Demo.PASSWORD);
		assertThat(session.get("/engagements?lang=en").status()).isEqualTo(200);
		return session;
	}

	private UUID demo(String title) {
		return jdbc.sql("SELECT id FROM engagements WHERE title = :title").param("title", title).query(UUID.class).single();
	}

	@Test
	void noPageTheClientOpensNamesTheMissionsFreelancers() {
		UUID mission = demo(Demo.MISSION);
		for (String email : List.of(Demo.CLIENT_ADMIN, Demo.CLIENT_MEMBER, Demo.AUDITOR)) {
			WebSession client = signIn(email);
			WebSession.Page detail = client.get("/engagements/" + mission);

			assertThat(detail.status()).isEqualTo(200);
			assertThat(detail.body()).contains("Developer A", "Developer B", "data-role=\"pseudonym-table\"");
			// the list is left out: other tests' engagements may have a freelancer as the client's direct provider
			for (String path : List.of("/", "/engagements/" + mission, "/engagements/new", "/people",
					"/profile", "/talent/search", "/engagements/planner")) {
				assertThat(DirectContracts.without(client.get(path).body())).as(email + " " + path)
					.doesNotContain(FREELANCER_IDENTITY);
			}
		}
	}

	@Test
	void theClientSeesItsHelpdeskTeamByName() {
		WebSession client = signIn(Demo.CLIENT_MEMBER);
		String page = client.get("/engagements/" + demo(Demo.HELPDESK)).body();

		assertThat(page).contains("data-role=\"team-table\"", Demo.SALMA, Demo.NADIA, "mailto:" + Demo.PROVIDER_AGENT)
			.doesNotContain("data-role=\"staff-form\"", "1800.00", "data-role=\"margin\"");
	}

	@Test
	void theAgencyStaffsAndReleasesFromTheEngagementPage() {
		UUID engagement = create(subcontracting(acme, atlas));
		moveAlong(engagement, "ACTIVE");
		UUID person = jdbc.sql("SELECT id FROM people WHERE display_name = :name").param("name", Demo.OMAR)
			.query(UUID.class).single();
		WebSession manager = signIn(Demo.PROVIDER_MANAGER);
		String page = manager.get("/engagements/" + engagement).body();
		assertThat(page).contains("data-role=\"staff-form\"", Demo.YASMINE);

		WebSession.Page staffed = manager.post("/engagements/" + engagement + "/staffing", Map.of("personId",
				person.toString(), "role", "Senior developer", "allocationPercent", "100", "from", "2026-03-02", "to",
				"2026-03-31"));
		String after = manager.follow(staffed).body();

		assertThat(after).contains("data-role=\"staffing-table\"", Demo.OMAR, "Developer A", "The person is staffed.");

		// Omar is on the helpdesk from April: a staffing into April needs more than he has free
		WebSession.Page refused = manager.post("/engagements/" + engagement + "/staffing", Map.of("personId",
				person.toString(), "role", "Senior developer", "allocationPercent", "50", "from", "2026-03-30", "to",
				"2026-04-10"));
		String message = manager.follow(refused).body();
		assertThat(message).contains("data-role=\"staffing-problem\"", "is 0 % free on 2026-03-30");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM engagement_staffing WHERE engagement_id = :id").param("id", engagement)
			.query(Long.class).single()).isEqualTo(1);

		WebSession.Page bad = manager.post("/engagements/" + engagement + "/staffing",
				Map.of("personId", "", "role", "", "allocationPercent", "lots", "from", "", "to", ""));
		assertThat(manager.follow(bad).body()).contains("data-field=\"personId\"", "data-field=\"role\"",
				"data-field=\"allocationPercent\"");

		String staffingId = jdbc.sql("SELECT id FROM engagement_staffing WHERE engagement_id = :id")
			.param("id", engagement).query(String.class).single();
		WebSession.Page released = manager.post("/engagements/" + engagement + "/staffing/" + staffingId + "/release",
				Map.of());
		assertThat(manager.follow(released).body()).contains("The staffing is released");
	}

	@Test
	void aClientCannotStaff() {
		UUID mission = demo(Demo.MISSION);
		WebSession client = signIn(Demo.CLIENT_ADMIN);
		WebSession.Page refused = client.post("/engagements/" + mission + "/staffing", Map.of("personId",
				UUID.randomUUID().toString(), "role", "x", "allocationPercent", "10", "from", "2026-12-01", "to",
				"2026-12-02"));

		assertThat(client.follow(refused).body()).contains("data-role=\"staffing-problem\"");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM engagement_staffing WHERE engagement_id = :id").param("id", mission)
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aFreelancerSeesItsOwnAssignment() {
		String page = signIn(Demo.FREELANCER).get("/engagements/" + demo(Demo.MISSION)).body();

		assertThat(page).contains("data-role=\"assignment-table\"", "Developer A", "DevOps engineer")
			.doesNotContain("96,000.00", "96000.00", "620.00", Demo.ANDREI, "data-role=\"staff-form\"");
	}

	@Test
	void thePlannerShowsTheAgencyHowFreeItsPeopleAre() {
		WebSession.Page planner = signIn(Demo.PROVIDER_MANAGER).get("/engagements/planner");

		assertThat(planner.status()).isEqualTo(200);
		assertThat(planner.body()).contains("data-role=\"planner\"", Demo.SALMA, Demo.YASMINE, Demo.MISSION,
				Demo.HELPDESK, "data-free=\"0\"", "data-free=\"20\"");
		assertThat(signIn(Demo.CLIENT_ADMIN).get("/engagements/planner").status()).isEqualTo(403);
		assertThat(signIn(Demo.FREELANCER).get("/engagements/planner").status()).isEqualTo(403);
	}
}
