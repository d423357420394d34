package org.pilotage.talent;

import java.util.UUID;

import org.pilotage.support.Api;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the talent tests read from the database (to check that a refused request wrote nothing) and the people
 * they add through the API. People made here carry a random tag, so each test finds its own among the data
 * that the shared application context keeps between tests.
 */
final class TalentRows {

	private final JdbcClient jdbc;

	TalentRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID organization(String name) {
		return jdbc.sql("SELECT id FROM organizations WHERE name = :name").param("name", name).query(UUID.class)
			.single();
	}

	UUID person(String displayName) {
		return jdbc.sql("SELECT id FROM people WHERE display_name = :name").param("name", displayName)
			.query(UUID.class).single();
	}

	long version(UUID person) {
		return jdbc.sql("SELECT version FROM people WHERE id = :id").param("id", person).query(Long.class).single();
	}

	String displayName(UUID person) {
		return jdbc.sql("SELECT display_name FROM people WHERE id = :id").param("id", person).query(String.class)
			.single();
	}

	long people() {
		return jdbc.sql("SELECT COUNT(*) FROM people").query(Long.class).single();
	}

	long periods(UUID person) {
		return jdbc.sql("SELECT COUNT(*) FROM availability WHERE person_id = :id").param("id", person)
			.query(Long.class).single();
	}

	static String tag() {
		return "tag-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A person's profile as JSON (skills: two aliases of scrum, which no demo person has); {@code extra} is spliced in. */
	static String profile(String name, String zone, String rate, String currency, String tag, String extra) {
		return "{\"displayName\":\"" + name + "\",\"email\":\"" + name.toLowerCase().replace(' ', '.')
				+ "@people.test\",\"seniority\":\"SENIOR\",\"dayRate\":" + rate + ",\"currency\":\"" + currency
				+ "\",\"zone\":\"" + zone + "\",\"workStart\":\"09:00\",\"workEnd\":\"18:00\",\"languages\":[\"fr\",\"en\"],"
				+ "\"skills\":[\"Agile\",\"Scrum\"],\"tags\":[\"" + tag + "\"]" + extra + "}";
	}

	/** Creates a person with the token's organization and gives it availability; answers its id. */
	static UUID create(Api api, String token, String json, String availability) {
		var created = api.post("/api/v1/people", token, json);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		UUID id = UUID.fromString(created.body().get("id").asString());
		if (!availability.isEmpty()) {
			var put = api.call("PUT", "/api/v1/people/" + id + "/availability").token(token)
				.header("If-Match", created.header("ETag").orElseThrow())
				.json("{\"periods\":[" + availability + "]}")
				.send();
			assertThat(put.status()).as(put.toString()).isEqualTo(200);
		}
		return id;
	}

	static String period(String from, String to, int percent) {
		return "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"allocationPercent\":" + percent + "}";
	}
}
