package org.pilotage.talent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Jdbc;
import org.pilotage.shared.Paging;
import org.pilotage.talent.matching.Seniority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code people} table with each person's skills and tags. Reads that list take the organizations the
 * caller may read, or {@code null} for all; single reads are unscoped and the services check the result.
 */
@Repository
class People {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	People(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(Person person) {
		profile(jdbc.sql("""
				INSERT INTO people (id, organization_id, freelancer_org_id, user_id, display_name, email, seniority,
				       day_rate, currency, zone, work_start, work_end, languages, certifications, listed, active,
				       version, created_at, updated_at)
				VALUES (:id, :org, :freelancerOrg, :user, :name, :email, :seniority, :rate, :currency, :zone, :start,
				       :end, :languages, :certifications, :listed, :active, :version, :created, :updated)"""), person)
			.param("org", person.organizationId())
			.param("freelancerOrg", person.freelance() ? person.organizationId() : null)
			.param("version", person.version())
			.param("created", Jdbc.utc(person.createdAt()))
			.update();
		replaceSkills(person);
	}

	/** Writes every field but the organization if the stored version is still {@code expectedVersion}. */
	boolean update(Person person, long expectedVersion) {
		boolean updated = profile(jdbc.sql("""
				UPDATE people SET user_id = :user, display_name = :name, email = :email, seniority = :seniority,
				       day_rate = :rate, currency = :currency, zone = :zone, work_start = :start, work_end = :end,
				       languages = :languages, certifications = :certifications, listed = :listed, active = :active,
				       updated_at = :updated, version = version + 1
				 WHERE id = :id AND version = :version"""), person)
			.param("version", expectedVersion)
			.update() == 1;
		if (updated) {
			replaceSkills(person);
		}
		return updated;
	}

	/** Binds what an insert and an update both write. */
	private JdbcClient.StatementSpec profile(JdbcClient.StatementSpec statement, Person person) {
		return statement.param("id", person.id())
			.param("user", person.userId())
			.param("name", person.displayName())
			.param("email", person.email())
			.param("seniority", person.seniority().name())
			.param("rate", person.dayRate())
			.param("currency", person.currency())
			.param("zone", person.zone())
			.param("start", person.workStart())
			.param("end", person.workEnd())
			.param("languages", String.join(",", person.languages()))
			.param("certifications", json.writeValueAsString(person.certifications()))
			.param("listed", person.listed())
			.param("active", person.active())
			.param("updated", Jdbc.utc(person.updatedAt()));
	}

	/** Moves the version on when something belonging to the person (its availability) changed. */
	boolean touch(UUID id, long expectedVersion, Instant now) {
		return jdbc.sql("UPDATE people SET version = version + 1, updated_at = :now WHERE id = :id AND version = :version")
			.param("now", Jdbc.utc(now))
			.param("id", id)
			.param("version", expectedVersion)
			.update() == 1;
	}

	Optional<Person> findById(UUID id) {
		return withSkills(jdbc.sql("SELECT * FROM people WHERE id = :id").param("id", id).query(this::row).list())
			.stream().findFirst();
	}

	/**
	 * Locks the person's row until the transaction ends, so that two transactions booking the same person's
	 * time run one after the other and the second sees what the first booked.
	 */
	Optional<Person> lock(UUID id) {
		return withSkills(jdbc.sql("SELECT * FROM people WHERE id = :id FOR UPDATE").param("id", id).query(this::row)
			.list()).stream().findFirst();
	}

	List<Person> findAllById(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return withSkills(jdbc.sql("SELECT * FROM people WHERE id IN (:ids) ORDER BY display_name, id")
			.param("ids", ids)
			.query(this::row)
			.list());
	}

	Optional<Person> findByUser(UUID userId) {
		return withSkills(jdbc.sql("SELECT * FROM people WHERE user_id = :user").param("user", userId)
			.query(this::row).list()).stream().findFirst();
	}

	Optional<Person> findFreelancer(UUID organizationId) {
		return withSkills(jdbc.sql("SELECT * FROM people WHERE freelancer_org_id = :org").param("org", organizationId)
			.query(this::row).list()).stream().findFirst();
	}

	List<Person> page(@Nullable Collection<UUID> organizations, Paging paging) {
		if (organizations != null && organizations.isEmpty()) {
			return List.of();
		}
		String where = organizations == null ? "" : " WHERE organization_id IN (:orgs)";
		var spec = jdbc.sql("SELECT * FROM people" + where + " ORDER BY display_name, id LIMIT :limit OFFSET :offset")
			.param("limit", paging.size())
			.param("offset", paging.offset());
		if (organizations != null) {
			spec = spec.param("orgs", organizations);
		}
		return withSkills(spec.query(this::row).list());
	}

	long count(@Nullable Collection<UUID> organizations) {
		if (organizations == null) {
			return jdbc.sql("SELECT COUNT(*) FROM people").query(Long.class).single();
		}
		if (organizations.isEmpty()) {
			return 0;
		}
		return jdbc.sql("SELECT COUNT(*) FROM people WHERE organization_id IN (:orgs)")
			.param("orgs", organizations)
			.query(Long.class)
			.single();
	}

	/** Active people of the organizations ({@code null}: of every organization) and every active listed freelancer. */
	List<Person> pool(@Nullable Collection<UUID> organizations) {
		if (organizations == null) {
			return withSkills(jdbc.sql("SELECT * FROM people WHERE active ORDER BY id").query(this::row).list());
		}
		String own = organizations.isEmpty() ? "FALSE" : "organization_id IN (:orgs)";
		var spec = jdbc.sql("SELECT * FROM people WHERE active AND (" + own
				+ " OR (freelancer_org_id IS NOT NULL AND listed)) ORDER BY id");
		if (!organizations.isEmpty()) {
			spec = spec.param("orgs", organizations);
		}
		return withSkills(spec.query(this::row).list());
	}

	long countAll() {
		return jdbc.sql("SELECT COUNT(*) FROM people").query(Long.class).single();
	}

	private void replaceSkills(Person person) {
		jdbc.sql("DELETE FROM person_skills WHERE person_id = :id").param("id", person.id()).update();
		for (String code : person.skills()) {
			insertSkill(person.id(), code, false);
		}
		for (String tag : person.tags()) {
			insertSkill(person.id(), tag, true);
		}
	}

	private void insertSkill(UUID person, String skill, boolean tag) {
		jdbc.sql("INSERT INTO person_skills (person_id, skill, is_tag) VALUES (:person, :skill, :tag)")
			.param("person", person)
			.param("skill", skill)
			.param("tag", tag)
			.update();
	}

	private List<Person> withSkills(List<Person> people) {
		if (people.isEmpty()) {
			return people;
		}
		Map<UUID, List<String>> skills = new HashMap<>();
		Map<UUID, List<String>> tags = new HashMap<>();
		Map<UUID, Person> byId = new LinkedHashMap<>();
		people.forEach(person -> byId.put(person.id(), person));
		jdbc.sql("SELECT person_id, skill, is_tag FROM person_skills WHERE person_id IN (:ids) ORDER BY skill")
			.param("ids", byId.keySet())
			.query((rs, n) -> (rs.getBoolean("is_tag") ? tags : skills)
				.computeIfAbsent(rs.getObject("person_id", UUID.class), id -> new ArrayList<>())
				.add(rs.getString("skill")))
			.list();
		return people.stream()
			.map(person -> person.withSkills(skills.getOrDefault(person.id(), List.of()),
					tags.getOrDefault(person.id(), List.of())))
			.toList();
	}

	private Person row(ResultSet rs, int n) throws SQLException {
		String languages = rs.getString("languages");
		return new Person(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getObject("freelancer_org_id", UUID.class) != null, rs.getObject("user_id", UUID.class),
				rs.getString("display_name"), rs.getString("email"), Seniority.valueOf(rs.getString("seniority")),
				rs.getBigDecimal("day_rate"), rs.getString("currency"), rs.getString("zone"),
				rs.getObject("work_start", LocalTime.class), rs.getObject("work_end", LocalTime.class),
				languages.isEmpty() ? List.of() : Arrays.asList(languages.split(",")),
				json.readValue(rs.getString("certifications"), STRINGS), List.of(), List.of(), rs.getBoolean("listed"),
				rs.getBoolean("active"), rs.getLong("version"), Jdbc.requiredInstant(rs, "created_at"), Jdbc.requiredInstant(rs, "updated_at"));
	}


}
