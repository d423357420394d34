package org.pilotage.engagement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Jdbc;
import org.pilotage.shared.Paging;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The engagement tables: engagements with their rates, exit plans and status history. Reads of lists take the
 * organizations whose engagements the caller may see ({@code null} for all), so scoping happens in the query.
 */
@Repository
class EngagementStore {

	/** What a list asks for besides the caller's scope. */
	record Filter(@Nullable EngagementKind kind, @Nullable EngagementStatus status) {
	}

	private static final RowMapper<ExitPlan> EXIT_PLAN = (rs, n) -> new ExitPlan(rs.getBoolean("plan_on_file"),
			rs.getString("data_return_format"), rs.getObject("transition_days", Integer.class),
			rs.getObject("last_rehearsal", LocalDate.class), rs.getString("successor_option"),
			Jdbc.requiredInstant(rs, "updated_at"), rs.getLong("version"));

	private static final RowMapper<StatusChange> HISTORY = (rs, n) -> new StatusChange(
			status(rs.getString("from_status")), EngagementStatus.valueOf(rs.getString("to_status")),
			rs.getString("reason"), rs.getString("actor"), Jdbc.requiredInstant(rs, "at"));

	private final JdbcClient jdbc;

	EngagementStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Engagement engagement) {
		Terms t = engagement.terms();
		jdbc.sql("""
				INSERT INTO engagements (id, kind, status, client_org_id, provider_org_id, title, scope,
				       deliverables_summary, bpo_function, start_date, end_date, renewal_date, notice_days,
				       renewal_alert_days, currency, budget, monthly_fee, created_at, updated_at, version)
				VALUES (:id, :kind, :status, :client, :provider, :title, :scope, :deliverables, :function, :start, :end,
				       :renewal, :notice, :alert, :currency, :budget, :fee, :created, :updated, :version)""")
			.param("id", engagement.id())
			.param("kind", t.kind().name())
			.param("status", engagement.status().name())
			.param("client", t.clientOrgId())
			.param("provider", t.providerOrgId())
			.params(termValues(t))
			.param("created", Jdbc.utc(engagement.createdAt()))
			.param("updated", Jdbc.utc(engagement.updatedAt()))
			.param("version", engagement.version())
			.update();
		insertRates(engagement.id(), t.rates());
	}

	/** Replaces the terms if the stored version is still {@code expectedVersion}; false when someone was first. */
	boolean updateTerms(UUID id, long expectedVersion, Terms t, Instant now) {
		boolean updated = jdbc.sql("""
				UPDATE engagements SET title = :title, scope = :scope, deliverables_summary = :deliverables,
				       bpo_function = :function, start_date = :start, end_date = :end, renewal_date = :renewal,
				       notice_days = :notice, renewal_alert_days = :alert, currency = :currency, budget = :budget,
				       monthly_fee = :fee, updated_at = :now, version = version + 1
				 WHERE id = :id AND version = :version""")
			.params(termValues(t))
			.param("now", Jdbc.utc(now))
			.param("id", id)
			.param("version", expectedVersion)
			.update() == 1;
		if (updated) {
			jdbc.sql("DELETE FROM engagement_rates WHERE engagement_id = :id").param("id", id).update();
			insertRates(id, t.rates());
		}
		return updated;
	}

	/** Moves the status if the stored version is still {@code expectedVersion}. */
	boolean updateStatus(UUID id, long expectedVersion, EngagementStatus status, Instant now) {
		return jdbc.sql("""
				UPDATE engagements SET status = :status, updated_at = :now, version = version + 1
				 WHERE id = :id AND version = :version""")
			.param("status", status.name())
			.param("now", Jdbc.utc(now))
			.param("id", id)
			.param("version", expectedVersion)
			.update() == 1;
	}

	Optional<Engagement> findById(UUID id) {
		List<Engagement> found = withRates(jdbc.sql("SELECT * FROM engagements WHERE id = :id")
			.param("id", id)
			.query(EngagementStore::engagement)
			.list());
		return found.stream().findFirst();
	}

	List<Engagement> page(@Nullable Collection<UUID> organizations, Collection<UUID> staffedOn, Filter filter,
			Paging paging) {
		if (organizations != null && organizations.isEmpty() && staffedOn.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		String where = where(organizations, staffedOn, filter, params);
		params.put("limit", paging.size());
		params.put("offset", paging.offset());
		return withRates(jdbc.sql("SELECT * FROM engagements" + where
				+ " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
			.params(params)
			.query(EngagementStore::engagement)
			.list());
	}

	long count(@Nullable Collection<UUID> organizations, Collection<UUID> staffedOn, Filter filter) {
		if (organizations != null && organizations.isEmpty() && staffedOn.isEmpty()) {
			return 0;
		}
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql("SELECT COUNT(*) FROM engagements" + where(organizations, staffedOn, filter, params))
			.params(params)
			.query(Long.class)
			.single();
	}

	void insertHistory(UUID engagementId, @Nullable EngagementStatus from, EngagementStatus to, @Nullable String reason,
			@Nullable UUID actorId, String actor, Instant at) {
		jdbc.sql("""
				INSERT INTO engagement_status_history (id, engagement_id, from_status, to_status, reason, actor_id, actor, at)
				VALUES (:id, :engagement, :from, :to, :reason, :actorId, :actor, :at)""")
			.param("id", UUID.randomUUID())
			.param("engagement", engagementId)
			.param("from", from == null ? null : from.name())
			.param("to", to.name())
			.param("reason", reason)
			.param("actorId", actorId)
			.param("actor", actor)
			.param("at", Jdbc.utc(at))
			.update();
	}

	List<StatusChange> history(UUID engagementId) {
		return jdbc.sql("SELECT * FROM engagement_status_history WHERE engagement_id = :id ORDER BY at, id")
			.param("id", engagementId)
			.query(HISTORY)
			.list();
	}

	void insertExitPlan(UUID engagementId, Instant now) {
		jdbc.sql("""
				INSERT INTO exit_plans (engagement_id, plan_on_file, updated_at, version)
				VALUES (:id, FALSE, :now, 0)""")
			.param("id", engagementId)
			.param("now", Jdbc.utc(now))
			.update();
	}

	Optional<ExitPlan> exitPlan(UUID engagementId) {
		return jdbc.sql("SELECT * FROM exit_plans WHERE engagement_id = :id")
			.param("id", engagementId)
			.query(EXIT_PLAN)
			.optional();
	}

	boolean updateExitPlan(UUID engagementId, long expectedVersion, ExitPlan plan) {
		return jdbc.sql("""
				UPDATE exit_plans SET plan_on_file = :onFile, data_return_format = :format,
				       transition_days = :transition, last_rehearsal = :rehearsal, successor_option = :successor,
				       updated_at = :now, version = version + 1
				 WHERE engagement_id = :id AND version = :version""")
			.param("onFile", plan.planOnFile())
			.param("format", plan.dataReturnFormat())
			.param("transition", plan.transitionDays())
			.param("rehearsal", plan.lastRehearsal())
			.param("successor", plan.successorOption())
			.param("now", Jdbc.utc(plan.updatedAt()))
			.param("id", engagementId)
			.param("version", expectedVersion)
			.update() == 1;
	}

	/**
	 * The caller's scope: engagements of its organizations ({@code null}: all) and those it is staffed on as a
	 * freelancer.
	 */
	private static String where(@Nullable Collection<UUID> organizations, Collection<UUID> staffedOn, Filter filter,
			Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (organizations != null) {
			List<String> scope = new ArrayList<>();
			if (!organizations.isEmpty()) {
				scope.add("client_org_id IN (:orgs) OR provider_org_id IN (:orgs)");
				params.put("orgs", organizations);
			}
			if (!staffedOn.isEmpty()) {
				scope.add("id IN (:staffed)");
				params.put("staffed", staffedOn);
			}
			conditions.add("(" + String.join(" OR ", scope) + ")");
		}
		if (filter.kind() != null) {
			conditions.add("kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.status() != null) {
			conditions.add("status = :status");
			params.put("status", filter.status().name());
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	private void insertRates(UUID engagementId, List<Rate> rates) {
		for (int i = 0; i < rates.size(); i++) {
			Rate rate = rates.get(i);
			jdbc.sql("""
					INSERT INTO engagement_rates (engagement_id, role_label, role_key, day_rate, position)
					VALUES (:id, :role, :key, :rate, :position)""")
				.param("id", engagementId)
				.param("role", rate.role())
				.param("key", rate.role().toLowerCase(Locale.ROOT))
				.param("rate", rate.dayRate())
				.param("position", i)
				.update();
		}
	}

	/** The engagements with their rates, read in one query for the whole list. */
	private List<Engagement> withRates(List<Engagement> engagements) {
		if (engagements.isEmpty()) {
			return engagements;
		}
		Map<UUID, List<Rate>> rates = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM engagement_rates WHERE engagement_id IN (:ids) ORDER BY position")
			.param("ids", engagements.stream().map(Engagement::id).toList())
			.query((ResultSet rs) -> {
				rates.computeIfAbsent(rs.getObject("engagement_id", UUID.class), id -> new ArrayList<>())
					.add(new Rate(rs.getString("role_label"), rs.getBigDecimal("day_rate")));
			});
		return engagements.stream().map(e -> {
			Terms t = e.terms();
			Terms withRates = new Terms(t.kind(), t.clientOrgId(), t.providerOrgId(), t.title(), t.scope(),
					t.deliverablesSummary(), t.bpoFunction(), t.startDate(), t.endDate(), t.renewalDate(),
					t.noticeDays(), t.renewalAlertDays(), t.currency(), t.budget(), t.monthlyFee(),
					rates.getOrDefault(e.id(), List.of()));
			return new Engagement(e.id(), e.status(), withRates, e.createdAt(), e.updatedAt(), e.version());
		}).toList();
	}

	private static Map<String, Object> termValues(Terms t) {
		Map<String, Object> values = new HashMap<>();
		values.put("title", t.title());
		values.put("scope", t.scope());
		values.put("deliverables", t.deliverablesSummary());
		values.put("function", t.bpoFunction() == null ? null : t.bpoFunction().name());
		values.put("start", t.startDate());
		values.put("end", t.endDate());
		values.put("renewal", t.renewalDate());
		values.put("notice", t.noticeDays());
		values.put("alert", t.renewalAlertDays());
		values.put("currency", t.currency());
		values.put("budget", t.budget());
		values.put("fee", t.monthlyFee());
		return values;
	}

	private static Engagement engagement(ResultSet rs, int row) throws SQLException {
		String function = rs.getString("bpo_function");
		Terms terms = new Terms(EngagementKind.valueOf(rs.getString("kind")), rs.getObject("client_org_id", UUID.class),
				rs.getObject("provider_org_id", UUID.class), rs.getString("title"), rs.getString("scope"),
				rs.getString("deliverables_summary"), function == null ? null : BpoFunction.valueOf(function),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				rs.getObject("renewal_date", LocalDate.class), rs.getObject("notice_days", Integer.class),
				rs.getInt("renewal_alert_days"), rs.getString("currency"), rs.getBigDecimal("budget"),
				rs.getBigDecimal("monthly_fee"), List.of());
		return new Engagement(rs.getObject("id", UUID.class), EngagementStatus.valueOf(rs.getString("status")), terms,
				Jdbc.requiredInstant(rs, "created_at"), Jdbc.requiredInstant(rs, "updated_at"), rs.getLong("version"));
	}

	private static @Nullable EngagementStatus status(@Nullable String value) {
		return value == null ? null : EngagementStatus.valueOf(value);
	}


}
