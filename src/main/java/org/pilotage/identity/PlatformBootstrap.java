package org.pilotage.identity;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.pilotage.identity.OrganizationManagement.OrganizationData;
import org.pilotage.identity.UserManagement.NewUser;
import org.pilotage.shared.Jdbc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-off start-up tasks, each recorded in {@code platform_bootstrap} so that it runs once even with
 * several instances starting together: the first platform administrator from
 * {@code PILOTAGE_ADMIN_EMAIL}/{@code PILOTAGE_ADMIN_PASSWORD} on an empty database, and the demo data.
 */
@Component
@Order(10)
class PlatformBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PlatformBootstrap.class);

	static final String DEMO_PASSWORD = "pilotage-demo";

	record DemoLogin(String email, String role) {
	}

	static final List<DemoLogin> DEMO_LOGINS = List.of(new DemoLogin("admin@pilotage.demo", "PLATFORM_ADMIN"),
			new DemoLogin("client.admin@acme.demo", "CLIENT_ADMIN"),
			new DemoLogin("client.member@acme.demo", "CLIENT_MEMBER"),
			new DemoLogin("manager@atlas.demo", "PROVIDER_MANAGER"),
			new DemoLogin("agent@atlas.demo", "PROVIDER_AGENT"),
			new DemoLogin("yasmine@freelance.demo", "FREELANCER"),
			new DemoLogin("andrei@freelance.demo", "FREELANCER"),
			new DemoLogin("auditor@pilotage.demo", "AUDITOR"));

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final OrganizationManagement organizations;
	private final UserManagement users;
	private final Users userTable;
	private final Clock clock;
	private final boolean demo;
	private final String adminEmail;
	private final String adminPassword;

	PlatformBootstrap(JdbcClient jdbc, TransactionTemplate transactions, OrganizationManagement organizations,
			UserManagement users, Users userTable, Clock clock, @Value("${pilotage.demo}") boolean demo,
			@Value("${pilotage.admin.email:}") String adminEmail,
			@Value("${pilotage.admin.password:}") String adminPassword) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.organizations = organizations;
		this.users = users;
		this.userTable = userTable;
		this.clock = clock;
		this.demo = demo;
		this.adminEmail = adminEmail;
		this.adminPassword = adminPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!adminEmail.isBlank() && !adminPassword.isBlank()) {
			once("bootstrap-admin", this::createAdmin);
		}
		if (demo) {
			once("demo-data", this::loadDemo);
		}
		if (userTable.countAll() == 0) {
			log.warn("No user exists. Set PILOTAGE_ADMIN_EMAIL and PILOTAGE_ADMIN_PASSWORD and restart to create "
					+ "the first platform administrator.");
		}
	}

	private void once(String task, Runnable work) {
		try {
			transactions.executeWithoutResult(status -> {
				jdbc.sql("INSERT INTO platform_bootstrap (task, done_at) VALUES (:task, :now)")
					.param("task", task)
					.param("now", Jdbc.utc(clock.instant()))
					.update();
				work.run();
			});
		}
		catch (DuplicateKeyException alreadyDone) {
			log.debug("Start-up task {} already done", task);
		}
	}

	private void createAdmin() {
		if (userTable.countAll() > 0) {
			log.info("Users exist already: PILOTAGE_ADMIN_EMAIL is ignored");
			return;
		}
		users.create(Actor.SYSTEM, new NewUser(adminEmail, "Platform administrator", adminPassword, null, null,
				Role.PLATFORM_ADMIN));
		log.info("Created the first platform administrator {}", adminEmail);
	}

	private void loadDemo() {
		UUID acme = organizations.create(Actor.SYSTEM,
				new OrganizationData("Acme Industries", OrganizationKind.CLIENT, "FR", "Europe/Paris")).id();
		UUID atlas = organizations.create(Actor.SYSTEM,
				new OrganizationData("Atlas Digital Services", OrganizationKind.PROVIDER, "MA", "Africa/Casablanca")).id();
		UUID yasmine = organizations.create(Actor.SYSTEM, new OrganizationData("Yasmine Benali (freelance)",
				OrganizationKind.FREELANCER, "MA", "Africa/Casablanca")).id();
		UUID andrei = organizations.create(Actor.SYSTEM, new OrganizationData("Andrei Popescu (freelance)",
				OrganizationKind.FREELANCER, "RO", "Europe/Bucharest")).id();

		demoUser("admin@pilotage.demo", "Pat Admin", null, Role.PLATFORM_ADMIN, "en");
		demoUser("client.admin@acme.demo", "Claire Martin", acme, Role.CLIENT_ADMIN, "fr");
		demoUser("client.member@acme.demo", "Hugo Bernard", acme, Role.CLIENT_MEMBER, "fr");
		demoUser("manager@atlas.demo", "Karim El Idrissi", atlas, Role.PROVIDER_MANAGER, "fr");
		demoUser("agent@atlas.demo", "Salma Tazi", atlas, Role.PROVIDER_AGENT, "fr");
		demoUser("yasmine@freelance.demo", "Yasmine Benali", yasmine, Role.FREELANCER, "fr");
		demoUser("andrei@freelance.demo", "Andrei Popescu", andrei, Role.FREELANCER, "en");
		UUID auditor = demoUser("auditor@pilotage.demo", "Alex Auditor", null, Role.AUDITOR, "en");
		users.grant(Actor.SYSTEM, acme, auditor, Role.AUDITOR);

		StringBuilder logins = new StringBuilder("Demo data loaded. Sign in at /login with password '")
			.append(DEMO_PASSWORD).append("' and one of:");
		DEMO_LOGINS.forEach(login -> logins.append("\n  ").append(String.format("%-26s %s", login.email(), login.role())));
		log.info(logins.toString());
	}

	private UUID demoUser(String email, String name, @org.jspecify.annotations.Nullable UUID organization, Role role, String locale) {
		return users.create(Actor.SYSTEM, new NewUser(email, name, DEMO_PASSWORD, locale, organization, role)).id();
	}
}
