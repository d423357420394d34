package org.pilotage.governance;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Caller;
import org.pilotage.identity.UserManagement;
import org.pilotage.identity.UserView;
import org.pilotage.shared.Paging;
import org.pilotage.shared.PlatformClock;
import org.pilotage.talent.PersonCard;
import org.pilotage.talent.TalentDirectory;
import org.pilotage.work.SatisfactionSurveys;
import org.pilotage.work.TimeLog;
import org.pilotage.work.TimeRequests;
import org.pilotage.work.WorkItemRequest;
import org.pilotage.work.WorkItems;
import org.pilotage.work.WorkRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo helpdesk's past: nine weeks of tickets replayed at the instants they happened (the platform clock's
 * replay), through work's own services by the demo users, so the dashboards, statements and reports of the demo have
 * weeks to compare, breaches to drill into and answers to average. Seeded, so every demo shows the same history
 * relative to its first start: replies mostly within the hour, some hours late; resolutions mostly within the day,
 * some days late; a few reopened; most answered surveys; time logged by the agent. Runs once, after the work demo
 * data, on a database whose helpdesk has no measured history yet; events that would be after the start are left out.
 * Each ticket's life to its resolution is one transaction, its survey's answer another: a survey is opened as the
 * resolution commits, and a resolved ticket leaves no deadline for the SLA scheduler to fire in between.
 */
@Component
@Order(45)
class GovernanceDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GovernanceDemoData.class);

	static final String HELPDESK = "Acme IT helpdesk, levels 1 and 2";
	static final int WEEKS = 9;

	private static final Caller PLATFORM = Caller.platform();
	private static final String[][] TOPICS = { { "INCIDENT", "Outlook does not sync the shared calendar", "E-mail" },
			{ "INCIDENT", "Wi-Fi drops in meeting room 3", "Network" },
			{ "SERVICE_REQUEST", "Access to the Sales dashboard", "Applications" },
			{ "INCIDENT", "Scanner on floor 2 saves blank pages", "Printing" },
			{ "SERVICE_REQUEST", "New phone for a sales representative", "Hardware" },
			{ "INCIDENT", "ERP report times out at month end", "Applications" },
			{ "SERVICE_REQUEST", "Reset of a locked account", "Accounts" },
			{ "INCIDENT", "Teams calls drop after ten minutes", "Network" },
			{ "CHANGE", "Add a distribution list for the plant", "E-mail" },
			{ "INCIDENT", "Laptop battery drains overnight", "Hardware" } };
	private static final String[] LEVELS = { "LOW", "MEDIUM", "HIGH" };
	/** Where the agent works (Atlas, in Morocco): a day's time is logged on the agent's day. */
	private static final ZoneId AGENT_ZONE = ZoneId.of("Africa/Casablanca");

	private final Engagements engagements;
	private final UserManagement users;
	private final TalentDirectory talent;
	private final WorkItems work;
	private final SatisfactionSurveys satisfaction;
	private final TimeLog time;
	private final KpiFactStore facts;
	private final ObjectProvider<PlatformClock> clocks;
	private final TransactionTemplate transactions;
	private final boolean demo;

	GovernanceDemoData(Engagements engagements, UserManagement users, TalentDirectory talent, WorkItems work,
			SatisfactionSurveys satisfaction, TimeLog time, KpiFactStore facts, ObjectProvider<PlatformClock> clocks,
			TransactionTemplate transactions, @Value("${pilotage.demo}") boolean demo) {
		this.engagements = engagements;
		this.users = users;
		this.talent = talent;
		this.work = work;
		this.satisfaction = satisfaction;
		this.time = time;
		this.facts = facts;
		this.clocks = clocks;
		this.transactions = transactions;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		PlatformClock clock = clocks.getIfAvailable();
		if (!demo || clock == null) {
			return;
		}
		UUID helpdesk = engagements.list(PLATFORM, null, null, new Paging(0, Paging.MAX_SIZE))
			.items()
			.stream()
			.filter(e -> e.title().equals(HELPDESK))
			.map(e -> e.id())
			.findFirst()
			.orElse(null);
		Instant now = clock.instant();
		if (helpdesk == null || facts.anyBefore(helpdesk, now.minus(Duration.ofDays(1)))) {
			return;
		}
		int tickets = replay(clock, helpdesk, now);
		log.info("Replayed {} weeks of the demo helpdesk: {} tickets", WEEKS, tickets);
	}

	private int replay(PlatformClock clock, UUID helpdesk, Instant now) {
		Map<String, Caller> callers = new HashMap<>();
		for (UserView user : users.list(PLATFORM, new Paging(0, Paging.MAX_SIZE)).items()) {
			callers.put(user.email(), new Caller(user.id(), user.email(), user.displayName(),
					users.membershipsOf(PLATFORM, user.id())));
		}
		Caller client = callers.get("client.member@acme.demo");
		Caller agent = callers.get("agent@atlas.demo");
		Caller manager = callers.get("manager@atlas.demo");
		if (client == null || agent == null || manager == null) {
			return 0;
		}
		Map<String, UUID> people = new HashMap<>();
		for (PersonCard person : talent.people(engagements.access(PLATFORM, helpdesk).people().keySet())) {
			people.put(person.displayName(), person.id());
		}
		// Salma takes most of the tickets: the demo's dependency risk shows a key person
		List<UUID> team = java.util.stream.Stream.of("Salma Tazi", "Salma Tazi", "Salma Tazi", "Salma Tazi",
				"Salma Tazi", "Omar Alaoui", "Nadia Berrada", "Youssef Amrani")
			.map(people::get)
			.filter(java.util.Objects::nonNull)
			.toList();
		ZoneId zone = ZoneId.of("Indian/Antananarivo");
		Random random = new Random(20260601L);
		LocalDate monday = LocalDate.ofInstant(now, zone)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.minusWeeks(WEEKS);
		int count = 0;
		for (LocalDate day = monday; day.isBefore(monday.plusWeeks(WEEKS)); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			int today = random.nextInt(3);
			for (int n = 0; n < today; n++) {
				Instant created = day.atTime(LocalTime.of(8, 0)).plusMinutes(random.nextInt(480)).atZone(zone)
					.toInstant();
				if (ticket(new Replay(clock, now, random), helpdesk, created, client, agent, manager,
						team.isEmpty() ? null : team.get(random.nextInt(team.size())))) {
					count++;
				}
			}
		}
		return count;
	}

	/** The replay of one history: the clock, the instant not to pass, the seeded randomness. */
	private record Replay(PlatformClock clock, Instant end, Random random) {

		/** Runs the step at the instant, unless it is after the end; whether it ran. */
		boolean at(Instant instant, Runnable step) {
			if (!instant.isBefore(end)) {
				return false;
			}
			clock.at(instant, () -> {
				step.run();
				return null;
			});
			return true;
		}

		Instant after(Instant from, int minMinutes, int maxMinutes) {
			return from.plus(Duration.ofMinutes(minMinutes + random.nextInt(maxMinutes - minMinutes + 1)));
		}
	}

	/**
	 * One ticket's history, planned whole first: a ticket whose resolution would come after the end is not made, so
	 * the history leaves no open item behind (no clock runs late from the past); time is logged for the weeks before
	 * the current one only, whose timesheets are the agent's business. Whether it was made.
	 */
	private boolean ticket(Replay replay, UUID helpdesk, Instant created, Caller client, Caller agent,
			Caller manager, @Nullable UUID assignee) {
		Random random = replay.random();
		String[] topic = TOPICS[random.nextInt(TOPICS.length)];
		String impact = LEVELS[random.nextInt(LEVELS.length)];
		String urgency = LEVELS[random.nextInt(LEVELS.length)];
		Instant assigned = replay.after(created, 2, 10);
		Instant reply = random.nextInt(10) < 3 ? replay.after(created, 70, 300) : replay.after(created, 12, 50);
		Instant started = replay.after(reply, 1, 5);
		Instant resolved = random.nextInt(10) < 3 ? replay.after(reply, 20 * 60, 72 * 60)
				: replay.after(reply, 40, 300);
		boolean reopen = random.nextInt(10) == 0;
		Instant reopened = replay.after(resolved, 60, 240);
		Instant again = replay.after(reopened, 120, 600);
		Instant done = reopen ? again : resolved;
		boolean answer = random.nextInt(100) < 70;
		int rating = new int[] { 2, 3, 4, 4, 5, 5, 5 }[random.nextInt(7)];
		Instant answered = replay.after(done, 30, 600);
		Instant closed = replay.after(answered, 5, 60);
		int minutes = 15 * (2 + random.nextInt(12));
		if (!done.isBefore(replay.end())) {
			return false;
		}
		LocalDate logged = LocalDate.ofInstant(resolved, AGENT_ZONE);
		boolean log = logged.isBefore(LocalDate.ofInstant(replay.end(), AGENT_ZONE)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
		UUID[] id = new UUID[1];
		transactions.executeWithoutResult(status -> {
			replay.at(created, () -> id[0] = work.create(client, helpdesk, new WorkItemRequest("TICKET", topic[0],
					topic[1], null, topic[2], impact, urgency, null, null)).id());
			UUID item = id[0];
			if (assignee != null) {
				replay.at(assigned, () -> work.assign(manager, item, null, new WorkRequests.Assignee(assignee)));
			}
			replay.at(reply, () -> work.comment(agent, item, null,
					new WorkRequests.Comment("We are on it and will keep you posted.", "CLIENT")));
			replay.at(started, () -> move(agent, item, "IN_PROGRESS"));
			replay.at(resolved, () -> move(agent, item, "RESOLVED"));
			if (log) {
				replay.at(resolved, () -> time.log(agent, item,
						new TimeRequests.Entry(logged.toString(), minutes, null)));
			}
			if (reopen) {
				replay.at(reopened, () -> move(client, item, "OPEN"));
				replay.at(again, () -> move(agent, item, "RESOLVED"));
			}
		});
		if (answer) {
			UUID item = id[0];
			transactions.executeWithoutResult(status -> {
				if (replay.at(answered, () -> satisfaction.rate(client, item, null,
						new SatisfactionSurveys.Rating(rating, rating < 3 ? "It took too long." : null)))) {
					replay.at(closed, () -> move(client, item, "CLOSED"));
				}
			});
		}
		return true;
	}

	private void move(Caller caller, UUID item, String status) {
		work.transition(caller, item, null, new WorkRequests.Transition(status, null));
	}
}
