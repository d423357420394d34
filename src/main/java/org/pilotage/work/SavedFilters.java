package org.pilotage.work;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.Caller;
import org.pilotage.shared.Jdbc;
import org.pilotage.shared.Problem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's saved filters of the work lists: a name, unique per user, and the list's query parameters, checked
 * like the list checks them. A user reads and deletes only its own; another's answers 404 like an unknown id. The
 * filter holds no visibility: applied, it still lists only what its user may see then.
 */
@Service
@Transactional
class SavedFilters {

	static final int NAME_MAX = 100;
	static final int QUERY_MAX = 2_000;

	private final JdbcClient jdbc;
	private final Clock clock;

	SavedFilters(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A saved filter; {@code query} is the list's query string ("status=NEW,OPEN&sort=priority,asc"). */
	record SavedFilter(UUID id, String name, String query, Instant createdAt) {
	}

	record Request(@Nullable String name, @Nullable String query) {
	}

	@Transactional(readOnly = true)
	List<SavedFilter> mine(Caller caller) {
		return jdbc.sql("SELECT * FROM work_saved_filters WHERE user_id = :user ORDER BY LOWER(name), id")
			.param("user", caller.userId())
			.query((rs, n) -> new SavedFilter(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("query"), Jdbc.requiredInstant(rs, "created_at")))
			.list();
	}

	/** Saves the filter; 409 name-taken when the user has one of that name, 400 for a bad name or query. */
	SavedFilter save(Caller caller, Request request) {
		List<Problem.FieldError> errors = new ArrayList<>();
		String name = WorkItemValidation.text("name", request.name(), NAME_MAX, true, errors);
		if (name != null && errors.isEmpty() && taken(caller.userId(), name)) {
			throw nameTaken();
		}
		String query = request.query() == null ? "" : request.query().strip();
		if (query.startsWith("?")) {
			query = query.substring(1);
		}
		if (query.length() > QUERY_MAX) {
			errors.add(new Problem.FieldError("query", "too-long", "must be at most " + QUERY_MAX + " characters"));
		}
		else {
			var params = WorkFilter.parameters(query);
			params.keySet().stream().filter(p -> !WorkFilter.PARAMETERS.contains(p))
				.forEach(p -> errors.add(new Problem.FieldError("query", "unknown-parameter", "does not filter lists: " + p)));
			try {
				WorkFilter.parse(params, true);
			}
			catch (Problem invalid) {
				invalid.fieldErrors().forEach(e -> errors.add(new Problem.FieldError("query." + e.field(), e.code(),
						e.message())));
			}
		}
		WorkItemValidation.throwIfAny(errors, "The saved filter has invalid fields");
		SavedFilter saved = new SavedFilter(UUID.randomUUID(), name, query, clock.instant());
		try {
			jdbc.sql("""
					INSERT INTO work_saved_filters (id, user_id, name, query, created_at)
					VALUES (:id, :user, :name, :query, :at)""")
				.param("id", saved.id())
				.param("user", caller.userId())
				.param("name", saved.name())
				.param("query", saved.query())
				.param("at", Jdbc.utc(saved.createdAt()))
				.update();
		}
		catch (DuplicateKeyException raced) {
			throw nameTaken();
		}
		return saved;
	}

	/** Deletes one of the caller's filters; 404 for another's or an unknown one. */
	void delete(Caller caller, UUID id) {
		if (jdbc.sql("DELETE FROM work_saved_filters WHERE id = :id AND user_id = :user")
			.param("id", id)
			.param("user", caller.userId())
			.update() == 0) {
			throw Problem.notFound("Saved filter");
		}
	}

	private boolean taken(UUID userId, String name) {
		return jdbc.sql("SELECT COUNT(*) FROM work_saved_filters WHERE user_id = :user AND name = :name")
			.param("user", userId)
			.param("name", name)
			.query(Long.class)
			.single() > 0;
	}

	private static Problem nameTaken() {
		return Problem.conflict("name-taken", "You already have a saved filter of that name");
	}
}
