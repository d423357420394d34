package org.pilotage.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills a PostgreSQL database, on which the application has run once (schema and demo data), with a realistic
 * work-tracking data set: client and provider organizations with their users and people, 50 active engagements
 * among them and the demo ones, each staffed, then by default 1,000,000 work items with 5 timeline events each,
 * their comments (some internal) and their requester as watcher. Rows go in through COPY, a batch per
 * transaction; the same seed and arguments give the same rows. Writes only the tables' plain columns, so columns
 * the database computes (full-text vectors) are filled by it. Usage (README.md):
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.pilotage.bench.WorkDataGenerator \
 *     --url=jdbc:postgresql://127.0.0.1:5432/pilotage_bench --user=root [--items=1000000] [--seed=42]
 * </pre>
 */
public final class WorkDataGenerator {

	static final int ENGAGEMENTS = 50;
	static final int EVENTS_PER_ITEM = 5;
	private static final int BATCH = 20_000;
	private static final Instant DEFAULT_UNTIL = Instant.parse("2026-11-29T00:00:00Z");
	private static final Duration SPAN = Duration.ofDays(730);
	private static final String DEMO_PASSWORD_OF = "manager@atlas.demo";

	record Person(UUID personId, UUID userId, String email) {
	}

	record Org(UUID id, String name, boolean french, List<Person> users, List<Person> people) {
	}

	record Engagement(UUID id, String kind, Org client, Org provider, boolean french, List<Person> staffed,
			Person manager, int items) {
	}

	private final SplittableRandom random;
	private final Instant until;
	private final Instant setupAt;

	WorkDataGenerator(long seed, Instant until) {
		this.random = new SplittableRandom(seed);
		this.until = until;
		this.setupAt = until.minus(SPAN).minus(Duration.ofDays(30));
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		String url = options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/pilotage_bench");
		int items = Integer.parseInt(options.getOrDefault("items", "1000000"));
		long seed = Long.parseLong(options.getOrDefault("seed", "42"));
		Instant until = Instant.parse(options.getOrDefault("until", DEFAULT_UNTIL.toString()));
		long started = System.nanoTime();
		try (Connection db = DriverManager.getConnection(url, options.getOrDefault("user", "root"),
				options.getOrDefault("password", ""))) {
			new WorkDataGenerator(seed, until).generate(db, items);
		}
		System.out.printf("Done in %.1f s%n", (System.nanoTime() - started) / 1e9);
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("Arguments are --name=value: " + arg);
			}
			options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		return options;
	}

	void generate(Connection db, int totalItems) throws SQLException, IOException {
		if (count(db, "SELECT COUNT(*) FROM engagements") == 0) {
			throw new IllegalStateException("Run the application once on this database first (schema and demo data)");
		}
		if (count(db, "SELECT COUNT(*) FROM work_items") > 1_000) {
			throw new IllegalStateException("The database already holds generated work; start from a fresh database");
		}
		db.setAutoCommit(false);
		long t0 = System.nanoTime();
		List<Engagement> engagements = setUp(db, totalItems);
		db.commit();
		System.out.printf("Organizations, users, people and %d engagements in %.1f s%n", engagements.size(),
				(System.nanoTime() - t0) / 1e9);
		CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
		long written = 0;
		long t1 = System.nanoTime();
		for (Engagement engagement : engagements) {
			written += items(db, copy, engagement);
			System.out.printf("%,d items (%.0f s)%n", written, (System.nanoTime() - t1) / 1e9);
		}
		db.setAutoCommit(true);
		long t2 = System.nanoTime();
		try (Statement statement = db.createStatement()) {
			for (String table : List.of("work_items", "work_item_events", "work_comments", "work_watchers")) {
				statement.execute("VACUUM ANALYZE " + table);
			}
		}
		System.out.printf("Items, events, comments, watchers copied in %.1f s; VACUUM ANALYZE in %.1f s%n",
				(t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);
	}

	// Organizations, users, people, engagements, staffing

	private List<Engagement> setUp(Connection db, int totalItems) throws SQLException {
		String passwordHash = string(db, "SELECT password_hash FROM users WHERE email = ?", DEMO_PASSWORD_OF);
		Org acme = demoOrg(db, "CLIENT", "acme.demo", true);
		Org atlas = demoOrg(db, "PROVIDER", "atlas.demo", true);
		List<Person> freelancers = demoFreelancers(db);
		List<Org> clients = new ArrayList<>(List.of(acme));
		String[][] clientNames = { { "Banque Rivage", "fr" }, { "Nordlys Retail", "en" }, { "Mutuelle Horizon", "fr" },
				{ "Helios Energy", "en" }, { "Transports Azur", "fr" }, { "Kestrel Logistics", "en" },
				{ "Clinique Saint-Roch", "fr" }, { "Orbis Insurance", "en" }, { "Collectivité Val-de-Loue", "fr" } };
		for (String[] name : clientNames) {
			clients.add(newOrg(db, "CLIENT", name[0], name[1].equals("fr"), 4, false, passwordHash));
		}
		List<Org> providers = new ArrayList<>(List.of(atlas));
		String[][] providerNames = { { "Sahel Digital Services", "fr" }, { "Carpathia IT", "en" },
				{ "Océan Indien Infogérance", "fr" } };
		for (String[] name : providerNames) {
			providers.add(newOrg(db, "PROVIDER", name[0], name[1].equals("fr"), 12, true, passwordHash));
		}
		addPeople(db, atlas, 10, passwordHash);

		// Sizes follow a power law (the largest engagement has about a tenth of the items); the largest goes to
		// the demo provider and Acme, so the demo manager and client meet the worst case.
		double[] weights = new double[ENGAGEMENTS];
		double sum = 0;
		for (int i = 0; i < ENGAGEMENTS; i++) {
			weights[i] = 1 / Math.pow(i + 1, 0.8);
			sum += weights[i];
		}
		List<Engagement> engagements = new ArrayList<>();
		int assigned = 0;
		String[] kinds = { "BPO", "BPO", "HYBRID", "SUBCONTRACTING", "BPO", "HYBRID", "SUBCONTRACTING", "BPO", "HYBRID",
				"SUBCONTRACTING" };
		for (int i = 0; i < ENGAGEMENTS; i++) {
			int items = i == ENGAGEMENTS - 1 ? totalItems - assigned : (int) Math.round(totalItems * weights[i] / sum);
			assigned += items;
			Org provider = i % 4 == 0 ? atlas : providers.get(1 + random.nextInt(providers.size() - 1));
			Org client = i % 6 == 0 ? acme : clients.get(1 + random.nextInt(clients.size() - 1));
			String kind = kinds[i % kinds.length];
			List<Person> staffed = new ArrayList<>();
			List<Person> pool = new ArrayList<>(provider.people());
			int size = 4 + random.nextInt(5);
			for (int k = 0; k < size && !pool.isEmpty(); k++) {
				staffed.add(pool.remove(random.nextInt(pool.size())));
			}
			if (!kind.equals("BPO") && random.nextInt(3) == 0) {
				staffed.add(freelancers.get(random.nextInt(freelancers.size())));
			}
			Engagement engagement = new Engagement(uuid(), kind, client, provider,
					client.french() && random.nextInt(5) != 0, staffed, provider.users().get(0), items);
			insertEngagement(db, engagement, i);
			engagements.add(engagement);
		}
		return engagements;
	}

	private Org demoOrg(Connection db, String kind, String domain, boolean french) throws SQLException {
		List<Person> users = new ArrayList<>();
		UUID org = null;
		String name = null;
		try (PreparedStatement query = db.prepareStatement("""
				SELECT o.id AS org, o.name, u.id AS usr, u.email, p.id AS person FROM organizations o
				  JOIN memberships m ON m.organization_id = o.id JOIN users u ON u.id = m.user_id
				  LEFT JOIN people p ON p.user_id = u.id
				 WHERE o.kind = ? AND u.email LIKE ? ORDER BY m.role DESC, u.email""")) {
			query.setString(1, kind);
			query.setString(2, "%@" + domain);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					org = rs.getObject("org", UUID.class);
					name = rs.getString("name");
					users.add(new Person(rs.getObject("person", UUID.class), rs.getObject("usr", UUID.class),
							rs.getString("email")));
				}
			}
		}
		if (org == null) {
			throw new IllegalStateException("No demo organization with users @" + domain + ": is the demo data there?");
		}
		// the provider manager first: the one who assigns
		users.sort((a, b) -> Boolean.compare(a.email().startsWith("manager"), b.email().startsWith("manager")) * -1);
		List<Person> people = new ArrayList<>();
		try (PreparedStatement query = db.prepareStatement(
				"SELECT p.id, p.user_id, COALESCE(u.email, p.email) AS email FROM people p LEFT JOIN users u ON u.id = p.user_id WHERE p.organization_id = ? ORDER BY p.display_name")) {
			query.setObject(1, org);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					people.add(new Person(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
							rs.getString("email")));
				}
			}
		}
		return new Org(org, name, french, users, people);
	}

	private static List<Person> demoFreelancers(Connection db) throws SQLException {
		List<Person> people = new ArrayList<>();
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(
				"SELECT p.id, p.user_id, p.email FROM people p WHERE p.freelancer_org_id IS NOT NULL AND p.user_id IS NOT NULL ORDER BY p.email")) {
			while (rs.next()) {
				people.add(new Person(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
						rs.getString("email")));
			}
		}
		return people;
	}

	private Org newOrg(Connection db, String kind, String name, boolean french, int members, boolean provider,
			String passwordHash) throws SQLException {
		UUID id = uuid();
		Timestamp at = Timestamp.from(setupAt);
		try (PreparedStatement insert = db.prepareStatement("""
				INSERT INTO organizations (id, kind, name, name_key, country, time_zone, created_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)""")) {
			insert.setObject(1, id);
			insert.setString(2, kind);
			insert.setString(3, name);
			insert.setString(4, name.toLowerCase(java.util.Locale.ROOT));
			insert.setString(5, french ? "FR" : "GB");
			insert.setString(6, french ? "Europe/Paris" : "Europe/London");
			insert.setTimestamp(7, at);
			insert.setTimestamp(8, at);
			insert.executeUpdate();
		}
		try (PreparedStatement insert = db.prepareStatement("""
				INSERT INTO party_profiles (organization_id, zone, work_start, work_end, languages, contacts_json,
				       updated_at, version) VALUES (?, ?, '09:00', '18:00', ?, '[]', ?, 0)""")) {
			insert.setObject(1, id);
			insert.setString(2, french ? "Europe/Paris" : "Europe/London");
			insert.setString(3, french ? "fr,en" : "en");
			insert.setTimestamp(4, at);
			insert.executeUpdate();
		}
		Org org = new Org(id, name, french, new ArrayList<>(), new ArrayList<>());
		String domain = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-") + ".bench";
		if (provider) {
			org.users().add(newUser(db, org, "manager@" + domain, "PROVIDER_MANAGER", false, passwordHash));
			addPeople(db, org, members, passwordHash);
		}
		else {
			org.users().add(newUser(db, org, "admin@" + domain, "CLIENT_ADMIN", false, passwordHash));
			for (int i = 1; i < members; i++) {
				org.users().add(newUser(db, org, "member" + i + "@" + domain, "CLIENT_MEMBER", false, passwordHash));
			}
		}
		return org;
	}

	private void addPeople(Connection db, Org org, int count, String passwordHash) throws SQLException {
		String domain = org.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-") + ".bench";
		for (int i = 1; i <= count; i++) {
			org.people().add(newUser(db, org, "agent" + i + "@" + domain, "PROVIDER_AGENT", true, passwordHash));
		}
	}

	private Person newUser(Connection db, Org org, String email, String role, boolean person, String passwordHash)
			throws SQLException {
		UUID user = uuid();
		Timestamp at = Timestamp.from(setupAt);
		String name = Character.toUpperCase(email.charAt(0)) + email.substring(1, email.indexOf('@')) + " "
				+ org.name().split(" ")[0];
		try (PreparedStatement insert = db.prepareStatement("""
				INSERT INTO users (id, email, display_name, password_hash, locale, enabled, failed_logins, created_at,
				       updated_at, version) VALUES (?, ?, ?, ?, ?, TRUE, 0, ?, ?, 0)""")) {
			insert.setObject(1, user);
			insert.setString(2, email);
			insert.setString(3, name);
			insert.setString(4, passwordHash);
			insert.setString(5, org.french() ? "fr" : "en");
			insert.setTimestamp(6, at);
			insert.setTimestamp(7, at);
			insert.executeUpdate();
		}
		try (PreparedStatement insert = db.prepareStatement(
				"INSERT INTO memberships (id, user_id, organization_id, role, created_at) VALUES (?, ?, ?, ?, ?)")) {
			insert.setObject(1, uuid());
			insert.setObject(2, user);
			insert.setObject(3, org.id());
			insert.setString(4, role);
			insert.setTimestamp(5, at);
			insert.executeUpdate();
		}
		UUID personId = null;
		if (person) {
			personId = uuid();
			try (PreparedStatement insert = db.prepareStatement("""
					INSERT INTO people (id, organization_id, user_id, display_name, email, seniority, day_rate, currency,
					       zone, work_start, work_end, languages, certifications, listed, active, version, created_at,
					       updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, 'EUR', ?, '09:00', '18:00', ?, '[]', TRUE, TRUE, 0, ?, ?)""")) {
				insert.setObject(1, personId);
				insert.setObject(2, org.id());
				insert.setObject(3, user);
				insert.setString(4, name);
				insert.setString(5, email);
				insert.setString(6, WorkVocabulary.pick(random, new String[] { "JUNIOR", "CONFIRMED", "SENIOR", "LEAD" }));
				insert.setBigDecimal(7, java.math.BigDecimal.valueOf(250 + 50 * random.nextInt(10)));
				insert.setString(8, org.french() ? "Europe/Paris" : "Europe/London");
				insert.setString(9, org.french() ? "fr,en" : "en");
				insert.setTimestamp(10, at);
				insert.setTimestamp(11, at);
				insert.executeUpdate();
			}
		}
		return new Person(personId, user, email);
	}

	private void insertEngagement(Connection db, Engagement e, int index) throws SQLException {
		Timestamp at = Timestamp.from(setupAt);
		LocalDate start = LocalDate.ofInstant(setupAt, ZoneOffset.UTC);
		boolean mission = !e.kind().equals("BPO");
		boolean function = !e.kind().equals("SUBCONTRACTING");
		String title = (e.french() ? "Contrat " : "Contract ") + String.format("%02d", index + 1) + " — "
				+ e.client().name() + (function ? (e.french() ? " : infogérance" : ": managed services")
						: (e.french() ? " : projet applicatif" : ": application project"));
		try (PreparedStatement insert = db.prepareStatement("""
				INSERT INTO engagements (id, kind, status, client_org_id, provider_org_id, title, scope,
				       deliverables_summary, bpo_function, start_date, end_date, renewal_date, notice_days,
				       renewal_alert_days, currency, budget, monthly_fee, created_at, updated_at, version)
				VALUES (?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 60, 'EUR', ?, ?, ?, ?, 1)""")) {
			insert.setObject(1, e.id());
			insert.setString(2, e.kind());
			insert.setObject(3, e.client().id());
			insert.setObject(4, e.provider().id());
			insert.setString(5, title);
			insert.setString(6, "Generated for the work-tracking benchmark.");
			insert.setString(7, mission ? "Releases every two weeks." : null);
			insert.setString(8, function ? WorkVocabulary.pick(random, new String[] { "IT_SUPPORT", "HELPDESK",
					"SYSTEM_MAINTENANCE", "APPLICATION_MAINTENANCE", "SECURITY_OPERATIONS" }) : null);
			insert.setObject(9, start);
			insert.setObject(10, mission ? start.plusYears(3) : null);
			insert.setObject(11, function ? start.plusYears(3) : null);
			insert.setObject(12, function ? 90 : null);
			insert.setBigDecimal(13, mission ? java.math.BigDecimal.valueOf(900_000) : null);
			insert.setBigDecimal(14, function ? java.math.BigDecimal.valueOf(45_000) : null);
			insert.setTimestamp(15, at);
			insert.setTimestamp(16, at);
			insert.executeUpdate();
		}
		try (PreparedStatement insert = db.prepareStatement("""
				INSERT INTO exit_plans (engagement_id, plan_on_file, updated_at, version) VALUES (?, FALSE, ?, 0)""")) {
			insert.setObject(1, e.id());
			insert.setTimestamp(2, at);
			insert.executeUpdate();
		}
		try (PreparedStatement insert = db.prepareStatement("""
				INSERT INTO engagement_status_history (id, engagement_id, from_status, to_status, actor_id, actor, at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
			String[][] steps = { { null, "DRAFT" }, { "DRAFT", "ACTIVE" } };
			for (String[] step : steps) {
				insert.setObject(1, uuid());
				insert.setObject(2, e.id());
				insert.setString(3, step[0]);
				insert.setString(4, step[1]);
				insert.setObject(5, e.client().users().get(0).userId());
				insert.setString(6, e.client().users().get(0).email());
				insert.setTimestamp(7, at);
				insert.addBatch();
			}
			insert.executeBatch();
		}
		int letter = 0;
		for (Person person : e.staffed()) {
			UUID staffing = uuid();
			try (PreparedStatement insert = db.prepareStatement("""
					INSERT INTO engagement_staffing (id, engagement_id, person_id, role, allocation_percent, from_date,
					       to_date, created_at, updated_at, version) VALUES (?, ?, ?, ?, 20, ?, ?, ?, ?, 0)""")) {
				insert.setObject(1, staffing);
				insert.setObject(2, e.id());
				insert.setObject(3, person.personId());
				insert.setString(4, e.french() ? "Technicien support" : "Support engineer");
				insert.setObject(5, start);
				insert.setObject(6, start.plusYears(3));
				insert.setTimestamp(7, at);
				insert.setTimestamp(8, at);
				insert.executeUpdate();
			}
			try (PreparedStatement insert = db.prepareStatement(
					"INSERT INTO engagement_pseudonyms (engagement_id, person_id, letter_index) VALUES (?, ?, ?)")) {
				insert.setObject(1, e.id());
				insert.setObject(2, person.personId());
				insert.setInt(3, letter++);
				insert.executeUpdate();
			}
			try (PreparedStatement insert = db.prepareStatement("""
					INSERT INTO talent_allocations (staffing_id, person_id, from_date, to_date, allocation_percent)
					VALUES (?, ?, ?, ?, 20)""")) {
				insert.setObject(1, staffing);
				insert.setObject(2, person.personId());
				insert.setObject(3, start);
				insert.setObject(4, start.plusYears(3));
				insert.executeUpdate();
			}
		}
	}

	// Work items

	/** Writes the engagement's items in batches, one transaction each; returns how many. */
	private int items(Connection db, CopyManager copy, Engagement e) throws SQLException, IOException {
		long[] created = new long[e.items()];
		long from = until.minus(SPAN).getEpochSecond();
		long span = SPAN.getSeconds() - 3600;
		for (int i = 0; i < created.length; i++) {
			created[i] = from + (long) (random.nextDouble() * span);
		}
		Arrays.sort(created);
		Rows rows = new Rows();
		for (int i = 0; i < created.length; i++) {
			item(rows, e, i + 1, created[i]);
			if ((i + 1) % BATCH == 0 || i == created.length - 1) {
				rows.copy(copy);
				db.commit();
				rows = new Rows();
			}
		}
		return created.length;
	}

	/** COPY text rows of one batch, table by table. */
	static final class Rows {

		final StringBuilder items = new StringBuilder(1 << 20);
		final StringBuilder events = new StringBuilder(1 << 22);
		final StringBuilder comments = new StringBuilder(1 << 20);
		final StringBuilder watchers = new StringBuilder(1 << 18);

		void copy(CopyManager copy) throws SQLException, IOException {
			copy.copyIn("COPY work_items (id, engagement_id, number, type, ticket_type, impact, urgency, priority, "
					+ "category, title, description, status, assignee_person_id, requester_user_id, requester_label, "
					+ "due_date, acceptance_criteria, submissions, created_at, updated_at, version) FROM STDIN",
					new StringReader(items.toString()));
			copy.copyIn("COPY work_item_events (id, item_id, sequence, kind, actor_id, actor_label, at, internal, data) "
					+ "FROM STDIN", new StringReader(events.toString()));
			copy.copyIn("COPY work_comments (id, item_id, author_id, author_label, body, visibility, at) FROM STDIN",
					new StringReader(comments.toString()));
			copy.copyIn("COPY work_watchers (item_id, user_id, user_label, since) FROM STDIN",
					new StringReader(watchers.toString()));
		}
	}

	private static final String[] LEVELS = { "HIGH", "MEDIUM", "LOW" };

	/** The status an item of this age has reached: almost all old items are closed, a backlog is recent. */
	String status(double ageDays) {
		double closed = ageDays > 30 ? 0.985 : 0.1 + 0.7 * ageDays / 30;
		if (random.nextDouble() < closed) {
			return "CLOSED";
		}
		int r = random.nextInt(100);
		return r < 15 ? "NEW" : r < 30 ? "OPEN" : r < 65 ? "IN_PROGRESS" : r < 77 ? "WAITING_ON_CLIENT"
				: r < 85 ? "WAITING_ON_PROVIDER" : "RESOLVED";
	}

	private void item(Rows rows, Engagement e, int number, long createdSecond) {
		UUID id = uuid();
		String type = type(e.kind());
		String ticketType = type.equals("TICKET") ? ticketType() : null;
		String impact = level();
		String urgency = level();
		String priority = priority(impact, urgency);
		boolean french = e.french() ? random.nextInt(100) < 85 : random.nextInt(100) < 10;
		boolean request = "SERVICE_REQUEST".equals(ticketType) || "CHANGE".equals(ticketType) || !type.equals("TICKET");
		String title = WorkVocabulary.title(random, french, request);
		String description = random.nextInt(10) < 8 ? WorkVocabulary.description(random, french) : null;
		String category = WorkVocabulary.pick(random, WorkVocabulary.CATEGORIES);
		Instant created = Instant.ofEpochSecond(createdSecond);
		String status = status(Duration.between(created, until).toSeconds() / 86400.0);
		Person requester = type.equals("TICKET") ? e.client().users().get(random.nextInt(e.client().users().size()))
				: e.manager();
		Person assignee = e.staffed().get(random.nextInt(e.staffed().size()));
		Person worker = assignee.userId() == null ? e.manager() : assignee;
		Timeline timeline = new Timeline(rows, id, created, french);
		boolean deliverable = type.equals("DELIVERABLE");

		timeline.event("CREATED", requester, false, "{\"type\":\"" + type + "\",\"status\":{\"after\":\"NEW\"},"
				+ "\"priority\":{\"after\":\"" + priority + "\"}"
				+ (ticketType == null ? "" : ",\"ticketType\":\"" + ticketType + "\"") + "}");
		boolean assigned = true;
		switch (status) {
			case "CLOSED" -> {
				timeline.assign(e.manager(), assignee);
				if (deliverable) {
					timeline.move(worker, "NEW", "IN_PROGRESS");
					timeline.event("SUBMITTED", worker, false, statusData("IN_PROGRESS", "RESOLVED", "\"submission\":1,"));
					timeline.event("ACCEPTED", requester, false,
							statusData("RESOLVED", "CLOSED", "\"submission\":1,\"firstTimeRight\":true,"));
				}
				else if (random.nextBoolean()) {
					timeline.move(worker, "NEW", "IN_PROGRESS");
					timeline.move(worker, "IN_PROGRESS", "RESOLVED");
					timeline.move(requester, "RESOLVED", "CLOSED");
				}
				else {
					timeline.comment(worker, random.nextInt(10) < 3, "PROVIDER");
					timeline.move(worker, "NEW", "RESOLVED");
					timeline.move(requester, "RESOLVED", "CLOSED");
				}
			}
			case "RESOLVED" -> {
				timeline.assign(e.manager(), assignee);
				timeline.move(worker, "NEW", "IN_PROGRESS");
				timeline.comment(worker, random.nextInt(10) < 3, "PROVIDER");
				if (deliverable) {
					timeline.event("SUBMITTED", worker, false, statusData("IN_PROGRESS", "RESOLVED", "\"submission\":1,"));
				}
				else {
					timeline.move(worker, "IN_PROGRESS", "RESOLVED");
				}
			}
			case "IN_PROGRESS" -> {
				timeline.assign(e.manager(), assignee);
				timeline.comment(requester, false, requester == e.manager() ? "PROVIDER" : "CLIENT");
				timeline.move(worker, "NEW", "IN_PROGRESS");
				timeline.comment(worker, random.nextInt(10) < 3, "PROVIDER");
			}
			case "WAITING_ON_CLIENT" -> {
				timeline.assign(e.manager(), assignee);
				timeline.move(worker, "NEW", "IN_PROGRESS");
				timeline.comment(worker, false, "PROVIDER");
				timeline.move(worker, "IN_PROGRESS", "WAITING_ON_CLIENT");
			}
			case "WAITING_ON_PROVIDER" -> {
				timeline.assign(e.manager(), assignee);
				timeline.move(worker, "NEW", "OPEN");
				timeline.comment(worker, true, "PROVIDER");
				timeline.move(worker, "OPEN", "WAITING_ON_PROVIDER");
			}
			case "OPEN" -> {
				timeline.assign(e.manager(), assignee);
				timeline.comment(worker, random.nextInt(10) < 3, "PROVIDER");
				timeline.move(worker, "NEW", "OPEN");
				timeline.comment(requester, false, requester == e.manager() ? "PROVIDER" : "CLIENT");
			}
			default -> { // NEW: nobody has taken it yet; the requester adds details
				assigned = false;
				for (int k = 0; k < EVENTS_PER_ITEM - 1; k++) {
					timeline.comment(requester, false, requester == e.manager() ? "PROVIDER" : "CLIENT");
				}
			}
		}
		Instant updated = timeline.last;
		int submissions = deliverable && (status.equals("RESOLVED") || status.equals("CLOSED")) ? 1 : 0;
		LocalDate due = type.equals("TICKET") ? null : LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(14);
		String criteria = deliverable ? (french ? "Recette validée par le client." : "Acceptance tests signed off by the client.")
				: null;
		row(rows.items, id, e.id(), number, type, ticketType, impact, urgency, priority, category, title, description,
				status, assigned ? assignee.personId() : null, requester.userId(), requester.email(), due, criteria,
				submissions, created, updated, EVENTS_PER_ITEM - 1);
		row(rows.watchers, id, requester.userId(), requester.email(), created);
	}

	private static String statusData(String before, String after, String extra) {
		return "{" + extra + "\"status\":{\"before\":\"" + before + "\",\"after\":\"" + after + "\"},\"turn\":{\"before\":\""
				+ turn(before) + "\",\"after\":\"" + turn(after) + "\"}}";
	}

	static String turn(String status) {
		return switch (status) {
			case "WAITING_ON_CLIENT", "RESOLVED" -> "CLIENT";
			case "CLOSED" -> "NOBODY";
			default -> "PROVIDER";
		};
	}

	/** An item's timeline under construction: events a few minutes to a few days apart, never after {@code until}. */
	final class Timeline {

		final Rows rows;
		final UUID item;
		final boolean french;
		Instant last;
		int events;

		Timeline(Rows rows, UUID item, Instant created, boolean french) {
			this.rows = rows;
			this.item = item;
			this.french = french;
			this.last = created;
		}

		void event(String kind, Person actor, boolean internal, String data) {
			if (events > 0) {
				long gap = (long) (-Math.log(1 - random.nextDouble()) * 6 * 3600) + 60;
				Instant next = last.plusSeconds(gap);
				last = next.isAfter(until) ? last.plusSeconds(1) : next;
			}
			events++;
			row(rows.events, uuid(), item, events, kind, actor.userId(), actor.email(), last, internal, data);
		}

		void assign(Person manager, Person assignee) {
			event("ASSIGNED", manager, false,
					"{\"assignee\":{\"after\":\"" + assignee.personId() + "\"}}");
		}

		void move(Person actor, String before, String after) {
			event("STATUS_CHANGED", actor, false, statusData(before, after, ""));
		}

		void comment(Person author, boolean internal, String side) {
			UUID comment = uuid();
			String visibility = internal ? "INTERNAL" : "CLIENT";
			event("COMMENTED", author, internal, "{\"commentId\":\"" + comment + "\",\"visibility\":\"" + visibility
					+ "\",\"side\":\"" + side + "\"}");
			row(rows.comments, comment, item, author.userId(), author.email(),
					WorkVocabulary.comment(random, french, internal), visibility, last);
		}
	}

	private String type(String kind) {
		int r = random.nextInt(100);
		return switch (kind) {
			case "BPO" -> "TICKET";
			case "SUBCONTRACTING" -> r < 15 ? "TICKET" : r < 75 ? "TASK" : "DELIVERABLE";
			default -> r < 60 ? "TICKET" : r < 88 ? "TASK" : "DELIVERABLE";
		};
	}

	private String ticketType() {
		int r = random.nextInt(100);
		return r < 50 ? "INCIDENT" : r < 85 ? "SERVICE_REQUEST" : r < 95 ? "CHANGE" : "PROBLEM";
	}

	/** HIGH 20 %, MEDIUM 35 %, LOW 45 %: with the default matrix, P1 4 %, P2 14 %, P3 30 %, P4 52 %. */
	private String level() {
		int r = random.nextInt(100);
		return r < 20 ? LEVELS[0] : r < 55 ? LEVELS[1] : LEVELS[2];
	}

	static String priority(String impact, String urgency) {
		int score = List.of(LEVELS).indexOf(impact) + List.of(LEVELS).indexOf(urgency);
		return switch (score) {
			case 0 -> "P1";
			case 1 -> "P2";
			case 2 -> "P3";
			default -> "P4";
		};
	}

	/** A version 4 UUID drawn from the seeded generator, so that ids repeat from run to run. */
	UUID uuid() {
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

	/** One row of COPY's text format: tab-separated, \N for NULL, backslash, tab and newlines escaped. */
	static void row(StringBuilder out, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append('\t');
			}
			Object value = values[i];
			if (value == null) {
				out.append("\\N");
			}
			else if (value instanceof Boolean b) {
				out.append(b ? 't' : 'f');
			}
			else if (value instanceof Instant instant) {
				out.append(instant);
			}
			else if (value instanceof String text) {
				for (int k = 0; k < text.length(); k++) {
					char c = text.charAt(k);
					switch (c) {
						case '\\' -> out.append("\\\\");
						case '\t' -> out.append("\\t");
						case '\n' -> out.append("\\n");
						case '\r' -> out.append("\\r");
						default -> out.append(c);
					}
				}
			}
			else {
				out.append(value);
			}
		}
		out.append('\n');
	}

	private static long count(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static String string(Connection db, String sql, String parameter) throws SQLException {
		try (PreparedStatement query = db.prepareStatement(sql)) {
			query.setString(1, parameter);
			try (ResultSet rs = query.executeQuery()) {
				if (!rs.next()) {
					throw new IllegalStateException("Not found: " + parameter + " (is the demo data there?)");
				}
				return rs.getString(1);
			}
		}
	}
}
