package org.pilotage.work;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Jdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The filtered, sorted, searched lists of work items over a scope of engagements. The scope says, per engagement,
 * whether the reader may see internal comments: the SQL itself matches a search on an internal comment only on
 * the engagements where it may, so a client's search never reveals that one exists. Text search is PostgreSQL's
 * full-text search on the generated {@code search} tsvector columns (GIN indexes), and on H2 a case-insensitive
 * match of every term on the generated lower-cased {@code search} columns; both are kept by the database.
 */
@Repository
class WorkQueries {

	private final JdbcClient jdbc;
	private final boolean postgres;

	WorkQueries(JdbcClient jdbc, DataSource dataSource) throws SQLException {
		this.jdbc = jdbc;
		try (var connection = dataSource.getConnection()) {
			this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
				.contains("postgres");
		}
	}

	/**
	 * The engagements a list reads, each with whether the reader sees internal comments there.
	 */
	record Scope(Map<UUID, Boolean> seesInternal) {

		Scope {
			seesInternal = Map.copyOf(seesInternal);
		}

		boolean isEmpty() {
			return seesInternal.isEmpty();
		}

		Set<UUID> internal() {
			return seesInternal.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
				.collect(Collectors.toSet());
		}
	}

	/**
	 * A search whose words match at least this many items or comments in the whole database reads by recency:
	 * gathering more hits than this and sorting them costs more than walking the recent index until a page is
	 * full (measured in bench/README.md).
	 */
	static final int COMMON_TERM_HITS = 1_000;

	/**
	 * Whether a search is for a common term: on PostgreSQL the GIN indexes are asked for at most
	 * {@value #COMMON_TERM_HITS} hits among items and among comments (a few milliseconds whatever the term). A rare
	 * term's hits are gathered from the indexes and sorted (a thousand rows at most); a common term is matched row
	 * by row while the recent index is read backwards, which stops once a page is full. Either way no request reads
	 * every match of a word found in a hundred thousand items. On H2, without such indexes, every search is matched
	 * row by row and counted (the embedded database holds a demo's or a small team's items).
	 */
	boolean commonTerm(WorkFilter filter) {
		if (!postgres || filter.q() == null) {
			return false;
		}
		String probe = "SELECT COUNT(*) FROM (SELECT 1 FROM %s WHERE search @@ websearch_to_tsquery('simple', :q)"
				+ " LIMIT :hits) hits";
		long items = jdbc.sql(probe.formatted("work_items")).param("q", filter.q()).param("hits", COMMON_TERM_HITS)
			.query(Long.class).single();
		return items >= COMMON_TERM_HITS || jdbc.sql(probe.formatted("work_comments")).param("q", filter.q())
			.param("hits", COMMON_TERM_HITS).query(Long.class).single() >= COMMON_TERM_HITS;
	}

	List<WorkItem> page(Scope scope, WorkFilter filter, long limit, long offset) {
		return page(scope, filter, limit, offset, false);
	}

	/** A page; {@code byRecency} matches a search row by row instead of gathering its hits (a common term). */
	List<WorkItem> page(Scope scope, WorkFilter filter, long limit, long offset, boolean byRecency) {
		if (scope.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder sql = new StringBuilder("SELECT i.* FROM work_items i");
		where(scope, filter, sql, params, byRecency);
		sql.append(" ORDER BY ").append(order(filter, params));
		sql.append(" LIMIT :limit OFFSET :offset");
		params.put("limit", limit);
		params.put("offset", offset);
		return jdbc.sql(sql.toString()).params(params).query(WorkStore::item).list();
	}

	long count(Scope scope, WorkFilter filter) {
		return count(scope, filter, Long.MAX_VALUE);
	}

	/**
	 * How many items match, counted up to {@code cap + 1}: past the cap the exact figure would cost a scan of every
	 * match (a third of a second for 333,000 items) for a number nobody pages through.
	 */
	long count(Scope scope, WorkFilter filter, long cap) {
		if (scope.isEmpty()) {
			return 0;
		}
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM (SELECT 1 FROM work_items i");
		where(scope, filter, sql, params, false);
		if (cap == Long.MAX_VALUE) {
			sql.append(") counted");
		}
		else {
			sql.append(" LIMIT :cap) counted");
			params.put("cap", cap + 1);
		}
		return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
	}

	private void where(Scope scope, WorkFilter filter, StringBuilder sql, Map<String, Object> params,
			boolean byRecency) {
		if (scope.seesInternal().size() == 1) {
			sql.append(" WHERE i.engagement_id = :scope");
			params.put("scope", scope.seesInternal().keySet().iterator().next());
		}
		else {
			sql.append(" WHERE i.engagement_id IN (:scope)");
			params.put("scope", scope.seesInternal().keySet());
		}
		in(sql, params, "i.type", "types", filter.types());
		in(sql, params, "i.status", "statuses", filter.statuses());
		in(sql, params, "i.priority", "priorities", filter.priorities());
		if (filter.assignee() != null) {
			sql.append(" AND i.assignee_person_id = :assignee");
			params.put("assignee", filter.assignee());
		}
		instants(sql, params, "i.created_at", "created", filter.createdFrom(), filter.createdTo());
		instants(sql, params, "i.updated_at", "updated", filter.updatedFrom(), filter.updatedTo());
		if (filter.dueFrom() != null) {
			sql.append(" AND i.due_date >= :dueFrom");
			params.put("dueFrom", filter.dueFrom());
		}
		if (filter.dueTo() != null) {
			sql.append(" AND i.due_date <= :dueTo");
			params.put("dueTo", filter.dueTo());
		}
		if (filter.q() != null && (byRecency || !postgres)) {
			searchRowByRow(scope, filter.q(), sql, params);
		}
		else if (filter.q() != null) {
			search(scope, filter.q(), sql, params);
		}
	}

	/**
	 * The items whose title and description match, or one of whose comments the reader may see matches: one
	 * semi-join on the union of the index hits, so the database reads the GIN indexes and not every item in scope.
	 */
	private void search(Scope scope, String q, StringBuilder sql, Map<String, Object> params) {
		String item = match("w.search", q, params);
		String comment = match("c.search", q, params);
		// the items' branch is not narrowed to the scope: the outer query is, and a bitmap of every item of the
		// scope ANDed with the index hits cost more (100 ms for 333,000 items) than the hits of a rare term
		sql.append(" AND i.id IN (SELECT w.id FROM work_items w WHERE ")
			.append(item)
			.append(" UNION SELECT c.item_id FROM work_comments c WHERE c.visibility = 'CLIENT' AND ")
			.append(comment);
		Set<UUID> internal = scope.internal();
		if (!internal.isEmpty()) {
			sql.append(" UNION SELECT c.item_id FROM work_comments c JOIN work_items w ON w.id = c.item_id"
					+ " WHERE c.visibility = 'INTERNAL' AND w.engagement_id IN (:internal) AND ")
				.append(comment);
			params.put("internal", internal);
		}
		sql.append(")");
	}

	/**
	 * A common term, matched on each row the ORDER BY's index hands over: the item's own text, or one of its
	 * comments the reader may see (through the comments' item index). Used only for words found in thousands of
	 * items, so a page fills after some thousands of rows at most.
	 */
	private void searchRowByRow(Scope scope, String q, StringBuilder sql, Map<String, Object> params) {
		sql.append(" AND (").append(match("i.search", q, params))
			.append(" OR EXISTS (SELECT 1 FROM work_comments c WHERE c.item_id = i.id AND ")
			.append(match("c.search", q, params))
			.append(" AND (c.visibility = 'CLIENT'");
		Set<UUID> internal = scope.internal();
		if (!internal.isEmpty()) {
			sql.append(" OR i.engagement_id IN (:internal)");
			params.put("internal", internal);
		}
		sql.append(")))");
	}

	private String match(String column, String q, Map<String, Object> params) {
		if (postgres) {
			params.put("q", q);
			return column + " @@ websearch_to_tsquery('simple', :q)";
		}
		List<String> terms = terms(q);
		if (terms.isEmpty()) {
			return "1 = 0";
		}
		List<String> likes = new ArrayList<>();
		for (int n = 0; n < terms.size(); n++) {
			params.put("term" + n, "%" + terms.get(n).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
					+ "%");
			likes.add(column + " LIKE :term" + n + " ESCAPE '\\'");
		}
		return "(" + String.join(" AND ", likes) + ")";
	}

	/** A search's words, lower-cased, without the quotes and signs of the web search syntax. */
	static List<String> terms(String q) {
		List<String> terms = new ArrayList<>();
		for (String word : q.toLowerCase(Locale.ROOT).split("\\s+")) {
			String term = word.replace("\"", "").replaceFirst("^[-+]+", "");
			if (!term.isEmpty() && !term.equals("or")) {
				terms.add(term);
			}
		}
		return terms;
	}

	private static void in(StringBuilder sql, Map<String, Object> params, String column, String name,
			Set<? extends Enum<?>> values) {
		if (!values.isEmpty()) {
			sql.append(" AND ").append(column).append(" IN (:").append(name).append(')');
			params.put(name, values.stream().map(Enum::name).toList());
		}
	}

	/** Inclusive days in UTC: from the first day's midnight to before the midnight after the last day. */
	private static void instants(StringBuilder sql, Map<String, Object> params, String column, String name,
			@Nullable LocalDate from, @Nullable LocalDate to) {
		if (from != null) {
			sql.append(" AND ").append(column).append(" >= :").append(name).append("From");
			params.put(name + "From", Jdbc.utc(from.atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (to != null) {
			sql.append(" AND ").append(column).append(" < :").append(name).append("To");
			params.put(name + "To", Jdbc.utc(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
	}

	/** The ORDER BY, always ending on the item's id so that pages never overlap nor skip. */
	private String order(WorkFilter filter, Map<String, Object> params) {
		WorkFilter.Sort sort = filter.sort();
		if (sort == null) {
			// a search too is newest first: ranking would score every match of a common word before the page
			// could be cut (1.3 s for 8,672 matches), where newest first reads the recent index until 50 match
			return "i.updated_at DESC, i.id DESC";
		}
		String direction = sort.ascending() ? " ASC" : " DESC";
		String key = switch (sort.field()) {
			case updatedAt -> "i.updated_at" + direction;
			case createdAt -> "i.created_at" + direction;
			case priority -> "i.priority" + direction;
			case dueDate -> "CASE WHEN i.due_date IS NULL THEN 1 ELSE 0 END, i.due_date" + direction;
			case number -> "i.number" + direction;
			case title -> "LOWER(i.title)" + direction;
			case status -> statusOrder() + direction;
		};
		return key + ", i.id" + direction;
	}

	/** The workflow's order of the statuses, from NEW to CLOSED. */
	private static String statusOrder() {
		StringBuilder order = new StringBuilder("CASE i.status");
		for (WorkStatus status : WorkStatus.values()) {
			order.append(" WHEN '").append(status.name()).append("' THEN ").append(status.ordinal());
		}
		return order.append(" END").toString();
	}
}
