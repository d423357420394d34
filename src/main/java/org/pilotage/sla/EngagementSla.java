package org.pilotage.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.Audience;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Caller;
import org.pilotage.identity.Organization;
import org.pilotage.identity.OrganizationManagement;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Paging;
import org.pilotage.shared.Problem;
import org.pilotage.work.Priority;
import org.pilotage.work.WorkItems;
import org.pilotage.work.WorkStatus;
import org.pilotage.work.WorkViews.WorkItemView;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An engagement's watched clocks: one line per item and metric the caller may see whose clock runs with a due
 * instant, or is paused already breached, by due instant (the soonest or the longest breached first), filtered by
 * state, paged; with the counts of each state and a summary of the engagement's current policy. The states are
 * disjoint: RUNNING (on time, not yet at risk), AT_RISK (past the at-risk share, not yet due), BREACHED (due instant
 * passed). The client's side never sees an OLA metric, a staffed freelancer only those.
 */
@Service
public class EngagementSla {

	/** The state of a watched clock now. */
	public enum State {
		RUNNING, AT_RISK, BREACHED
	}

	/** The parameters as sent, checked together: every bad one is reported in one 400. */
	public record Request(@Nullable String state, @Nullable String sort, @Nullable String page,
			@Nullable String size) {
	}

	/** What was asked: a state or all (null), the order of the due instants, the page. */
	public record Query(@Nullable State state, boolean ascending, Paging paging) {
	}

	/** How many watched clocks are in each state. */
	public record Counts(long running, long atRisk, long breached) {

		public long total() {
			return running + atRisk + breached;
		}
	}

	/**
	 * The current version of the engagement's policy: its number, its calendar (null: round the clock; its name when
	 * it is one of the parties'), the at-risk share, and where the API gives the whole policy.
	 */
	public record PolicySummary(int version, @Nullable UUID calendarId, @Nullable String calendarName,
			int atRiskPercent, String href) {
	}

	/**
	 * A watched clock: the item (key, number, title, priority, status), the metric and its agreement, the cycle, the
	 * state, the at-risk and due instants and the wall-clock seconds left before the due instant (negative once
	 * breached).
	 */
	public record Line(UUID itemId, String key, int number, String title, Priority priority, WorkStatus status,
			Metric metric, Agreement agreement, int cycle, State state, @Nullable Instant atRiskAt, Instant dueAt,
			long timeToBreachSeconds) {
	}

	/** The answer: the counts, the policy (null when none, or for a freelancer) and a page of lines. */
	public record View(UUID engagementId, Instant at, Counts counts, @Nullable PolicySummary policy,
			PageResult<Line> lines) {
	}

	private final Engagements engagements;
	private final WorkItems work;
	private final SlaViewStore store;
	private final SlaPolicies policies;
	private final SlaCalendars calendars;
	private final OrganizationManagement organizations;
	private final java.time.Clock clock;

	EngagementSla(Engagements engagements, WorkItems work, SlaViewStore store, SlaPolicies policies,
			SlaCalendars calendars, OrganizationManagement organizations, java.time.Clock clock) {
		this.engagements = engagements;
		this.work = work;
		this.store = store;
		this.policies = policies;
		this.calendars = calendars;
		this.organizations = organizations;
		this.clock = clock;
	}

	/**
	 * The engagement's watched clocks for the caller. @throws Problem 404 when the caller may not see the
	 * engagement, 400 with every bad parameter
	 */
	@Transactional(readOnly = true)
	public View items(Caller caller, UUID engagementId, Request request) {
		EngagementAccess access = engagements.access(caller, engagementId);
		Query query = parse(request);
		Instant now = clock.instant();
		SlaViewStore.Counts counts = store.counts(engagementId, access.audience(), now);
		List<SlaViewStore.Row> rows = store.page(engagementId, access.audience(), query.state(), query.ascending(),
				now, query.paging());
		Set<UUID> ids = new LinkedHashSet<>();
		rows.forEach(row -> ids.add(row.itemId()));
		Map<UUID, WorkItemView> items = work.views(caller, engagementId, ids);
		List<Line> lines = new ArrayList<>();
		for (SlaViewStore.Row row : rows) {
			WorkItemView item = items.get(row.itemId());
			if (item != null) {
				lines.add(new Line(item.id(), item.key(), item.number(), item.title(), item.priority(), item.status(),
						metricOf(row.metric()), agreementOf(row.metric()), row.cycle(), stateOf(row, now),
						row.atRiskAt(), row.dueAt(), Duration.between(now, row.dueAt()).getSeconds()));
			}
		}
		long total = query.state() == null ? counts.running() + counts.atRisk() + counts.breached()
				: switch (query.state()) {
					case RUNNING -> counts.running();
					case AT_RISK -> counts.atRisk();
					case BREACHED -> counts.breached();
				};
		return new View(engagementId, now, new Counts(counts.running(), counts.atRisk(), counts.breached()),
				policy(access), PageResult.of(lines, query.paging(), total));
	}

	/** The zone the caller reads instants in: its organization's on the engagement, else its first, else UTC. */
	@Transactional(readOnly = true)
	public ZoneId zoneOf(Caller caller, EngagementAccess access) {
		return organizations.mine(caller)
			.stream()
			.sorted(Comparator.comparing((Organization o) -> o.id().equals(access.clientOrgId())
					|| o.id().equals(access.providerOrgId()) ? 0 : 1))
			.map(o -> ZoneId.of(o.timeZone()))
			.findFirst()
			.orElse(ZoneOffset.UTC);
	}

	/** The name of a calendar of the engagement's parties, or null (round the clock, or another's). */
	@Nullable
	String calendarName(@Nullable UUID calendarId, EngagementAccess access) {
		if (calendarId == null) {
			return null;
		}
		return Stream.of(access.providerOrgId(), access.clientOrgId())
			.flatMap(organization -> calendars.usable(organization).stream())
			.filter(calendar -> calendar.id().equals(calendarId))
			.map(CalendarSummary::name)
			.findFirst()
			.orElse(null);
	}

	/** A policy's calendar for a reader: its name, "round the clock" without one, or the provider's when unnamed. */
	static String calendarLabel(@Nullable UUID calendarId, @Nullable String name, MessageSource messages,
			Locale locale) {
		if (calendarId == null) {
			return messages.getMessage("sla.view.roundTheClock", null, locale);
		}
		return name != null ? name : messages.getMessage("sla.view.calendarOfParty", null, locale);
	}

	private @Nullable PolicySummary policy(EngagementAccess access) {
		if (access.audience() == Audience.FREELANCER) {
			// the client's policy is the parties' business; a freelancer works to the agency's agreement
			return null;
		}
		return policies.current(access.engagementId())
			.map(version -> new PolicySummary(version.version(), version.calendarId(),
					calendarName(version.calendarId(), access), version.atRiskPercent(),
					"/api/v1/engagements/" + access.engagementId() + "/sla-policy"))
			.orElse(null);
	}

	static State stateOf(SlaViewStore.Row row, Instant now) {
		if (!row.dueAt().isAfter(now)) {
			return State.BREACHED;
		}
		return row.atRiskAt() != null && !row.atRiskAt().isAfter(now) ? State.AT_RISK : State.RUNNING;
	}

	/** The metric of a stored key ({@code OLA_RESOLUTION} → RESOLUTION). */
	static Metric metricOf(String key) {
		return Metric.valueOf(key.startsWith("OLA_") ? key.substring(4) : key);
	}

	/** The agreement of a stored key. */
	static Agreement agreementOf(String key) {
		return key.startsWith("OLA_") ? Agreement.OLA : Agreement.SLA;
	}

	/** The parameters read together: state, sort, page and size, every bad one named. */
	static Query parse(Request request) {
		List<Problem.FieldError> errors = new ArrayList<>();
		State state = null;
		String stateName = blankToNull(request.state());
		if (stateName != null && !stateName.equalsIgnoreCase("ALL")) {
			try {
				state = State.valueOf(stateName.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException unknown) {
				errors.add(new Problem.FieldError("state", "unknown",
						"One of AT_RISK, BREACHED, RUNNING or ALL"));
			}
		}
		boolean ascending = true;
		String sort = blankToNull(request.sort());
		if (sort != null) {
			if (sort.equals("-timeToBreach")) {
				ascending = false;
			}
			else if (!sort.equals("timeToBreach")) {
				errors.add(new Problem.FieldError("sort", "unknown", "timeToBreach or -timeToBreach"));
			}
		}
		int page = number(request.page(), "page", 0, 0, Integer.MAX_VALUE, errors);
		int size = number(request.size(), "size", Paging.DEFAULT_SIZE, 1, Paging.MAX_SIZE, errors);
		if (!errors.isEmpty()) {
			throw new Problem(HttpStatus.BAD_REQUEST, "invalid-input", "The parameters are invalid", errors);
		}
		return new Query(state, ascending, new Paging(page, size));
	}

	private static int number(@Nullable String value, String field, int absent, int min, int max,
			List<Problem.FieldError> errors) {
		String text = blankToNull(value);
		if (text == null) {
			return absent;
		}
		try {
			int number = Integer.parseInt(text);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException notANumber) {
			// reported below like one out of range
		}
		errors.add(new Problem.FieldError(field, "range", max == Integer.MAX_VALUE ? "A whole number, 0 or more"
				: "A whole number from " + min + " to " + max));
		return absent;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
