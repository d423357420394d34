package org.pilotage.talent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.Actor;
import org.pilotage.identity.Caller;
import org.pilotage.identity.Organization;
import org.pilotage.identity.OrganizationManagement;
import org.pilotage.identity.UserManagement;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Paging;
import org.pilotage.talent.PartyProfileRequest.ContactRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The talent pool of the demo: party profiles of the demo organizations, Atlas's helpdesk team and the two
 * freelancers' profiles, each available through 2026 and 2027. Runs after identity's demo data, and only while
 * no person exists, in one transaction; a second instance starting at the same moment fails on the unique
 * user link and leaves the first one's data.
 */
@Component
@Order(20)
class TalentDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TalentDemoData.class);

	static final String ACME = "Acme Industries";
	static final String ATLAS = "Atlas Digital Services";
	static final String YASMINE = "Yasmine Benali (freelance)";
	static final String ANDREI = "Andrei Popescu (freelance)";

	static final List<Period> ALL_OF_2026_AND_2027 = List.of(
			new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), 100));

	/**
	 * Identity is read through its public services as the platform would: the demo loader is no signed-in user,
	 * and reading needs no audit actor.
	 */
	private static final Caller PLATFORM = Caller.platform();

	private final OrganizationManagement organizations;
	private final UserManagement users;
	private final PeopleManagement people;
	private final PartyProfileManagement profiles;
	private final People table;
	private final TransactionTemplate transactions;
	private final boolean demo;

	TalentDemoData(OrganizationManagement organizations, UserManagement users, PeopleManagement people,
			PartyProfileManagement profiles, People table, TransactionTemplate transactions,
			@Value("${pilotage.demo}") boolean demo) {
		this.organizations = organizations;
		this.users = users;
		this.people = people;
		this.profiles = profiles;
		this.table = table;
		this.transactions = transactions;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo || table.countAll() > 0) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> load());
		}
		catch (DataIntegrityViolationException concurrentStart) {
			log.info("The talent demo data was loaded by another instance");
		}
	}

	private void load() {
		Map<String, Organization> byName = new HashMap<>();
		all(paging -> organizations.list(PLATFORM, paging)).forEach(org -> byName.put(org.name(), org));
		Map<String, UUID> userIds = new HashMap<>();
		all(paging -> users.list(PLATFORM, paging)).forEach(user -> userIds.put(user.email(), user.id()));
		Organization acme = byName.get(ACME);
		Organization atlas = byName.get(ATLAS);
		Organization yasmine = byName.get(YASMINE);
		Organization andrei = byName.get(ANDREI);
		if (acme == null || atlas == null || yasmine == null || andrei == null) {
			log.info("The demo organizations are missing: no talent demo data loaded");
			return;
		}
		profile(acme, "Europe/Paris", "09:00", "18:00", List.of("fr", "en"),
				new ContactRequest("Claire Martin", "IT service owner", "client.admin@acme.demo", "+33 1 84 88 00 00"));
		profile(atlas, "Africa/Casablanca", "08:00", "17:00", List.of("fr", "ar", "en"),
				new ContactRequest("Karim El Idrissi", "Delivery manager", "manager@atlas.demo", "+212 522 00 00 00"));
		profile(yasmine, "Africa/Casablanca", "09:00", "18:00", List.of("fr", "ar", "en"),
				new ContactRequest("Yasmine Benali", null, "yasmine@freelance.demo", null));
		profile(andrei, "Europe/Bucharest", "09:00", "18:00", List.of("ro", "en", "fr"),
				new ContactRequest("Andrei Popescu", null, "andrei@freelance.demo", null));

		List<String> helpdeskLanguages = List.of("fr", "ar", "en");
		person(atlas, false, userIds.get("agent@atlas.demo"), "Salma Tazi", "agent@atlas.demo", "CONFIRMED", "1800",
				"MAD", "Africa/Casablanca", "08:00", "17:00", helpdeskLanguages, List.of("ITIL 4 Foundation"),
				List.of("helpdesk", "itil", "windows-admin"), List.of("ServiceNow"));
		person(atlas, false, null, "Omar Alaoui", "omar.alaoui@atlas.demo", "SENIOR", "2200", "MAD",
				"Africa/Casablanca", "08:00", "17:00", helpdeskLanguages, List.of("ITIL 4 Foundation", "RHCSA"),
				List.of("helpdesk", "itil", "linux-admin", "networking"), List.of());
		person(atlas, false, null, "Nadia Berrada", "nadia.berrada@atlas.demo", "LEAD", "260", "EUR",
				"Africa/Casablanca", "08:00", "17:00", helpdeskLanguages,
				List.of("ITIL 4 Managing Professional"), List.of("helpdesk", "itil", "windows-admin", "active directory"),
				List.of("team lead"));
		person(atlas, false, null, "Youssef Amrani", "youssef.amrani@atlas.demo", "JUNIOR", "1200", "MAD",
				"Africa/Casablanca", "08:00", "17:00", helpdeskLanguages, List.of(),
				List.of("helpdesk", "windows-admin"), List.of());
		person(yasmine, true, userIds.get("yasmine@freelance.demo"), "Yasmine Benali", "yasmine@freelance.demo",
				"SENIOR", "450", "EUR", "Africa/Casablanca", "09:00", "18:00", List.of("fr", "ar", "en"),
				List.of("Certified Kubernetes Administrator", "HashiCorp Terraform Associate"),
				List.of("devops", "k8s", "terraform", "aws", "docker"), List.of());
		person(andrei, true, userIds.get("andrei@freelance.demo"), "Andrei Popescu", "andrei@freelance.demo",
				"SENIOR", "2400", "RON", "Europe/Bucharest", "09:00", "18:00", List.of("ro", "en", "fr"),
				List.of("Databricks Certified Data Engineer Professional"),
				List.of("data engineering", "spark", "python", "sql"), List.of("airflow"));
		log.info("Talent demo data loaded: 6 people, 4 party profiles");
	}

	private void profile(Organization organization, String zone, String start, String end, List<String> languages,
			ContactRequest contact) {
		profiles.save(Actor.SYSTEM, profiles.of(organization),
				new PartyProfileRequest(zone, start, end, languages, List.of(contact)));
	}

	private void person(Organization organization, boolean freelance, @Nullable UUID userId, String name, String email,
			String seniority, String rate, String currency, String zone, String start, String end,
			List<String> languages, List<String> certifications, List<String> skills, List<String> tags) {
		PersonRequest request = new PersonRequest(organization.id(), userId, name, email, seniority,
				new BigDecimal(rate), currency, zone, start, end, languages, certifications, skills, tags, true, true);
		Person person = people.create(Actor.SYSTEM, organization.id(), freelance, people.check(request, null), true);
		people.replaceAvailability(Actor.SYSTEM, person, ALL_OF_2026_AND_2027);
	}

	private static <T> List<T> all(java.util.function.Function<Paging, PageResult<T>> pages) {
		List<T> items = new ArrayList<>();
		PageResult<T> page;
		int number = 0;
		do {
			page = pages.apply(new Paging(number++, Paging.MAX_SIZE));
			items.addAll(page.items());
		}
		while (number < page.totalPages());
		return items;
	}

}
