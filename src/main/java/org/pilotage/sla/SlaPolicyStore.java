package org.pilotage.sla;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Jdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Policies, their versions (cached: a version never changes) and the version each item is pinned to. */
@Repository
class SlaPolicyStore {

	private static final TypeReference<List<MetricDefinition>> METRICS = new TypeReference<>() {
	};

	record Policy(UUID id, UUID engagementId, int currentVersion) {
	}

	record Pin(UUID policyId, int version) {
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Map<Pin, PolicyVersion> versions = new ConcurrentHashMap<>();

	SlaPolicyStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<Policy> ofEngagement(UUID engagementId) {
		return jdbc.sql("SELECT id, engagement_id, current_version FROM sla_policies WHERE engagement_id = :engagement")
			.param("engagement", engagementId)
			.query((rs, n) -> new Policy(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "engagement_id"), rs.getInt("current_version")))
			.optional();
	}

	/** Locks the engagement's policy row for a change (versions are numbered under it). */
	Optional<Policy> lockOfEngagement(UUID engagementId) {
		return jdbc.sql("SELECT id, engagement_id, current_version FROM sla_policies WHERE engagement_id = :engagement"
				+ " FOR UPDATE")
			.param("engagement", engagementId)
			.query((rs, n) -> new Policy(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "engagement_id"), rs.getInt("current_version")))
			.optional();
	}

	void insertPolicy(UUID id, UUID engagementId, Instant at) {
		jdbc.sql("INSERT INTO sla_policies (id, engagement_id, current_version, created_at, updated_at)"
				+ " VALUES (:id, :engagement, 0, :at, :at)")
			.param("id", id)
			.param("engagement", engagementId)
			.param("at", Jdbc.utc(at))
			.update();
	}

	void insertVersion(PolicyVersion version, @Nullable UUID createdBy) {
		jdbc.sql("""
				INSERT INTO sla_policy_versions (policy_id, version, calendar_id, at_risk_percent, metrics, note,
				    created_at, created_by, created_by_label)
				VALUES (:policy, :version, :calendar, :risk, :metrics, :note, :at, :by, :label)""")
			.param("policy", version.policyId())
			.param("version", version.version())
			.param("calendar", version.calendarId())
			.param("risk", version.atRiskPercent())
			.param("metrics", json.writeValueAsString(version.metrics()))
			.param("note", version.note())
			.param("at", Jdbc.utc(version.createdAt()))
			.param("by", createdBy)
			.param("label", version.createdBy())
			.update();
		jdbc.sql("UPDATE sla_policies SET current_version = :version, updated_at = :at WHERE id = :policy")
			.param("version", version.version())
			.param("at", Jdbc.utc(version.createdAt()))
			.param("policy", version.policyId())
			.update();
	}

	PolicyVersion version(UUID policyId, int version) {
		return versions.computeIfAbsent(new Pin(policyId, version), pin -> jdbc.sql("""
				SELECT v.*, p.engagement_id FROM sla_policy_versions v JOIN sla_policies p ON p.id = v.policy_id
				WHERE v.policy_id = :policy AND v.version = :version""")
			.param("policy", policyId)
			.param("version", version)
			.query((rs, n) -> new PolicyVersion(policyId, Jdbc.uuid(rs, "engagement_id"), version,
					Jdbc.uuid(rs, "calendar_id"), rs.getInt("at_risk_percent"),
					json.readValue(rs.getString("metrics"), METRICS), rs.getString("note"),
					Jdbc.requiredInstant(rs, "created_at"), rs.getString("created_by_label")))
			.single());
	}

	List<Integer> versionNumbers(UUID policyId) {
		return jdbc.sql("SELECT version FROM sla_policy_versions WHERE policy_id = :policy ORDER BY version")
			.param("policy", policyId)
			.query(Integer.class)
			.list();
	}

	Optional<Pin> pinOf(UUID itemId) {
		return jdbc.sql("SELECT policy_id, version FROM sla_item_policies WHERE item_id = :item")
			.param("item", itemId)
			.query((rs, n) -> new Pin(Jdbc.uuid(rs, "policy_id"), rs.getInt("version")))
			.optional();
	}

	/** Pins the item to the version unless it is pinned already; whether it was pinned now. */
	boolean pin(UUID itemId, UUID engagementId, Pin pin, Instant at) {
		return jdbc.sql("""
				INSERT INTO sla_item_policies (item_id, engagement_id, policy_id, version, pinned_at)
				SELECT :item, :engagement, :policy, :version, :at FROM work_items w
				WHERE w.id = :item AND NOT EXISTS (SELECT 1 FROM sla_item_policies p WHERE p.item_id = :item)""")
			.param("item", itemId)
			.param("engagement", engagementId)
			.param("policy", pin.policyId())
			.param("version", pin.version())
			.param("at", Jdbc.utc(at))
			.update() == 1;
	}

	/** Pins every item of the engagement not closed and not pinned yet; how many. */
	int pinOpenItems(UUID engagementId, Pin pin, Instant at) {
		return jdbc.sql("""
				INSERT INTO sla_item_policies (item_id, engagement_id, policy_id, version, pinned_at)
				SELECT w.id, w.engagement_id, :policy, :version, :at FROM work_items w
				WHERE w.engagement_id = :engagement AND w.status <> 'CLOSED'
				AND NOT EXISTS (SELECT 1 FROM sla_item_policies p WHERE p.item_id = w.id)""")
			.param("engagement", engagementId)
			.param("policy", pin.policyId())
			.param("version", pin.version())
			.param("at", Jdbc.utc(at))
			.update();
	}

	/** The pins of an engagement's items, by item. */
	Map<UUID, Pin> pinsOf(UUID engagementId) {
		Map<UUID, Pin> pins = new java.util.HashMap<>();
		jdbc.sql("SELECT item_id, policy_id, version FROM sla_item_policies WHERE engagement_id = :engagement")
			.param("engagement", engagementId)
			.query(rs -> {
				pins.put(Jdbc.uuid(rs, "item_id"), new Pin(Jdbc.uuid(rs, "policy_id"), rs.getInt("version")));
			});
		return pins;
	}

	/** The engagements whose pinned versions count in the calendar. */
	List<UUID> engagementsUsing(UUID calendarId) {
		return jdbc.sql("""
				SELECT DISTINCT p.engagement_id FROM sla_policies p JOIN sla_policy_versions v ON v.policy_id = p.id
				WHERE v.calendar_id = :calendar""")
			.param("calendar", calendarId)
			.query(UUID.class)
			.list();
	}
}
