package org.pilotage.work;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.pilotage.shared.Jdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The raw timelines of work items, internal entries included, for the SLA engine that computes clocks from them.
 * It answers without a caller: the engine decides what its own views show. Read-only.
 */
@Component
public class WorkTimelines {

	/** One timeline entry: its kind and data as documented in the work module's timeline table. */
	public record Entry(int sequence, String kind, Instant at, boolean internal, Map<String, Object> data) {
	}

	/** An item's timeline, oldest first. */
	public record Timeline(UUID itemId, UUID engagementId, List<Entry> entries) {
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;

	WorkTimelines(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional(readOnly = true)
	public Optional<Timeline> of(UUID itemId) {
		List<Timeline> found = new ArrayList<>();
		readAll("i.id IN (:keys)", Map.of("keys", List.of(itemId)), found::add);
		return found.stream().findFirst();
	}

	/**
	 * The timelines of the engagement's items now in one of {@code statuses}, item by item: what a figure over the
	 * resolved work of an engagement (who resolved what, in governance's dependency risk) is computed from.
	 */
	@Transactional(readOnly = true)
	public void ofEngagement(UUID engagementId, Collection<WorkStatus> statuses, Consumer<Timeline> consumer) {
		if (statuses.isEmpty()) {
			return;
		}
		readAll("i.engagement_id = :engagement AND i.status IN (:statuses)",
				Map.of("engagement", engagementId, "statuses", statuses.stream().map(WorkStatus::name).toList()),
				consumer);
	}

	/**
	 * The timelines of the given items (only those not closed when {@code openOnly}), item by item, read by chunks of
	 * a thousand ids: what a recompute of the items measured by a policy reads, without the others of the engagement.
	 */
	@Transactional(readOnly = true)
	public void forEach(java.util.Collection<UUID> itemIds, boolean openOnly, Consumer<Timeline> consumer) {
		List<UUID> ids = new ArrayList<>(itemIds);
		for (int from = 0; from < ids.size(); from += CHUNK) {
			readAll("i.id IN (:keys)" + (openOnly ? " AND i.status <> 'CLOSED'" : ""),
					Map.of("keys", ids.subList(from, Math.min(ids.size(), from + CHUNK))), consumer);
		}
	}

	private static final int CHUNK = 1_000;

	/** The ids of an engagement's items numbered {@code first} to {@code last} (an import's items). */
	@Transactional(readOnly = true)
	public List<UUID> numbered(UUID engagementId, int first, int last) {
		return jdbc.sql("SELECT id FROM work_items WHERE engagement_id = :engagement AND number BETWEEN :first AND :last")
			.param("engagement", engagementId)
			.param("first", first)
			.param("last", last)
			.query(UUID.class)
			.list();
	}

	/** The timelines of the items matching {@code where} (over the named {@code parameters}), item by item. */
	private void readAll(String where, Map<String, ?> parameters, Consumer<Timeline> consumer) {
		List<Entry> entries = new ArrayList<>();
		UUID[] current = new UUID[2];
		jdbc.sql("SELECT i.id AS item, i.engagement_id, e.sequence, e.kind, e.at, e.internal, e.data FROM work_items i"
				+ " JOIN work_item_events e ON e.item_id = i.id WHERE " + where + " ORDER BY i.id, e.sequence")
			.params(parameters)
			.query(rs -> {
				UUID item = Jdbc.uuid(rs, "item");
				if (current[0] != null && !current[0].equals(item)) {
					consumer.accept(new Timeline(current[0], current[1], List.copyOf(entries)));
					entries.clear();
				}
				current[0] = item;
				current[1] = Jdbc.uuid(rs, "engagement_id");
				entries.add(new Entry(rs.getInt("sequence"), rs.getString("kind"), Jdbc.requiredInstant(rs, "at"),
						rs.getBoolean("internal"), json.readValue(rs.getString("data"), WorkStore.EVENT_DATA)));
			});
		if (current[0] != null) {
			consumer.accept(new Timeline(current[0], current[1], List.copyOf(entries)));
		}
	}
}
