package org.pilotage.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Jdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * The archived weekly reports (a report is never changed: a new generation of a week is a new revision), the claims of
 * the Monday schedule, and the decisions and actions of each engagement.
 */
@Repository
class WeeklyReportStore {

	/** A report as archived, with who generated it and how. */
	record Archived(UUID id, UUID engagementId, String week, int revision, boolean scheduled, Instant generatedAt,
			String generatedBy, WeeklyReport report) {
	}

	/** A line of an engagement's archive: one revision of a week, without its content. */
	record Summary(String week, int revision, boolean scheduled, Instant generatedAt, String generatedBy) {
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;

	WeeklyReportStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Claims the schedule's generation of the engagement's week for {@code instance}: true for the one claimant whose
	 * row is inserted; on PostgreSQL a concurrent claimant waits for the winner's transaction and then inserts nothing.
	 */
	boolean claim(UUID engagementId, String week, UUID reportId, Instant now, String instance) {
		return jdbc.sql("""
				INSERT INTO weekly_report_runs (engagement_id, week, report_id, claimed_at, claimed_by)
				VALUES (:engagement, :week, :report, :now, :instance)
				ON CONFLICT DO NOTHING""")
			.param("engagement", engagementId)
			.param("week", week)
			.param("report", reportId)
			.param("now", Jdbc.utc(now))
			.param("instance", instance.length() > 200 ? instance.substring(0, 200) : instance)
			.update() == 1;
	}

	/** Whether the schedule generated the engagement's week already. */
	boolean claimed(UUID engagementId, String week) {
		return jdbc.sql("SELECT COUNT(*) FROM weekly_report_runs WHERE engagement_id = :engagement AND week = :week")
			.param("engagement", engagementId)
			.param("week", week)
			.query(Long.class)
			.single() > 0;
	}

	/** The revision the next generation of the week gets: 1 for the first. */
	int nextRevision(UUID engagementId, String week) {
		return jdbc.sql("SELECT COALESCE(MAX(revision), 0) + 1 FROM weekly_reports WHERE engagement_id = :engagement"
				+ " AND week = :week")
			.param("engagement", engagementId)
			.param("week", week)
			.query(Integer.class)
			.single();
	}

	void insert(Archived archived, Period period, @Nullable UUID generatedById) {
		jdbc.sql("""
				INSERT INTO weekly_reports (id, engagement_id, week, revision, zone, period_from, period_to, scheduled,
				                            generated_at, generated_by, generated_by_label, content)
				VALUES (:id, :engagement, :week, :revision, :zone, :from, :to, :scheduled, :at, :by, :label, :content)""")
			.param("id", archived.id())
			.param("engagement", archived.engagementId())
			.param("week", archived.week())
			.param("revision", archived.revision())
			.param("zone", period.zone().getId())
			.param("from", Jdbc.utc(period.from()))
			.param("to", Jdbc.utc(period.to()))
			.param("scheduled", archived.scheduled())
			.param("at", Jdbc.utc(archived.generatedAt()))
			.param("by", generatedById)
			.param("label", archived.generatedBy())
			.param("content", json.writeValueAsString(archived.report()))
			.update();
	}

	/** Every revision of every week of the engagement, the latest week first, its latest revision first. */
	List<Summary> summaries(UUID engagementId) {
		return jdbc.sql("""
				SELECT week, revision, scheduled, generated_at, generated_by_label FROM weekly_reports
				WHERE engagement_id = :engagement ORDER BY week DESC, revision DESC""")
			.param("engagement", engagementId)
			.query((rs, n) -> new Summary(rs.getString("week"), rs.getInt("revision"), rs.getBoolean("scheduled"),
					Jdbc.requiredInstant(rs, "generated_at"), rs.getString("generated_by_label")))
			.list();
	}

	/** The week's report: the given revision, or the latest without one. */
	Optional<Archived> find(UUID engagementId, String week, @Nullable Integer revision) {
		return jdbc.sql("""
				SELECT id, engagement_id, week, revision, scheduled, generated_at, generated_by_label, content
				FROM weekly_reports WHERE engagement_id = :engagement AND week = :week
				AND (CAST(:revision AS INT) IS NULL OR revision = :revision)
				ORDER BY revision DESC LIMIT 1""")
			.param("engagement", engagementId)
			.param("week", week)
			.param("revision", revision)
			.query((rs, n) -> new Archived(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "engagement_id"), rs.getString("week"),
					rs.getInt("revision"), rs.getBoolean("scheduled"), Jdbc.requiredInstant(rs, "generated_at"),
					rs.getString("generated_by_label"), json.readValue(rs.getString("content"), WeeklyReport.class)))
			.optional();
	}

	// Decisions and actions

	List<ReportAction> actions(UUID engagementId) {
		return jdbc.sql("SELECT * FROM weekly_report_actions WHERE engagement_id = :engagement ORDER BY created_at, id")
			.param("engagement", engagementId)
			.query(WeeklyReportStore::action)
			.list();
	}

	Optional<ReportAction> action(UUID engagementId, UUID actionId) {
		return jdbc.sql("SELECT * FROM weekly_report_actions WHERE engagement_id = :engagement AND id = :id")
			.param("engagement", engagementId)
			.param("id", actionId)
			.query(WeeklyReportStore::action)
			.optional();
	}

	void insertAction(ReportAction action) {
		bind(jdbc.sql("""
				INSERT INTO weekly_report_actions (id, engagement_id, kind, text, owner_user_id, owner_label, due_date,
				    status, closed_at, version, created_at, created_by_label, updated_at, updated_by_label)
				VALUES (:id, :engagement, :kind, :text, :ownerUser, :owner, :due, :status, :closed, :version, :created,
				    :createdBy, :updated, :updatedBy)"""), action)
			.param("created", Jdbc.utc(action.createdAt()))
			.param("createdBy", action.createdBy())
			.update();
	}

	/** Writes the action's new state if it is still at {@code expectedVersion}; false when another write came first. */
	boolean updateAction(ReportAction action, int expectedVersion) {
		return bind(jdbc.sql("""
				UPDATE weekly_report_actions SET kind = :kind, text = :text, owner_user_id = :ownerUser,
				    owner_label = :owner, due_date = :due, status = :status, closed_at = :closed, version = :version,
				    updated_at = :updated, updated_by_label = :updatedBy
				WHERE id = :id AND engagement_id = :engagement AND version = :expected"""), action)
			.param("expected", expectedVersion)
			.update() == 1;
	}

	/** The columns an insert and an update of an action both write. */
	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ReportAction action) {
		return statement.param("id", action.id())
			.param("engagement", action.engagementId())
			.param("kind", action.kind().name())
			.param("text", action.text())
			.param("ownerUser", action.ownerUserId())
			.param("owner", action.ownerUserId() == null ? action.owner() : null)
			.param("due", action.dueDate())
			.param("status", action.status().name())
			.param("closed", Jdbc.utc(action.closedAt()))
			.param("version", action.version())
			.param("updated", Jdbc.utc(action.updatedAt()))
			.param("updatedBy", action.updatedBy());
	}

	/** An action as stored; {@code owner} is the free text, or null when a member owns it (named by the service). */
	private static ReportAction action(ResultSet rs, int row) throws SQLException {
		return new ReportAction(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "engagement_id"),
				ReportAction.Kind.valueOf(rs.getString("kind")), rs.getString("text"), Jdbc.uuid(rs, "owner_user_id"),
				rs.getString("owner_label"), rs.getObject("due_date", LocalDate.class),
				ReportAction.Status.valueOf(rs.getString("status")), Jdbc.instant(rs, "closed_at"), rs.getInt("version"),
				Jdbc.requiredInstant(rs, "created_at"), rs.getString("created_by_label"),
				Jdbc.requiredInstant(rs, "updated_at"), rs.getString("updated_by_label"));
	}
}
