package org.pilotage.engagement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pilotage.identity.OrganizationKind;
import org.pilotage.identity.OrganizationManagement;
import org.pilotage.identity.OrganizationManagement.OrganizationSummary;
import org.pilotage.talent.Allocations;
import org.pilotage.talent.PersonCard;
import org.pilotage.talent.TalentDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two engagements of the demo, one of each way of outsourcing, both between Acme (client) and Atlas
 * (agency): a subcontracting mission staffed with the two freelancers, whom Acme only knows as "Developer A" and
 * "Developer B"; and a BPO helpdesk run by Atlas's named team, with its renewal coming up. Runs after the talent
 * demo data, only on a database without engagements, in one transaction.
 */
@Component
@Order(30)
class EngagementDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(EngagementDemoData.class);

	static final String MISSION = "Kubernetes migration of the order platform";
	static final String HELPDESK = "Acme IT helpdesk, levels 1 and 2";

	private final OrganizationManagement organizations;
	private final TalentDirectory talent;
	private final Allocations allocations;
	private final EngagementStore engagements;
	private final StaffingStore staffing;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final boolean demo;

	EngagementDemoData(OrganizationManagement organizations, TalentDirectory talent, Allocations allocations,
			EngagementStore engagements, StaffingStore staffing, JdbcClient jdbc, TransactionTemplate transactions,
			Clock clock, @Value("${pilotage.demo}") boolean demo) {
		this.organizations = organizations;
		this.talent = talent;
		this.allocations = allocations;
		this.engagements = engagements;
		this.staffing = staffing;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo || jdbc.sql("SELECT COUNT(*) FROM engagements").query(Long.class).single() > 0) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> load());
		}
		catch (DataIntegrityViolationException concurrentStart) {
			log.info("The engagement demo data was loaded by another instance");
		}
	}

	private void load() {
		Map<String, UUID> byName = organizations.directory(EnumSet.allOf(OrganizationKind.class))
			.stream()
			.collect(Collectors.toMap(OrganizationSummary::name, OrganizationSummary::id, (a, b) -> a));
		UUID acme = byName.get("Acme Industries");
		UUID atlas = byName.get("Atlas Digital Services");
		if (acme == null || atlas == null) {
			log.info("The demo organizations are missing: no engagement demo data loaded");
			return;
		}
		Map<String, PersonCard> pool = talent.poolOf(atlas)
			.stream()
			.collect(Collectors.toMap(PersonCard::displayName, Function.identity(), (a, b) -> a));

		UUID mission = engagement(new Terms(EngagementKind.SUBCONTRACTING, acme, atlas, MISSION,
				"Move the order platform from virtual machines to Kubernetes on AWS: infrastructure as code, CI/CD "
						+ "pipelines, observability, and the data pipelines that feed the order analytics.",
				"Terraform modules and runbooks; Helm charts and pipelines; migrated data pipelines; handover "
						+ "workshop.",
				null, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31), null, 30, 30, "EUR",
				new BigDecimal("96000.00"), null,
				List.of(new Rate("DevOps engineer", new BigDecimal("620.00")),
						new Rate("Data engineer", new BigDecimal("580.00")))),
				new ExitPlan(false, null, 10, null, null, clock.instant(), 0));
		staff(mission, pool, "Yasmine Benali", "DevOps engineer", 80, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31));
		staff(mission, pool, "Andrei Popescu", "Data engineer", 50, LocalDate.of(2026, 11, 2), LocalDate.of(2027, 2, 26));

		UUID helpdesk = engagement(new Terms(EngagementKind.BPO, acme, atlas, HELPDESK,
				"Level 1 and 2 support for Acme's 1,200 employees in French and English: incidents, service "
						+ "requests, workstation and account administration, from Casablanca on Paris hours.",
				null, BpoFunction.HELPDESK, LocalDate.of(2026, 4, 1), null, LocalDate.of(2027, 4, 1), 90, 150, "EUR", null,
				new BigDecimal("18500.00"),
				List.of(new Rate("Helpdesk agent", new BigDecimal("260.00")),
						new Rate("Team lead", new BigDecimal("390.00")))),
				new ExitPlan(true, "CSV and JSON export of tickets, knowledge articles and asset inventory", 90,
						LocalDate.of(2026, 5, 12), "Acme's internal service desk, or a successor chosen by tender",
						clock.instant(), 0));
		LocalDate start = LocalDate.of(2026, 4, 1);
		LocalDate until = LocalDate.of(2027, 6, 30);
		staff(helpdesk, pool, "Nadia Berrada", "Team lead", 50, start, until);
		staff(helpdesk, pool, "Salma Tazi", "Helpdesk agent", 100, start, until);
		staff(helpdesk, pool, "Omar Alaoui", "Helpdesk agent", 100, start, until);
		staff(helpdesk, pool, "Youssef Amrani", "Helpdesk agent", 100, start, until);
		log.info("Engagement demo data loaded: a subcontracting mission and a BPO helpdesk between Acme and Atlas");
	}

	private UUID engagement(Terms terms, ExitPlan plan) {
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		engagements.insert(new Engagement(id, EngagementStatus.ACTIVE, terms, now, now, 1));
		engagements.insertExitPlan(id, now);
		engagements.updateExitPlan(id, 0, plan);
		engagements.insertHistory(id, null, EngagementStatus.DRAFT, null, null, "system", now);
		engagements.insertHistory(id, EngagementStatus.DRAFT, EngagementStatus.ACTIVE, null, null, "system", now);
		return id;
	}

	private void staff(UUID engagement, Map<String, PersonCard> pool, String name, String role, int allocation,
			LocalDate from, LocalDate to) {
		PersonCard person = pool.get(name);
		if (person == null) {
			log.info("Demo person {} is missing: not staffed", name);
			return;
		}
		Instant now = clock.instant();
		Staffing row = new Staffing(UUID.randomUUID(), engagement, person.id(), role, allocation, from, to,
				staffing.letterOf(engagement, person.id()), now, now, 0);
		staffing.insert(row);
		allocations.allocate(row.id(), person.id(), from, to, allocation);
	}
}
