package org.pilotage.governance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.Audience;
import org.pilotage.engagement.ClientEngagementView;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.EngagementStatus;
import org.pilotage.engagement.EngagementView;
import org.pilotage.engagement.Engagements;
import org.pilotage.engagement.ExitPlan;
import org.pilotage.engagement.ProviderEngagementView;
import org.pilotage.governance.EngagementRisk.PersonWork;
import org.pilotage.governance.RiskInputs.Contract;
import org.pilotage.governance.RiskInputs.ExitFacts;
import org.pilotage.governance.RiskViews.EngagementRiskView;
import org.pilotage.governance.RiskViews.EngagementSummary;
import org.pilotage.governance.RiskViews.KeyPersonView;
import org.pilotage.governance.RiskViews.OrganizationRiskView;
import org.pilotage.governance.RiskViews.PersonLine;
import org.pilotage.governance.RiskViews.ProviderLine;
import org.pilotage.governance.RiskViews.VendorView;
import org.pilotage.governance.RiskViews.WarningView;
import org.pilotage.identity.Caller;
import org.pilotage.identity.OrganizationKind;
import org.pilotage.identity.OrganizationManagement;
import org.pilotage.identity.OrganizationManagement.OrganizationSummary;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Paging;
import org.pilotage.shared.Problem;
import org.pilotage.work.TimeLog;
import org.pilotage.work.WorkItems;
import org.pilotage.work.WorkStatus;
import org.pilotage.work.WorkTimelines;
import org.pilotage.work.WorkViews.Assignee;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dependency and control risk from the stored data: the engagement's resolved items counted by who they were assigned
 * to at their last resolution and by whether they are linked to the knowledge base (kept in step with the work
 * timelines with the KPI facts, {@link KpiRecorder}), the minutes each person logged, the exit plan, and for a client the contract terms of its engagements in force. The figures are
 * {@link DependencyRisk}'s; this service reads their inputs and shapes them for the caller ({@link RiskViews}). Who
 * reads: the provider's side and the client's side of an engagement (a staffed freelancer gets 404, as for a resource
 * it may not see); a client organization's risk, its members (auditors attached to it included) and the platform's
 * administrators.
 */
@Service
@Transactional(readOnly = true)
class DependencyRisks {

	/** The window of the figures: the last year of days, unless the reader asks for another. */
	static final int DEFAULT_DAYS = 365;
	static final int MAX_DAYS = 3_650;

	/** The statuses of engagements in force, whose spend counts towards vendor concentration. */
	static final List<EngagementStatus> IN_FORCE = List.of(EngagementStatus.ACTIVE, EngagementStatus.SUSPENDED);

	/** The window of days the figures cover, both ends included, in UTC days. */
	record Window(LocalDate from, LocalDate to, int days) {

		Instant start() {
			return from.atStartOfDay(ZoneOffset.UTC).toInstant();
		}

		Instant end() {
			return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
	}

	/** An item's last resolution: when, and who it was assigned to then. */
	record Resolved(UUID item, @Nullable UUID person, Instant at) {
	}

	private final Engagements engagements;
	private final KpiFactStore resolved;
	private final WorkItems items;
	private final TimeLog time;
	private final OrganizationManagement organizations;
	private final MessageSource messages;
	private final Clock clock;

	DependencyRisks(Engagements engagements, KpiFactStore resolved, WorkItems items, TimeLog time,
			OrganizationManagement organizations, MessageSource messages, Clock clock) {
		this.engagements = engagements;
		this.resolved = resolved;
		this.items = items;
		this.time = time;
		this.organizations = organizations;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The engagement's risk over the last {@code days} days (365 when null). @throws Problem 404 when the caller may
	 * not see the engagement or is a staffed freelancer, 400 for days outside 1 to 3,650
	 */
	EngagementRiskView engagement(Caller caller, UUID engagementId, @Nullable Integer days) {
		return engagement(caller, readable(caller, engagementId), window(days));
	}

	/** The engagement, if the caller may read its risk. @throws Problem 404 otherwise, a staffed freelancer too */
	EngagementAccess readable(Caller caller, UUID engagementId) {
		EngagementAccess access = engagements.access(caller, engagementId);
		if (access.audience() == Audience.FREELANCER) {
			throw Problem.notFound("Engagement");
		}
		return access;
	}

	/**
	 * The client organization's vendor concentration and its engagements in force in summary. @throws Problem 404
	 * when the caller is not one of its members nor a platform administrator, or it is no client organization
	 */
	OrganizationRiskView organization(Caller caller, UUID organizationId, @Nullable Integer days) {
		if (!caller.isPlatformAdmin() && !caller.isMemberOf(organizationId)) {
			throw Problem.notFound("Organization");
		}
		OrganizationSummary client = organizations.summaries(List.of(organizationId))
			.stream()
			.filter(organization -> organization.kind() == OrganizationKind.CLIENT)
			.findFirst()
			.orElseThrow(() -> Problem.notFound("Organization"));
		Window window = window(days);
		List<EngagementView> inForce = inForce(caller, organizationId);
		List<Contract> contracts = new ArrayList<>();
		Map<UUID, String> providers = new LinkedHashMap<>();
		List<EngagementSummary> summaries = new ArrayList<>();
		for (EngagementView engagement : inForce) {
			Terms terms = Terms.of(engagement);
			contracts.add(new Contract(engagement.id(), engagement.provider().id(), terms.currency(), terms.spend()));
			providers.put(engagement.provider().id(), engagement.provider().name());
			EngagementRiskView risk = engagement(caller, engagements.access(caller, engagement.id()), window);
			summaries.add(new EngagementSummary(engagement.id(), engagement.title(), engagement.provider().id(),
					engagement.provider().name(), engagement.status(), terms.currency(), terms.spend(),
					risk.keyPerson().topItemsShare(), risk.keyPerson().topTimeShare(), risk.keyPerson().peopleForHalf(),
					risk.knowledge().percent(), risk.exitReadiness() == null ? null : risk.exitReadiness().score(),
					risk.warnings()));
		}
		List<VendorView> vendors = new ArrayList<>();
		List<WarningView> warnings = new ArrayList<>();
		for (VendorRisk vendor : DependencyRisk.vendors(contracts, RiskThresholds.DEFAULTS)) {
			vendors.add(new VendorView(vendor.currency(), vendor.totalSpend(), vendor.topShare(), vendor.providers()
				.stream()
				.map(p -> new ProviderLine(p.provider(), providers.getOrDefault(p.provider(), "?"), p.spend(),
						p.engagements(), p.share()))
				.toList()));
			if (vendor.warning() != null) {
				warnings.add(view(vendor.warning()));
			}
		}
		return new OrganizationRiskView(organizationId, client.name(), window.from(), window.to(), window.days(),
				vendors, summaries, RiskThresholds.DEFAULTS, warnings);
	}

	private EngagementRiskView engagement(Caller caller, EngagementAccess access, Window window) {
		UUID engagementId = access.engagementId();
		Map<UUID, Long> minutes = time.minutesByPerson(engagementId, window.from(), window.to());
		ExitPlan plan = engagements.exitPlan(caller, engagementId);
		ExitFacts exit = new ExitFacts(plan.planOnFile(), written(plan.dataReturnFormat()), plan.lastRehearsal(),
				written(plan.successorOption()));
		EngagementRisk risk = DependencyRisk.of(new RiskInputs(resolved.resolvedItems(engagementId, window), minutes,
				exit), RiskThresholds.DEFAULTS, window.to());
		return new EngagementRiskView(engagementId, access.title(), access.kind(), window.from(), window.to(),
				window.days(), keyPerson(caller, access, risk.keyPerson()), risk.knowledge(), risk.exit(),
				RiskThresholds.DEFAULTS, risk.warnings().stream().map(this::view).toList());
	}

	/**
	 * The figures by person as the caller may see them: names from the work module's rules (a hidden person's
	 * pseudonym for the client); minutes, and who logged the most, for the provider's side only.
	 */
	private KeyPersonView keyPerson(Caller caller, EngagementAccess access, EngagementRisk.KeyPerson figures) {
		boolean provider = access.audience() == Audience.PROVIDER;
		Set<UUID> shown = new HashSet<>();
		figures.people().stream().filter(p -> provider || p.items() > 0).forEach(p -> shown.add(p.person()));
		Map<UUID, Assignee> names = shown.isEmpty() ? Map.of() : items.people(caller, access.engagementId(), shown);
		List<PersonLine> people = new ArrayList<>();
		for (PersonWork person : figures.people()) {
			if (!shown.contains(person.person())) {
				continue;
			}
			String label = shownAs(names.get(person.person()));
			people.add(provider
					? new PersonLine(person.person(), label, person.items(), person.itemsShare(), person.minutes(),
							person.timeShare())
					: new PersonLine(null, label, person.items(), person.itemsShare(), null, null));
		}
		String topByItems = figures.topByItems() == null ? null : shownAs(names.get(figures.topByItems()));
		String topByTime = !provider || figures.topByTime() == null ? null : shownAs(names.get(figures.topByTime()));
		return new KeyPersonView(figures.resolvedItems(), figures.unassignedItems(), topByItems,
				figures.topItemsShare(), figures.peopleForHalf(), figures.loggedMinutes(), topByTime,
				figures.topTimeShare(), people);
	}

	private static String shownAs(@Nullable Assignee name) {
		return name == null ? "?" : name.shownAs();
	}

	/**
	 * The item's last entry into RESOLVED, and who it was assigned to then, when the item is now RESOLVED or CLOSED
	 * (the last status its timeline moves to); empty otherwise. From its timeline: the assignee is the {@code after}
	 * of the last ASSIGNED before it, a resolution any event whose status moves into RESOLVED.
	 */
	static Optional<Resolved> resolvedNow(WorkTimelines.Timeline timeline) {
		UUID assignee = null;
		Resolved last = null;
		String status = null;
		for (WorkTimelines.Entry entry : timeline.entries()) {
			if (entry.data().get("assignee") instanceof Map<?, ?> change) {
				Object after = change.get("after");
				assignee = after == null ? null : UUID.fromString(after.toString());
			}
			if (entry.data().get("status") instanceof Map<?, ?> change && change.get("after") != null) {
				String after = String.valueOf(change.get("after"));
				if (WorkStatus.RESOLVED.name().equals(after)
						&& !WorkStatus.RESOLVED.name().equals(String.valueOf(change.get("before")))) {
					last = new Resolved(timeline.itemId(), assignee, entry.at());
				}
				status = after;
			}
		}
		boolean done = WorkStatus.RESOLVED.name().equals(status) || WorkStatus.CLOSED.name().equals(status);
		return done ? Optional.ofNullable(last) : Optional.empty();
	}

	/** The client's engagements in force the caller sees, read page by page. */
	private List<EngagementView> inForce(Caller caller, UUID clientId) {
		List<EngagementView> found = new ArrayList<>();
		for (EngagementStatus status : IN_FORCE) {
			int page = 0;
			PageResult<EngagementView> views;
			do {
				views = engagements.list(caller, null, status, new Paging(page++, Paging.MAX_SIZE));
				views.items().stream().filter(e -> e.client().id().equals(clientId)).forEach(found::add);
			}
			while (page < views.totalPages());
		}
		return found;
	}

	/** The terms of an engagement a vendor concentration reads, from the view the caller has of it. */
	private record Terms(String currency, BigDecimal spend) {

		static Terms of(EngagementView view) {
			if (view instanceof ProviderEngagementView p) {
				return new Terms(p.currency(),
						DependencyRisk.spend(p.budget(), p.monthlyFee(), p.startDate(), end(p.endDate(), p.renewalDate())));
			}
			if (view instanceof ClientEngagementView c) {
				return new Terms(c.currency(),
						DependencyRisk.spend(c.budget(), c.monthlyFee(), c.startDate(), end(c.endDate(), c.renewalDate())));
			}
			throw new IllegalStateException("a client's member reads its engagements as the client");
		}

		/** A term ends on its end date, or else the day before its renewal. */
		private static @Nullable LocalDate end(@Nullable LocalDate end, @Nullable LocalDate renewal) {
			return end != null ? end : renewal == null ? null : renewal.minusDays(1);
		}
	}

	private Window window(@Nullable Integer days) {
		int span = days == null ? DEFAULT_DAYS : days;
		if (span < 1 || span > MAX_DAYS) {
			throw Problem.invalid("days", "range", "The window is 1 to " + MAX_DAYS + " days");
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		return new Window(today.minusDays(span - 1L), today, span);
	}

	private WarningView view(RiskWarning warning) {
		Locale locale = LocaleContextHolder.getLocale();
		return new WarningView(warning.code(), warning.level(), warning.value(), warning.threshold(),
				warning.messageKey(), messages.getMessage(warning.messageKey(),
						new Object[] { warning.value(), warning.threshold() }, warning.code(), locale));
	}

	private static boolean written(@Nullable String text) {
		return text != null && !text.isBlank();
	}
}
