package org.pilotage.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.Audience;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Caller;
import org.pilotage.identity.Role;
import org.pilotage.shared.Problem;
import org.pilotage.work.Priority;
import org.pilotage.work.WorkItemType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An engagement's SLA policy and its versions. Writing a policy adds a version; items keep the version in force
 * when their clocks started. The first version also pins the engagement's open items, which are then measured from
 * their own timelines. In subcontracting, each version also holds the agency's OLA towards the freelancer, derived
 * from the SLA and nested inside it. The provider's side reads both, the client's side the SLA only, a staffed
 * freelancer the OLA only; the parties' administrators (the provider's managers, the client's administrators) and the
 * platform's administrators write it.
 */
@Service
public class SlaPolicies {

	/** The longest goal: a year of business minutes. */
	static final long MAX_GOAL_MINUTES = 525_600;

	/** A policy as written: every field optional; metrics left out take the defaults. */
	public record Request(@Nullable String calendarId, @Nullable Integer atRiskPercent,
			@Nullable List<MetricRequest> metrics, @Nullable String note, @Nullable Integer olaPercent) {
	}

	/** A metric as written; lists of condition names, goals in business minutes by priority. */
	public record MetricRequest(@Nullable String metric, @Nullable List<String> types, @Nullable List<String> start,
			@Nullable List<String> pause, @Nullable List<String> resume, @Nullable List<String> stop,
			@Nullable Boolean restarts, @Nullable Map<String, Long> goalMinutes,
			@Nullable Map<String, Long> olaGoalMinutes) {
	}

	/** The policy's current version, the numbers of all its versions, and whether the caller may write it. */
	public record PolicyView(PolicyVersion current, List<Integer> versions, boolean editable) {
	}

	/** The default share of the client's goals the agency's OLA is due at. */
	static final int DEFAULT_OLA_PERCENT = 80;

	private final SlaPolicyStore store;
	private final SlaClocks clocks;
	private final SlaCalendars calendars;
	private final Engagements engagements;
	private final Clock clock;

	SlaPolicies(SlaPolicyStore store, SlaClocks clocks, SlaCalendars calendars, Engagements engagements, Clock clock) {
		this.store = store;
		this.clocks = clocks;
		this.calendars = calendars;
		this.engagements = engagements;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PolicyView get(Caller caller, UUID engagementId) {
		EngagementAccess access = readable(caller, engagementId);
		SlaPolicyStore.Policy policy = store.ofEngagement(engagementId)
			.filter(p -> p.currentVersion() > 0)
			.orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "no-sla-policy",
					"The engagement has no SLA policy yet"));
		return new PolicyView(store.version(policy.id(), policy.currentVersion()).visibleTo(access.audience()),
				store.versionNumbers(policy.id()), mayWrite(caller, access));
	}

	@Transactional(readOnly = true)
	public PolicyVersion version(Caller caller, UUID engagementId, int version) {
		EngagementAccess access = readable(caller, engagementId);
		SlaPolicyStore.Policy policy = store.ofEngagement(engagementId)
			.filter(p -> version >= 1 && version <= p.currentVersion())
			.orElseThrow(() -> Problem.notFound("SLA policy version"));
		return store.version(policy.id(), version).visibleTo(access.audience());
	}

	/**
	 * Writes a new version. @param expectedVersion the current version the caller read (an If-Match), or null
	 * @throws Problem 400 with every bad field, 412 when another version was written since
	 */
	@Transactional
	public PolicyView write(Caller caller, UUID engagementId, @Nullable Long expectedVersion, Request request) {
		EngagementAccess access = readable(caller, engagementId);
		if (!mayWrite(caller, access)) {
			throw Problem.forbidden("Only the parties' administrators write the SLA policy");
		}
		List<Problem.FieldError> errors = new ArrayList<>();
		List<MetricDefinition> metrics = metrics(request.metrics(), errors);
		int atRisk = request.atRiskPercent() == null ? 75 : request.atRiskPercent();
		if (atRisk < 1 || atRisk > 99) {
			errors.add(new Problem.FieldError("atRiskPercent", "range", "The at-risk share is 1 to 99 percent"));
		}
		UUID calendarId = calendar(request.calendarId(), access, errors);
		Integer olaPercent = ola(access, request, metrics, errors);
		if (request.note() != null && request.note().length() > 500) {
			errors.add(new Problem.FieldError("note", "size", "The note is 500 characters at most"));
		}
		if (!errors.isEmpty()) {
			throw new Problem(HttpStatus.BAD_REQUEST, "invalid-input", "The policy has invalid fields", errors);
		}
		Instant now = clock.instant();
		SlaPolicyStore.Policy policy = store.lockOfEngagement(engagementId).orElseGet(() -> {
			UUID id = UUID.randomUUID();
			store.insertPolicy(id, engagementId, now);
			return new SlaPolicyStore.Policy(id, engagementId, 0);
		});
		if (expectedVersion != null && expectedVersion != policy.currentVersion()) {
			throw Problem.staleVersion();
		}
		PolicyVersion version = new PolicyVersion(policy.id(), engagementId, policy.currentVersion() + 1, calendarId,
				atRisk, metrics, request.note(), now, caller.email(), olaPercent);
		store.insertVersion(version, caller.userId());
		if (version.version() == 1) {
			store.pinOpenItems(engagementId, new SlaPolicyStore.Pin(policy.id(), 1), now);
			clocks.recompute(engagementId, true);
		}
		return new PolicyView(version.visibleTo(access.audience()), store.versionNumbers(policy.id()), true);
	}

	/**
	 * In subcontracting (and hybrid engagements), the agency's OLA towards the freelancer: each SLA metric again, due
	 * at {@code olaPercent} of the client's goal (rounded down, one minute at least) unless the metric names its own
	 * OLA goals, which must nest inside the SLA's (never longer, and only where the SLA has a goal). Appended to
	 * {@code metrics}; the share written, or null for a BPO engagement, which has no OLA.
	 */
	private static @Nullable Integer ola(EngagementAccess access, Request request, List<MetricDefinition> metrics,
			List<Problem.FieldError> errors) {
		List<MetricRequest> requests = request.metrics() == null ? List.of() : request.metrics();
		if (!access.kind().hasMission()) {
			if (request.olaPercent() != null) {
				errors.add(new Problem.FieldError("olaPercent", "no-ola", "An OLA is for subcontracting engagements"));
			}
			for (int n = 0; n < requests.size(); n++) {
				if (requests.get(n).olaGoalMinutes() != null) {
					errors.add(new Problem.FieldError("metrics[" + n + "].olaGoalMinutes", "no-ola",
							"An OLA is for subcontracting engagements"));
				}
			}
			return null;
		}
		int percent = request.olaPercent() == null ? DEFAULT_OLA_PERCENT : request.olaPercent();
		if (percent < 1 || percent > 100) {
			errors.add(new Problem.FieldError("olaPercent", "range",
					"The OLA is due at 1 to 100 percent of the client's goal"));
			return null;
		}
		List<MetricDefinition> olas = new ArrayList<>();
		for (MetricDefinition sla : metrics) {
			Map<Priority, Long> goals = new EnumMap<>(Priority.class);
			sla.goalMinutes().forEach((priority, minutes) -> goals.put(priority, Math.max(1, minutes * percent / 100)));
			Map<String, Long> own = null;
			int at = -1;
			for (int n = 0; n < requests.size(); n++) {
				if (sla.metric().name().equalsIgnoreCase(String.valueOf(requests.get(n).metric()))) {
					own = requests.get(n).olaGoalMinutes();
					at = n;
				}
			}
			if (own != null) {
				String field = "metrics[" + at + "].olaGoalMinutes";
				own.forEach((name, minutes) -> {
					Priority priority = name(Priority.class, name, field, errors);
					if (priority == null) {
						return;
					}
					Long limit = sla.goalMinutes().get(priority);
					if (minutes == null || minutes < 1) {
						errors.add(new Problem.FieldError(field + "." + name, "range", "An OLA goal is 1 minute or more"));
					}
					else if (limit == null || minutes > limit) {
						errors.add(new Problem.FieldError(field + "." + name, "not-nested", "The OLA goal must nest "
								+ "inside the client's: " + (limit == null ? "no SLA goal" : limit + " minutes at most")));
					}
					else {
						goals.put(priority, minutes);
					}
				});
			}
			olas.add(sla.as(Agreement.OLA, goals));
		}
		metrics.addAll(olas);
		return percent;
	}

	/** The calendars a policy of the engagement may count in: the provider's own and the client's own. */
	List<CalendarSummary> usableCalendars(EngagementAccess access) {
		return java.util.stream.Stream.of(access.providerOrgId(), access.clientOrgId())
			.flatMap(organization -> calendars.usable(organization).stream())
			.toList();
	}

	/** The calendar, one of the parties' own (either side's), or none: round the clock. */
	private @Nullable UUID calendar(@Nullable String id, EngagementAccess access, List<Problem.FieldError> errors) {
		if (id == null || id.isBlank()) {
			return null;
		}
		try {
			UUID calendarId = UUID.fromString(id.trim());
			boolean usable = usableCalendars(access).stream().anyMatch(calendar -> calendar.id().equals(calendarId));
			if (usable) {
				return calendarId;
			}
		}
		catch (IllegalArgumentException notAnId) {
			// reported below like an unknown one
		}
		errors.add(new Problem.FieldError("calendarId", "unknown",
				"No such calendar of the engagement's provider or client"));
		return null;
	}

	private EngagementAccess readable(Caller caller, UUID engagementId) {
		return engagements.access(caller, engagementId);
	}

	static boolean mayWrite(Caller caller, EngagementAccess access) {
		return caller.isPlatformAdmin() || caller.hasRole(access.providerOrgId(), Role.PROVIDER_MANAGER)
				|| caller.hasRole(access.providerOrgId(), Role.FREELANCER)
				|| caller.hasRole(access.clientOrgId(), Role.CLIENT_ADMIN);
	}

	/** The metrics as written, or the four defaults; every bad field reported. */
	static List<MetricDefinition> metrics(@Nullable List<MetricRequest> requests, List<Problem.FieldError> errors) {
		if (requests == null) {
			List<MetricDefinition> defaults = new ArrayList<>();
			for (Metric metric : Metric.values()) {
				defaults.add(MetricDefinition.defaults(metric, MetricDefinition.defaultGoals(metric)));
			}
			return defaults;
		}
		List<MetricDefinition> metrics = new ArrayList<>();
		Set<Metric> seen = new HashSet<>();
		for (int n = 0; n < requests.size(); n++) {
			String at = "metrics[" + n + "]";
			MetricRequest request = requests.get(n);
			Metric metric = name(Metric.class, request.metric(), at + ".metric", errors);
			if (metric == null) {
				continue;
			}
			if (!seen.add(metric)) {
				errors.add(new Problem.FieldError(at + ".metric", "duplicate", "A metric appears once"));
				continue;
			}
			MetricDefinition defaults = MetricDefinition.defaults(metric, MetricDefinition.defaultGoals(metric));
			Set<WorkItemType> types = names(WorkItemType.class, request.types(), defaults.types(), at + ".types", errors);
			Set<Trigger> start = names(Trigger.class, request.start(), defaults.start(), at + ".start", errors);
			Set<Trigger> pause = names(Trigger.class, request.pause(), defaults.pause(), at + ".pause", errors);
			Set<Trigger> resume = names(Trigger.class, request.resume(), defaults.resume(), at + ".resume", errors);
			Set<Trigger> stop = names(Trigger.class, request.stop(), defaults.stop(), at + ".stop", errors);
			for (var required : List.of(Map.entry("types", types), Map.entry("start", start), Map.entry("stop", stop))) {
				if (required.getValue().isEmpty()) {
					errors.add(new Problem.FieldError(at + "." + required.getKey(), "required",
							"At least one " + required.getKey() + " is needed"));
				}
			}
			Map<Priority, Long> goals = new EnumMap<>(Priority.class);
			if (request.goalMinutes() == null) {
				goals.putAll(defaults.goalMinutes());
			}
			else {
				request.goalMinutes().forEach((priority, minutes) -> {
					Priority p = name(Priority.class, priority, at + ".goalMinutes", errors);
					if (minutes == null || minutes < 1 || minutes > MAX_GOAL_MINUTES) {
						errors.add(new Problem.FieldError(at + ".goalMinutes." + priority, "range",
								"A goal is 1 to " + MAX_GOAL_MINUTES + " business minutes"));
					}
					else if (p != null) {
						goals.put(p, minutes);
					}
				});
			}
			metrics.add(new MetricDefinition(metric, types, start, pause, resume, stop,
					request.restarts() == null ? defaults.restarts() : request.restarts(), goals));
		}
		return metrics;
	}

	private static <E extends Enum<E>> @Nullable E name(Class<E> type, @Nullable String value, String field,
			List<Problem.FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(new Problem.FieldError(field, "required", "Required"));
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			errors.add(new Problem.FieldError(field, "unknown", "Unknown value " + value + "; one of "
					+ EnumSet.allOf(type)));
			return null;
		}
	}

	private static <E extends Enum<E>> Set<E> names(Class<E> type, @Nullable List<String> values, Set<E> defaults,
			String field, List<Problem.FieldError> errors) {
		if (values == null) {
			return defaults;
		}
		Set<E> set = EnumSet.noneOf(type);
		for (int n = 0; n < values.size(); n++) {
			E value = name(type, values.get(n), field + "[" + n + "]", errors);
			if (value != null) {
				set.add(value);
			}
		}
		return set;
	}

	/** The current version of an engagement's policy, if it has one: for the other parts of the engine. */
	Optional<PolicyVersion> current(UUID engagementId) {
		return store.ofEngagement(engagementId)
			.filter(p -> p.currentVersion() > 0)
			.map(p -> store.version(p.id(), p.currentVersion()));
	}
}
