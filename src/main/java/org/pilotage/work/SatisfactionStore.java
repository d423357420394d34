package org.pilotage.work;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Jdbc;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Satisfaction surveys: one per resolution (or acceptance) of an item, the latest the only one that may be answered.
 * The one-time link's token is stored only as its SHA-256; answering is one conditional UPDATE, so of two
 * concurrent answers exactly one wins.
 */
@Repository
class SatisfactionStore {

	record Survey(UUID id, UUID itemId, UUID engagementId, UUID organizationId, UUID requesterUserId,
			String requesterLabel, String tokenHash, Instant openedAt, Instant expiresAt, @Nullable Instant supersededAt,
			@Nullable Instant answeredAt, @Nullable Integer rating, @Nullable String comment, @Nullable String via) {

		boolean answered() {
			return answeredAt != null;
		}

		/** Open: not answered, not replaced by a later resolution's survey, not past its expiry. */
		boolean openAt(Instant now) {
			return answeredAt == null && supersededAt == null && now.isBefore(expiresAt);
		}
	}

	private static final RowMapper<Survey> ROW = (rs, n) -> new Survey(rs.getObject("id", UUID.class),
			rs.getObject("item_id", UUID.class), rs.getObject("engagement_id", UUID.class),
			rs.getObject("organization_id", UUID.class), rs.getObject("requester_user_id", UUID.class),
			rs.getString("requester_label"), rs.getString("token_hash"), Jdbc.requiredInstant(rs, "opened_at"), Jdbc.requiredInstant(rs, "expires_at"),
			Jdbc.instant(rs, "superseded_at"), Jdbc.instant(rs, "answered_at"), rs.getObject("rating", Integer.class),
			rs.getString("answer_comment"), rs.getString("answered_via"));

	private final JdbcClient jdbc;

	SatisfactionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Opens a survey; an unanswered earlier one of the item is superseded by it. */
	void open(Survey survey) {
		jdbc.sql("""
				UPDATE work_satisfaction_surveys SET superseded_at = :at
				 WHERE item_id = :item AND answered_at IS NULL AND superseded_at IS NULL""")
			.param("at", Jdbc.utc(survey.openedAt()))
			.param("item", survey.itemId())
			.update();
		jdbc.sql("""
				INSERT INTO work_satisfaction_surveys (id, item_id, engagement_id, organization_id, requester_user_id,
				       requester_label, token_hash, opened_at, expires_at)
				VALUES (:id, :item, :engagement, :organization, :requester, :label, :hash, :opened, :expires)""")
			.param("id", survey.id())
			.param("item", survey.itemId())
			.param("engagement", survey.engagementId())
			.param("organization", survey.organizationId())
			.param("requester", survey.requesterUserId())
			.param("label", survey.requesterLabel())
			.param("hash", survey.tokenHash())
			.param("opened", Jdbc.utc(survey.openedAt()))
			.param("expires", Jdbc.utc(survey.expiresAt()))
			.update();
	}

	Optional<Survey> byTokenHash(String tokenHash) {
		return jdbc.sql("SELECT * FROM work_satisfaction_surveys WHERE token_hash = :hash")
			.param("hash", tokenHash)
			.query(ROW)
			.optional();
	}

	/** The item's latest survey, answered or not. */
	Optional<Survey> latest(UUID itemId) {
		return jdbc.sql("SELECT * FROM work_satisfaction_surveys WHERE item_id = :item ORDER BY opened_at DESC, id LIMIT 1")
			.param("item", itemId)
			.query(ROW)
			.optional();
	}

	/** Records the answer if the survey is still open at {@code at}; false when someone answered first. */
	boolean answer(UUID surveyId, int rating, @Nullable String comment, String via, Instant at) {
		return jdbc.sql("""
				UPDATE work_satisfaction_surveys SET answered_at = :at, rating = :rating, answer_comment = :comment,
				       answered_via = :via
				 WHERE id = :id AND answered_at IS NULL AND superseded_at IS NULL AND expires_at > :at""")
			.param("at", Jdbc.utc(at))
			.param("rating", rating)
			.param("comment", comment)
			.param("via", via)
			.param("id", surveyId)
			.update() == 1;
	}
}
