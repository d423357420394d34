package org.pilotage.talent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People's availability periods and the allocations booked against them. */
@Repository
class Calendars {

	/** An allocation as stored, with the staffing it belongs to. */
	record Allocation(UUID staffingId, UUID personId, Period period) {
	}

	private final JdbcClient jdbc;

	Calendars(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Period> availability(UUID personId) {
		return jdbc.sql("SELECT * FROM availability WHERE person_id = :person ORDER BY from_date")
			.param("person", personId)
			.query((rs, n) -> period(rs))
			.list();
	}

	void replaceAvailability(UUID personId, List<Period> periods) {
		jdbc.sql("DELETE FROM availability WHERE person_id = :person").param("person", personId).update();
		for (Period period : periods) {
			jdbc.sql("""
					INSERT INTO availability (id, person_id, from_date, to_date, allocation_percent)
					VALUES (:id, :person, :from, :to, :percent)""")
				.param("id", UUID.randomUUID())
				.param("person", personId)
				.param("from", period.from())
				.param("to", period.to())
				.param("percent", period.percent())
				.update();
		}
	}

	/** Availability of several people overlapping the inclusive window, by person. */
	Map<UUID, List<Period>> availability(Collection<UUID> people, LocalDate from, LocalDate to) {
		return byPerson("availability", people, from, to);
	}

	/** Allocations of several people overlapping the inclusive window, by person. */
	Map<UUID, List<Period>> allocations(Collection<UUID> people, LocalDate from, LocalDate to) {
		return byPerson("talent_allocations", people, from, to);
	}

	List<Allocation> allocations(UUID personId) {
		return jdbc.sql("SELECT * FROM talent_allocations WHERE person_id = :person ORDER BY from_date, staffing_id")
			.param("person", personId)
			.query((rs, n) -> allocation(rs))
			.list();
	}

	Optional<Allocation> allocation(UUID staffingId) {
		return jdbc.sql("SELECT * FROM talent_allocations WHERE staffing_id = :id")
			.param("id", staffingId)
			.query((rs, n) -> allocation(rs))
			.optional();
	}

	void insertAllocation(UUID staffingId, UUID personId, Period period) {
		jdbc.sql("""
				INSERT INTO talent_allocations (staffing_id, person_id, from_date, to_date, allocation_percent)
				VALUES (:id, :person, :from, :to, :percent)""")
			.param("id", staffingId)
			.param("person", personId)
			.param("from", period.from())
			.param("to", period.to())
			.param("percent", period.percent())
			.update();
	}

	void updateAllocation(UUID staffingId, Period period) {
		jdbc.sql("""
				UPDATE talent_allocations SET from_date = :from, to_date = :to, allocation_percent = :percent
				 WHERE staffing_id = :id""")
			.param("from", period.from())
			.param("to", period.to())
			.param("percent", period.percent())
			.param("id", staffingId)
			.update();
	}

	void deleteAllocation(UUID staffingId) {
		jdbc.sql("DELETE FROM talent_allocations WHERE staffing_id = :id").param("id", staffingId).update();
	}

	private Map<UUID, List<Period>> byPerson(String table, Collection<UUID> people, LocalDate from, LocalDate to) {
		Map<UUID, List<Period>> result = new HashMap<>();
		if (people.isEmpty()) {
			return result;
		}
		jdbc.sql("SELECT * FROM " + table
				+ " WHERE person_id IN (:people) AND to_date >= :from AND from_date <= :to ORDER BY from_date")
			.param("people", people)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> result.computeIfAbsent(rs.getObject("person_id", UUID.class), id -> new ArrayList<>())
				.add(period(rs)))
			.list();
		return result;
	}

	private static Allocation allocation(ResultSet rs) throws SQLException {
		return new Allocation(rs.getObject("staffing_id", UUID.class), rs.getObject("person_id", UUID.class),
				period(rs));
	}

	private static Period period(ResultSet rs) throws SQLException {
		return new Period(rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
				rs.getInt("allocation_percent"));
	}
}
