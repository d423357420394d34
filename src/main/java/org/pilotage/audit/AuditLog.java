package org.pilotage.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.AuditableEvent;
import org.pilotage.shared.Jdbc;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Paging;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to and verifies the audit trail. Appending locks the chain head row, so concurrent writers are
 * serialized and every row gets the hash of the row committed before it.
 */
@Service
public class AuditLog {

	/** What a verification found; {@code firstBrokenId} is the sequence number of the first bad row. */
	@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
	public record Verification(boolean valid, long checked, @Nullable Long firstBrokenId, @Nullable String reason) {
	}

	private static final int BATCH = 1000;
	private static final int MAX_SUMMARY = 2000;

	private static final RowMapper<AuditRecord> ROW = (rs, n) -> new AuditRecord(rs.getLong("seq"),
			Jdbc.requiredInstant(rs, "occurred_at"), rs.getObject("actor_id", UUID.class),
			rs.getString("actor_label"), rs.getObject("organization_id", UUID.class), rs.getString("action"),
			rs.getString("target_type"), rs.getString("target_id"), rs.getString("summary"), rs.getString("prev_hash"),
			rs.getString("hash"));

	private final JdbcClient jdbc;
	private final AuditChain chain;
	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock, @Value("${pilotage.audit.key}") String key) {
		this.jdbc = jdbc;
		this.chain = new AuditChain(key);
		this.clock = clock;
	}

	/** Appends the event in the caller's transaction (or a new one), after every row committed before. */
	@Transactional
	public AuditRecord append(AuditableEvent event) {
		Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		long seq = head.lastSeq() + 1;
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String summary = event.summary().length() > MAX_SUMMARY ? event.summary().substring(0, MAX_SUMMARY - 1) + "…"
				: event.summary();
		String hash = chain.hash(head.lastHash(), seq, now, event.actorId(), event.actorLabel(), event.organizationId(),
				event.action(), event.targetType(), event.targetId(), summary);
		jdbc.sql("""
				INSERT INTO audit_events (seq, occurred_at, actor_id, actor_label, organization_id, action, target_type,
				                          target_id, summary, prev_hash, hash)
				VALUES (:seq, :at, :actorId, :actorLabel, :org, :action, :targetType, :targetId, :summary, :prev, :hash)""")
			.param("seq", seq)
			.param("at", Jdbc.utc(now))
			.param("actorId", event.actorId())
			.param("actorLabel", event.actorLabel())
			.param("org", event.organizationId())
			.param("action", event.action())
			.param("targetType", event.targetType())
			.param("targetId", event.targetId())
			.param("summary", summary)
			.param("prev", head.lastHash())
			.param("hash", hash)
			.update();
		jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
			.param("seq", seq)
			.param("hash", hash)
			.update();
		return new AuditRecord(seq, now, event.actorId(), event.actorLabel(), event.organizationId(), event.action(),
				event.targetType(), event.targetId(), summary, head.lastHash(), hash);
	}

	/**
	 * Recomputes the chain up to the head as it stands when verification starts: every row must follow its
	 * predecessor by one, carry its predecessor's hash and hash to its own; the last row must be the head.
	 */
	@Transactional(readOnly = true)
	public Verification verify() {
		Head head = head();
		long expectedSeq = 1;
		String previous = AuditChain.GENESIS;
		long checked = 0;
		long after = Long.MIN_VALUE;
		while (true) {
			List<AuditRecord> batch = jdbc.sql("SELECT * FROM audit_events WHERE seq > :after ORDER BY seq LIMIT :limit")
				.param("after", after)
				.param("limit", BATCH)
				.query(ROW)
				.list();
			for (AuditRecord record : batch) {
				if (record.seq() > head.lastSeq()) {
					// Either appended since verification started (the head has moved on), or inserted behind
					// the application's back (the head never covered it).
					head = head();
					if (record.seq() > head.lastSeq()) {
						return new Verification(false, checked + 1, record.seq(), "is not covered by the chain head");
					}
				}
				checked++;
				if (record.seq() != expectedSeq) {
					long broken = Math.min(record.seq(), expectedSeq);
					return new Verification(false, checked, broken,
							record.seq() > expectedSeq ? "row " + expectedSeq + " is missing"
									: "row " + record.seq() + " is out of sequence");
				}
				if (!record.prevHash().equals(previous)) {
					return new Verification(false, checked, record.seq(), "does not follow the previous row");
				}
				if (!chain.hash(record).equals(record.hash())) {
					return new Verification(false, checked, record.seq(), "content does not match its hash");
				}
				previous = record.hash();
				expectedSeq++;
			}
			if (batch.size() < BATCH) {
				return check(head, expectedSeq, previous, checked);
			}
			after = batch.get(batch.size() - 1).seq();
		}
	}

	private Head head() {
		return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
	}

	private static Verification check(Head head, long nextSeq, String lastHash, long checked) {
		if (nextSeq - 1 != head.lastSeq()) {
			return new Verification(false, checked, nextSeq, "rows " + nextSeq + " to " + head.lastSeq() + " are missing");
		}
		if (!lastHash.equals(head.lastHash())) {
			return new Verification(false, checked, head.lastSeq(), "the last row does not match the chain head");
		}
		return new Verification(true, checked, null, null);
	}

	@Transactional(readOnly = true)
	public PageResult<AuditRecord> page(Paging paging, @Nullable UUID organizationId) {
		String where = organizationId == null ? "" : " WHERE organization_id = :org";
		var rows = jdbc.sql("SELECT * FROM audit_events" + where + " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
			.param("limit", paging.size())
			.param("offset", paging.offset());
		var count = jdbc.sql("SELECT COUNT(*) FROM audit_events" + where);
		if (organizationId != null) {
			rows = rows.param("org", organizationId);
			count = count.param("org", organizationId);
		}
		return PageResult.of(rows.query(ROW).list(), paging, count.query(Long.class).single());
	}

	private record Head(long lastSeq, String lastHash) {
	}
}
