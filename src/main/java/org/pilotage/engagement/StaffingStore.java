package org.pilotage.engagement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.pilotage.shared.Jdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The staffing tables: who is staffed on which engagement, and each person's pseudonym letter per engagement. */
@Repository
class StaffingStore {

	/** A staffing with its person's letter on the engagement. */
	private static final String SELECT = """
			SELECT s.*, p.letter_index FROM engagement_staffing s
			  JOIN engagement_pseudonyms p ON p.engagement_id = s.engagement_id AND p.person_id = s.person_id
			 WHERE s.engagement_id = :engagement""";

	private final JdbcClient jdbc;

	StaffingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Staffing> ofEngagement(UUID engagementId) {
		return jdbc.sql(SELECT + " ORDER BY p.letter_index, s.from_date, s.id")
			.param("engagement", engagementId)
			.query(StaffingStore::staffing)
			.list();
	}

	Optional<Staffing> find(UUID engagementId, UUID staffingId) {
		return jdbc.sql(SELECT + " AND s.id = :id")
			.param("engagement", engagementId)
			.param("id", staffingId)
			.query(StaffingStore::staffing)
			.optional();
	}

	/** A staffing on one of a provider's engagements, with the engagement's title: a line of the planner. */
	record Planned(UUID engagementId, String title, UUID personId, String role, int allocationPercent, LocalDate from,
			LocalDate to) {
	}

	/** Every staffing of the provider's engagements that are not closed and end on or after {@code from}. */
	List<Planned> ofProvider(UUID providerOrgId, LocalDate from) {
		return jdbc.sql("""
				SELECT s.engagement_id, e.title, s.person_id, s.role, s.allocation_percent, s.from_date, s.to_date
				  FROM engagement_staffing s JOIN engagements e ON e.id = s.engagement_id
				 WHERE e.provider_org_id = :provider AND e.status <> 'CLOSED' AND s.to_date >= :from
				 ORDER BY s.from_date, e.title, s.id""")
			.param("provider", providerOrgId)
			.param("from", from)
			.query((rs, n) -> new Planned(rs.getObject("engagement_id", UUID.class), rs.getString("title"),
					rs.getObject("person_id", UUID.class), rs.getString("role"), rs.getInt("allocation_percent"),
					rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class)))
			.list();
	}

	/** The engagements on which any of the people is staffed (past, present or future). */
	Set<UUID> engagementsOf(Collection<UUID> people) {
		if (people.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("SELECT DISTINCT engagement_id FROM engagement_staffing WHERE person_id IN (:people)")
			.param("people", people)
			.query(UUID.class)
			.list());
	}

	/**
	 * The person's letter on the engagement, given now if it has none. Callers hold the engagement's row lock
	 * ({@link #lockEngagement}) so two staffings cannot take the same next letter.
	 */
	int letterOf(UUID engagementId, UUID personId) {
		Optional<Integer> existing = jdbc.sql(
				"SELECT letter_index FROM engagement_pseudonyms WHERE engagement_id = :engagement AND person_id = :person")
			.param("engagement", engagementId)
			.param("person", personId)
			.query(Integer.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		int next = jdbc.sql("SELECT COALESCE(MAX(letter_index) + 1, 0) FROM engagement_pseudonyms WHERE engagement_id = :engagement")
			.param("engagement", engagementId)
			.query(Integer.class)
			.single();
		jdbc.sql("INSERT INTO engagement_pseudonyms (engagement_id, person_id, letter_index) VALUES (:engagement, :person, :letter)")
			.param("engagement", engagementId)
			.param("person", personId)
			.param("letter", next)
			.update();
		return next;
	}

	/** Every person who ever had a pseudonym on the engagement, with its letter. */
	java.util.Map<UUID, Integer> lettersOf(UUID engagementId) {
		java.util.Map<UUID, Integer> letters = new java.util.HashMap<>();
		jdbc.sql("SELECT person_id, letter_index FROM engagement_pseudonyms WHERE engagement_id = :engagement")
			.param("engagement", engagementId)
			.query(rs -> {
				letters.put(rs.getObject("person_id", UUID.class), rs.getInt("letter_index"));
			});
		return letters;
	}

	void lockEngagement(UUID engagementId) {
		jdbc.sql("SELECT id FROM engagements WHERE id = :id FOR UPDATE").param("id", engagementId).query(UUID.class).list();
	}

	void insert(Staffing staffing) {
		jdbc.sql("""
				INSERT INTO engagement_staffing (id, engagement_id, person_id, role, allocation_percent, from_date,
				       to_date, created_at, updated_at, version)
				VALUES (:id, :engagement, :person, :role, :allocation, :from, :to, :created, :updated, :version)""")
			.param("id", staffing.id())
			.param("engagement", staffing.engagementId())
			.param("person", staffing.personId())
			.param("role", staffing.role())
			.param("allocation", staffing.allocationPercent())
			.param("from", staffing.from())
			.param("to", staffing.to())
			.param("created", Jdbc.utc(staffing.createdAt()))
			.param("updated", Jdbc.utc(staffing.updatedAt()))
			.param("version", staffing.version())
			.update();
	}

	/** Changes role, allocation and period if the version is still {@code expectedVersion}. */
	boolean update(UUID staffingId, long expectedVersion, String role, int allocationPercent, LocalDate from,
			LocalDate to, Instant now) {
		return jdbc.sql("""
				UPDATE engagement_staffing SET role = :role, allocation_percent = :allocation, from_date = :from,
				       to_date = :to, updated_at = :now, version = version + 1
				 WHERE id = :id AND version = :version""")
			.param("role", role)
			.param("allocation", allocationPercent)
			.param("from", from)
			.param("to", to)
			.param("now", Jdbc.utc(now))
			.param("id", staffingId)
			.param("version", expectedVersion)
			.update() == 1;
	}

	void delete(UUID staffingId) {
		jdbc.sql("DELETE FROM engagement_staffing WHERE id = :id").param("id", staffingId).update();
	}

	private static Staffing staffing(ResultSet rs, int row) throws SQLException {
		return new Staffing(rs.getObject("id", UUID.class), rs.getObject("engagement_id", UUID.class),
				rs.getObject("person_id", UUID.class), rs.getString("role"), rs.getInt("allocation_percent"),
				rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
				rs.getInt("letter_index"), Jdbc.requiredInstant(rs, "created_at"), Jdbc.requiredInstant(rs, "updated_at"),
				rs.getLong("version"));
	}
}
