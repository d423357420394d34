package org.pilotage.sla;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pilotage.identity.Actor;
import org.pilotage.identity.OrganizationKind;
import org.pilotage.identity.OrganizationManagement;
import org.pilotage.identity.OrganizationManagement.OrganizationSummary;
import org.pilotage.sla.BusinessCalendar.Interval;
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
 * The demo provider's calendars: Paris office hours with the French holidays, the Antananarivo support desk
 * (08:00–12:00, 13:00–17:00) with Madagascar's, and a 24×7 one. Loaded once, while no calendar exists, after
 * identity's demo data and before the demo's SLA policies count in them; a second instance starting at the same
 * moment fails on the unique name and leaves the first one's calendars.
 */
@Component
@Order(32)
class SlaDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SlaDemoData.class);

	static final String PROVIDER = "Atlas Digital Services";
	static final String PARIS = "Paris office hours";
	static final String ANTANANARIVO = "Antananarivo support";
	static final String ROUND_THE_CLOCK = "24×7";

	private final OrganizationManagement organizations;
	private final SlaCalendars calendars;
	private final CalendarStore store;
	private final PublicHolidays holidays;
	private final TransactionTemplate transactions;
	private final boolean demo;

	SlaDemoData(OrganizationManagement organizations, SlaCalendars calendars, CalendarStore store,
			PublicHolidays holidays, TransactionTemplate transactions, @Value("${pilotage.demo}") boolean demo) {
		this.organizations = organizations;
		this.calendars = calendars;
		this.store = store;
		this.holidays = holidays;
		this.transactions = transactions;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo || store.countAll() > 0) {
			return;
		}
		OrganizationSummary provider = organizations.directory(Set.of(OrganizationKind.PROVIDER)).stream()
			.filter(organization -> organization.name().equals(PROVIDER))
			.findFirst()
			.orElse(null);
		if (provider == null) {
			log.info("The demo provider is missing: no calendar demo data loaded");
			return;
		}
		try {
			transactions.executeWithoutResult(status -> {
				create(provider, PARIS, "Europe/Paris", CalendarInput.preset("office"), "FR");
				Map<DayOfWeek, List<Interval>> support = new EnumMap<>(DayOfWeek.class);
				for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
						DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
					support.put(day, List.of(new Interval(8 * 3600, 12 * 3600), new Interval(13 * 3600, 17 * 3600)));
				}
				create(provider, ANTANANARIVO, "Indian/Antananarivo", support, "MG");
				create(provider, ROUND_THE_CLOCK, "UTC", CalendarInput.preset("24x7"), null);
			});
			log.info("Calendar demo data loaded: 3 calendars of {}", PROVIDER);
		}
		catch (DataIntegrityViolationException concurrentStart) {
			log.info("The calendar demo data was loaded by another instance");
		}
	}

	private void create(OrganizationSummary owner, String name, String zone, Map<DayOfWeek, List<Interval>> week,
			@org.jspecify.annotations.Nullable String country) {
		WeekFormat errors = new WeekFormat();
		calendars.insert(Actor.SYSTEM, owner.id(), errors,
				CalendarInput.draft(errors, holidays, name, zone, week, country, null));
	}
}
