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

	record Origin(@Nullable String externalKey, @Nullable Instant sourceCreatedAt) {
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

	/** New items with where they came from, in one batch. */
	void insert(List<WorkItem> items, Map<UUID, Origin> origins) {
		batch(WorkStore.INSERT_ITEM, items.stream().map(item -> {
			Map<String, Object> params = WorkStore.insertParameters(item);
			Origin origin = origins.get(item.id());
			if (origin != null) {
				params.put("externalKey", origin.externalKey());
				params.put("sourceCreatedAt", Jdbc.utc(origin.sourceCreatedAt()));
			}
			return params;
		}).toList());
	}

	/** Timeline events as {@link WorkStore#eventParameters}, in one batch. */
	void appendEvents(List<Map<String, Object>> events) {
		batch(WorkStore.INSERT_EVENT, events);
	}

	private void batch(String sql, List<Map<String, Object>> rows) {
		if (!rows.isEmpty()) {
			batch.batchUpdate(sql, rows.stream().map(MapSqlParameterSource::new).toArray(SqlParameterSource[]::new));
		}
	}
}
