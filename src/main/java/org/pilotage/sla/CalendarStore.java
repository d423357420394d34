package org.pilotage.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Jdbc;
import org.pilotage.sla.BusinessCalendar.Interval;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The tables {@code sla_calendars} and {@code sla_calendar_days}. */
@Repository
class CalendarStore {

	private static final TypeReference<Map<String, List<List<String>>>> WEEK = new TypeReference<>() {
	};

	/** A stored calendar, its week parsed. */
	record Stored(UUID id, UUID organizationId, String name, ZoneId zone, Map<DayOfWeek, List<Interval>> week,
			@Nullable String country, @Nullable String region, long version, Instant createdAt, Instant updatedAt) {

		CalendarView view() {
			return new CalendarView(id, organizationId, name, zone.getId(), WeekFormat.json(week), country, region,
					version, createdAt, updatedAt);
		}

		CalendarSummary summary() {
			return new CalendarSummary(id, organizationId, name, zone.getId());
		}
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;

	CalendarStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<Stored> find(UUID id) {
		return jdbc.sql("SELECT * FROM sla_calendars WHERE id = :id").param("id", id).query(this::stored).optional();
	}

	Optional<Long> version(UUID id) {
		return jdbc.sql("SELECT version FROM sla_calendars WHERE id = :id").param("id", id).query(Long.class).optional();
	}

	/** The calendars of these organizations, or of all for null, by name. */
	List<Stored> list(@Nullable Collection<UUID> organizations) {
		if (organizations != null && organizations.isEmpty()) {
			return List.of();
		}
		var spec = organizations == null ? jdbc.sql("SELECT * FROM sla_calendars ORDER BY name, id")
				: jdbc.sql("SELECT * FROM sla_calendars WHERE organization_id IN (:organizations) ORDER BY name, id")
					.param("organizations", organizations);
		return spec.query(this::stored).list();
	}

	boolean nameTaken(UUID organizationId, String name, @Nullable UUID except) {
		return jdbc.sql("SELECT COUNT(*) FROM sla_calendars WHERE organization_id = :org AND name = :name AND id <> :except")
			.param("org", organizationId)
			.param("name", name)
			.param("except", except == null ? new UUID(0, 0) : except)
			.query(Long.class)
			.single() > 0;
	}

	long countAll() {
		return jdbc.sql("SELECT COUNT(*) FROM sla_calendars").query(Long.class).single();
	}

	void insert(Stored calendar) {
		jdbc.sql("""
				INSERT INTO sla_calendars (id, organization_id, name, zone, week_json, holiday_country, holiday_region,
				       version, created_at, updated_at)
				VALUES (:id, :org, :name, :zone, :week, :country, :region, :version, :created, :updated)""")
			.param("id", calendar.id())
			.param("org", calendar.organizationId())
			.param("name", calendar.name())
			.param("zone", calendar.zone().getId())
			.param("week", json.writeValueAsString(WeekFormat.json(calendar.week())))
			.param("country", calendar.country())
			.param("region", calendar.region())
			.param("version", calendar.version())
			.param("created", Jdbc.utc(calendar.createdAt()))
			.param("updated", Jdbc.utc(calendar.updatedAt()))
			.update();
	}

	/** Writes the calendar's fields if its stored version is still {@code expected}; the version goes up by one. */
	boolean update(Stored calendar, long expected) {
		return jdbc.sql("""
				UPDATE sla_calendars SET name = :name, zone = :zone, week_json = :week, holiday_country = :country,
				       holiday_region = :region, version = version + 1, updated_at = :updated
				 WHERE id = :id AND version = :version""")
			.param("id", calendar.id())
			.param("name", calendar.name())
			.param("zone", calendar.zone().getId())
			.param("week", json.writeValueAsString(WeekFormat.json(calendar.week())))
			.param("country", calendar.country())
			.param("region", calendar.region())
			.param("updated", Jdbc.utc(calendar.updatedAt()))
			.param("version", expected)
			.update() == 1;
	}

	/** A change of the calendar's days is a change of the calendar: its version goes up by one. */
	boolean touch(UUID id, long expected, Instant now) {
		return jdbc.sql("UPDATE sla_calendars SET version = version + 1, updated_at = :now WHERE id = :id AND version = :version")
			.param("id", id)
			.param("version", expected)
			.param("now", Jdbc.utc(now))
			.update() == 1;
	}

	boolean delete(UUID id, long expected) {
		return jdbc.sql("DELETE FROM sla_calendars WHERE id = :id AND version = :version")
			.param("id", id)
			.param("version", expected)
			.update() == 1;
	}

	List<CalendarDay> days(UUID calendarId, @Nullable LocalDate from, @Nullable LocalDate to) {
		return jdbc.sql("""
				SELECT * FROM sla_calendar_days WHERE calendar_id = :id AND on_day >= :from AND on_day <= :to
				 ORDER BY on_day""")
			.param("id", calendarId)
			.param("from", from == null ? LocalDate.of(1, 1, 1) : from)
			.param("to", to == null ? LocalDate.of(9999, 12, 31) : to)
			.query((rs, n) -> day(rs))
			.list();
	}

	Optional<CalendarDay> day(UUID calendarId, LocalDate day) {
		return jdbc.sql("SELECT * FROM sla_calendar_days WHERE calendar_id = :id AND on_day = :day")
			.param("id", calendarId)
			.param("day", day)
			.query((rs, n) -> day(rs))
			.optional();
	}

	/** Sets the day's entry, replacing any earlier one. */
	void put(UUID calendarId, CalendarDay day) {
		remove(calendarId, day.day());
		jdbc.sql("""
				INSERT INTO sla_calendar_days (calendar_id, on_day, kind, intervals, label, source)
				VALUES (:id, :day, :kind, :intervals, :label, :source)""")
			.param("id", calendarId)
			.param("day", day.day())
			.param("kind", day.kind().name())
			.param("intervals", intervalsText(day.intervals()))
			.param("label", day.label())
			.param("source", day.source().name())
			.update();
	}

	boolean remove(UUID calendarId, LocalDate day) {
		return jdbc.sql("DELETE FROM sla_calendar_days WHERE calendar_id = :id AND on_day = :day")
			.param("id", calendarId)
			.param("day", day)
			.update() == 1;
	}

	private Stored stored(ResultSet rs, int n) throws SQLException {
		Map<String, List<List<String>>> raw = json.readValue(rs.getString("week_json"), WEEK);
		Map<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);
		raw.forEach((day, pairs) -> {
			List<Interval> intervals = new ArrayList<>();
			for (List<String> pair : pairs) {
				intervals.add(new Interval(WeekFormat.seconds(pair.get(0), false), end(pair.get(1))));
			}
			week.put(DayOfWeek.valueOf(day), intervals);
		});
		return new Stored(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getString("name"), ZoneId.of(rs.getString("zone")), week, rs.getString("holiday_country"),
				rs.getString("holiday_region"), rs.getLong("version"), Jdbc.requiredInstant(rs, "created_at"),
				Jdbc.requiredInstant(rs, "updated_at"));
	}

	private static CalendarDay day(ResultSet rs) throws SQLException {
		String text = rs.getString("intervals");
		List<List<String>> intervals = new ArrayList<>();
		if (!text.isBlank()) {
			for (String part : text.split(",")) {
				String[] times = part.strip().split("-");
				intervals.add(List.of(times[0], times[1]));
			}
		}
		return new CalendarDay(rs.getObject("on_day", LocalDate.class), CalendarDay.Kind.valueOf(rs.getString("kind")),
				intervals, rs.getString("label"), CalendarDay.Source.valueOf(rs.getString("source")));
	}

	private static String intervalsText(List<List<String>> intervals) {
		return String.join(", ", intervals.stream().map(pair -> pair.get(0) + "-" + pair.get(1)).toList());
	}

	private static int end(String text) {
		int end = WeekFormat.seconds(text, true);
		return end == 0 ? BusinessCalendar.DAY : end;
	}
}
