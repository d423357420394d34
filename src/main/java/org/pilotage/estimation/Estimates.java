package org.pilotage.estimation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.pilotage.shared.Jdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Saved estimates, kept as the JSON that was answered so a permalink shows it unchanged. */
@Repository
class Estimates {

	private final JdbcClient jdbc;

	Estimates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, Instant createdAt, int referenceVersion, String requestJson, String resultJson) {
		jdbc.sql("""
				INSERT INTO estimation_estimates (id, created_at, reference_version, request_json, result_json)
				VALUES (:id, :created, :version, :request, :result)""")
			.param("id", id)
			.param("created", Jdbc.utc(createdAt))
			.param("version", referenceVersion)
			.param("request", requestJson)
			.param("result", resultJson)
			.update();
	}

	Optional<String> resultJson(UUID id) {
		return jdbc.sql("SELECT result_json FROM estimation_estimates WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}
}
