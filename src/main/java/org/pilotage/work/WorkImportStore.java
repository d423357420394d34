package org.pilotage.work;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Jdbc;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where imported items came from: their key in the source system and when they were created there. */
@Repository
class WorkImportStore {

	/** Keys are looked up this many at a time, under every database's limit of bind parameters. */
	private static final int CHUNK = 1_000;

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;

	WorkImportStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	record Origin(UUID itemId, @Nullable String externalKey, @Nullable Instant sourceCreatedAt) {
	}

	/** The engagement's items that already have one of these keys: key → item number. */
	Map<String, Integer> externalKeys(UUID engagementId, Collection<String> keys) {
		Map<String, Integer> found = new HashMap<>();
		List<String> all = List.copyOf(keys);
		for (int from = 0; from < all.size(); from += CHUNK) {
			jdbc.sql("SELECT external_key, number FROM work_items WHERE engagement_id = :engagement"
					+ " AND external_key IN (:keys)")
				.param("engagement", engagementId)
				.param("keys", all.subList(from, Math.min(all.size(), from + CHUNK)))
				.query(rs -> {
					found.put(rs.getString("external_key"), rs.getInt("number"));
				});
		}
		return found;
	}

	void origins(List<Origin> origins) {
		if (origins.isEmpty()) {
			return;
		}
		SqlParameterSource[] rows = origins.stream()
			.map(o -> new MapSqlParameterSource().addValue("id", o.itemId())
				.addValue("key", o.externalKey())
				.addValue("created", Jdbc.utc(o.sourceCreatedAt())))
			.toArray(SqlParameterSource[]::new);
		batch.batchUpdate("UPDATE work_items SET external_key = :key, source_created_at = :created WHERE id = :id",
				rows);
	}
}
