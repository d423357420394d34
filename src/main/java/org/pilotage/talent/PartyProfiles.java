package org.pilotage.talent;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pilotage.identity.Organization;
import org.pilotage.shared.Jdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code party_profiles} table; an organization without a row has the default profile. */
@Repository
class PartyProfiles {

	private static final TypeReference<List<PartyProfile.Contact>> CONTACTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	PartyProfiles(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<PartyProfile> find(Organization organization) {
		return jdbc.sql("SELECT * FROM party_profiles WHERE organization_id = :id")
			.param("id", organization.id())
			.query((rs, n) -> {
				String languages = rs.getString("languages");
				return new PartyProfile(organization.id(), organization.name(), organization.kind(),
						organization.country(), rs.getString("zone"), rs.getObject("work_start", LocalTime.class),
						rs.getObject("work_end", LocalTime.class),
						languages.isEmpty() ? List.of() : Arrays.asList(languages.split(",")),
						json.readValue(rs.getString("contacts_json"), CONTACTS), rs.getLong("version"));
			})
			.optional();
	}

	/**
	 * Writes the profile if the stored version is still {@code expectedVersion}; version 0 means no row yet, and
	 * two first writes cannot both succeed because the organization id is the primary key.
	 */
	boolean save(PartyProfile profile, long expectedVersion, Instant now) {
		var spec = expectedVersion == 0 ? jdbc.sql("""
				INSERT INTO party_profiles (organization_id, zone, work_start, work_end, languages, contacts_json,
				       updated_at, version)
				VALUES (:id, :zone, :start, :end, :languages, :contacts, :now, 1)""")
				: jdbc.sql("""
						UPDATE party_profiles SET zone = :zone, work_start = :start, work_end = :end,
						       languages = :languages, contacts_json = :contacts, updated_at = :now,
						       version = version + 1
						 WHERE organization_id = :id AND version = :version""").param("version", expectedVersion);
		return spec.param("id", profile.organizationId())
			.param("zone", profile.zone())
			.param("start", profile.workStart())
			.param("end", profile.workEnd())
			.param("languages", String.join(",", profile.languages()))
			.param("contacts", json.writeValueAsString(profile.contacts()))
			.param("now", Jdbc.utc(now))
			.update() == 1;
	}
}
