package org.pilotage.work;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Caller;
import org.pilotage.identity.UserManagement;
import org.pilotage.identity.UserView;
import org.pilotage.shared.Paging;
import org.pilotage.talent.PersonCard;
import org.pilotage.talent.TalentDirectory;
import org.pilotage.work.WorkViews.WorkItemView;
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
 * The demo's work: on the BPO helpdesk, six tickets of Acme in varied statuses and priorities (one waiting on the
 * client, one resolved) with client-visible and internal comments; on the mission, two tasks and two deliverables
 * (one accepted at its first submission, one rejected once and resubmitted). Made through {@link WorkItems} by the
 * demo users themselves, so the timeline and the events are those real use would leave. Runs after the engagement
 * demo data, only on a database without work items, in one transaction.
 */
@Component
@Order(40)
class WorkDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WorkDemoData.class);

	static final String MISSION = "Kubernetes migration of the order platform";
	static final String HELPDESK = "Acme IT helpdesk, levels 1 and 2";

	/** The loader reads identity and engagements as the platform would; the work itself is done by demo users. */
	private static final Caller PLATFORM = Caller.platform();

	private final WorkItems work;
	private final WorkStore store;
	private final Engagements engagements;
	private final UserManagement users;
	private final TalentDirectory talent;
	private final TransactionTemplate transactions;
	private final boolean demo;

	WorkDemoData(WorkItems work, WorkStore store, Engagements engagements, UserManagement users,
			TalentDirectory talent, TransactionTemplate transactions, @Value("${pilotage.demo}") boolean demo) {
		this.work = work;
		this.store = store;
		this.engagements = engagements;
		this.users = users;
		this.talent = talent;
		this.transactions = transactions;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo || store.anyItems()) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> load());
		}
		catch (DataIntegrityViolationException concurrentStart) {
			log.info("The work demo data was loaded by another instance");
		}
	}

	private void load() {
		Map<String, UUID> byTitle = new HashMap<>();
		engagements.list(PLATFORM, null, null, new Paging(0, Paging.MAX_SIZE))
			.items()
			.forEach(e -> byTitle.put(e.title(), e.id()));
		UUID helpdesk = byTitle.get(HELPDESK);
		UUID mission = byTitle.get(MISSION);
		if (helpdesk == null || mission == null) {
			return; // the engagement demo data is not there: nothing to work on
		}
		Map<String, Caller> callers = new HashMap<>();
		for (UserView user : users.list(PLATFORM, new Paging(0, Paging.MAX_SIZE)).items()) {
			callers.put(user.email(), new Caller(user.id(), user.email(), user.displayName(),
					users.membershipsOf(PLATFORM, user.id())));
		}
		Caller client = callers.get("client.member@acme.demo");
		Caller clientAdmin = callers.get("client.admin@acme.demo");
		Caller agent = callers.get("agent@atlas.demo");
		Caller manager = callers.get("manager@atlas.demo");
		Caller yasmine = callers.get("yasmine@freelance.demo");
		if (client == null || clientAdmin == null || agent == null || manager == null || yasmine == null) {
			return;
		}
		Map<String, UUID> people = new HashMap<>();
		for (PersonCard person : talent.people(engagements.access(PLATFORM, helpdesk).people().keySet())) {
			people.put(person.displayName(), person.id());
		}
		for (PersonCard person : talent.people(engagements.access(PLATFORM, mission).people().keySet())) {
			people.put(person.displayName(), person.id());
		}

		String outlook = ticket(client, helpdesk, "INCIDENT", "Outlook keeps asking for the password", "HIGH", "HIGH",
				"E-mail");
		assign(manager, outlook, people.get("Salma Tazi"));
		move(agent, outlook, "IN_PROGRESS");
		comment(agent, outlook, "CLIENT", "We are looking into it; it seems to affect the whole sales team.");
		comment(agent, outlook, "INTERNAL", "Started with the MFA rollout: check the conditional access policy first.");

		String laptop = ticket(client, helpdesk, "SERVICE_REQUEST", "Laptop for a new starter in Marketing", "LOW",
				"MEDIUM", "Hardware");
		assign(manager, laptop, people.get("Omar Alaoui"));
		move(agent, laptop, "IN_PROGRESS");
		comment(agent, laptop, "CLIENT", "Which keyboard layout should the laptop have, French or US?");
		move(agent, laptop, "WAITING_ON_CLIENT");

		String vpn = ticket(clientAdmin, helpdesk, "INCIDENT", "VPN disconnects every hour", "MEDIUM", "HIGH", "Network");
		assign(manager, vpn, people.get("Salma Tazi"));
		move(agent, vpn, "IN_PROGRESS");
		comment(agent, vpn, "INTERNAL", "Idle timeout on the concentrator was set to 60 minutes by the last change.");
		comment(agent, vpn, "CLIENT", "The idle timeout is fixed; please confirm it holds for you.");
		move(agent, vpn, "RESOLVED");

		String quota = ticket(client, helpdesk, "SERVICE_REQUEST", "More space on the Finance shared drive", "MEDIUM",
				"LOW", "Storage");
		move(agent, quota, "IN_PROGRESS");
		comment(agent, quota, "CLIENT", "The quota is now 500 GB.");
		move(agent, quota, "RESOLVED");
		move(client, quota, "CLOSED");

		String erp = ticket(clientAdmin, helpdesk, "CHANGE", "Upgrade the ERP client to version 12.4", "MEDIUM",
				"MEDIUM", "Applications");
		move(agent, erp, "OPEN");

		ticket(client, helpdesk, "PROBLEM", "Print spooler crashes every Monday", "HIGH", "LOW", "Printing");

		String containers = item(manager, mission, "TASK", "Containerise the order service", null, null);
		assign(manager, containers, people.get("Yasmine Benali"));
		move(yasmine, containers, "IN_PROGRESS");
		comment(yasmine, containers, "INTERNAL", "The image still runs as root; fixing before the review.");

		String pipeline = item(manager, mission, "TASK", "Move the data pipeline jobs to CronJobs",
				null, null);
		assign(manager, pipeline, people.get("Andrei Popescu"));
		move(manager, pipeline, "OPEN");

		String plan = item(manager, mission, "DELIVERABLE", "Migration plan",
				"Covers every service, its order of migration and its rollback", LocalDate.of(2026, 11, 20));
		assign(manager, plan, people.get("Yasmine Benali"));
		work.submit(yasmine, UUID.fromString(plan), null, null);
		work.accept(clientAdmin, UUID.fromString(plan), null,
				new WorkRequests.Note("Clear and complete, thank you."));

		String charts = item(manager, mission, "DELIVERABLE", "Helm charts of the order platform",
				"One chart per service, values per environment, documented", LocalDate.of(2026, 12, 18));
		assign(manager, charts, people.get("Yasmine Benali"));
		work.submit(yasmine, UUID.fromString(charts), null, null);
		work.reject(clientAdmin, UUID.fromString(charts), null,
				new WorkRequests.Rejection("The values for the production environment are missing."));
		comment(yasmine, charts, "CLIENT", "Production values added, with the secrets left to the vault.");
		work.submit(yasmine, UUID.fromString(charts), null, null);
		log.info("Loaded the work demo data: tickets on the helpdesk, tasks and deliverables on the mission");
	}

	private String ticket(Caller caller, UUID engagement, String type, String title, String impact, String urgency,
			String category) {
		return id(work.create(caller, engagement, new WorkItemRequest("TICKET", type, title, null, category, impact,
				urgency, null, null)));
	}

	private String item(Caller caller, UUID engagement, String type, String title, @Nullable String criteria,
			@Nullable LocalDate due) {
		return id(work.create(caller, engagement,
				new WorkItemRequest(type, null, title, null, null, null, null, due, criteria)));
	}

	private void assign(Caller caller, String item, @Nullable UUID person) {
		if (person != null) {
			work.assign(caller, UUID.fromString(item), null, new WorkRequests.Assignee(person));
		}
	}

	private void move(Caller caller, String item, String status) {
		work.transition(caller, UUID.fromString(item), null, new WorkRequests.Transition(status, null));
	}

	private void comment(Caller caller, String item, String visibility, String body) {
		work.comment(caller, UUID.fromString(item), null, new WorkRequests.Comment(body, visibility));
	}

	private static String id(WorkItemView view) {
		return view.id().toString();
	}
}
