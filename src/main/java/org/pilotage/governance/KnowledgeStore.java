package org.pilotage.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Jdbc;
import org.pilotage.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The knowledge tables: articles with their current version, every version, and the links from work items. Scoping
 * is the caller's ({@link KnowledgeBase}). The search matches words case-insensitively in the title, the body and the
 * tags with {@code LIKE} over text the application lower-cased, the same on H2 and PostgreSQL: an engagement's
 * knowledge base is small enough to be read through.
 */
@Repository
class KnowledgeStore {

	/** An article as stored: its current version, copied from the last one. */
	record Article(UUID id, UUID engagementId, KnowledgeKind kind, String title, String body, List<String> tags,
			int version, Instant createdAt, @Nullable UUID createdBy, String createdByLabel, Instant updatedAt,
			@Nullable UUID updatedBy, String updatedByLabel) {
	}

	/** A version as it was written. */
	record Version(UUID articleId, int version, KnowledgeKind kind, String title, String body, List<String> tags,
			Instant createdAt, @Nullable UUID createdBy, String createdByLabel) {
	}

	/** What a list asks for: words that must all occur, a kind, a tag (each optional). */
	record Search(List<String> words, @Nullable KnowledgeKind kind, @Nullable String tag) {
	}

	/** A link with its article's current title and kind. */
	record Link(UUID articleId, UUID itemId, KnowledgeKind kind, String title, Instant linkedAt) {
	}

	/** An article to choose from (an item page's link form). */
	record Choice(UUID id, KnowledgeKind kind, String title) {
	}

	private static final String ARTICLE_COLUMNS = "a.id, a.engagement_id, a.kind, a.title, a.body, a.tags, a.version,"
			+ " a.created_at, a.created_by, a.created_by_label, a.updated_at, a.updated_by, a.updated_by_label";

	private final JdbcClient jdbc;

	KnowledgeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Articles and versions

	/** Stores a new article at its first version. */
	void insert(Version first, UUID engagementId) {
		jdbc.sql("""
				INSERT INTO knowledge_articles (id, engagement_id, kind, title, body, tags, search_text, version, created_at,
				    created_by, created_by_label, updated_at, updated_by, updated_by_label)
				VALUES (:id, :engagement, :kind, :title, :body, :tags, :search, 1, :at, :by, :label, :at, :by, :label)""")
			.param("id", first.articleId())
			.param("engagement", engagementId)
			.param("kind", first.kind().name())
			.param("title", first.title())
			.param("body", first.body())
			.param("tags", tags(first.tags()))
			.param("search", searchText(first))
			.param("at", Jdbc.utc(first.createdAt()))
			.param("by", first.createdBy())
			.param("label", first.createdByLabel())
			.update();
		insertVersion(first);
	}

	/**
	 * Makes {@code next} the article's current version if {@code expected} is still the current one; whether it did.
	 */
	boolean update(Version next, int expected) {
		boolean updated = jdbc.sql("""
				UPDATE knowledge_articles SET kind = :kind, title = :title, body = :body, tags = :tags,
				    search_text = :search, version = :version, updated_at = :at, updated_by = :by, updated_by_label = :label
				WHERE id = :id AND version = :expected""")
			.param("kind", next.kind().name())
			.param("title", next.title())
			.param("body", next.body())
			.param("tags", tags(next.tags()))
			.param("search", searchText(next))
			.param("version", next.version())
			.param("at", Jdbc.utc(next.createdAt()))
			.param("by", next.createdBy())
			.param("label", next.createdByLabel())
			.param("id", next.articleId())
			.param("expected", expected)
			.update() == 1;
		if (updated) {
			insertVersion(next);
		}
		return updated;
	}

	private void insertVersion(Version version) {
		jdbc.sql("""
				INSERT INTO knowledge_article_versions (article_id, version, kind, title, body, tags, created_at,
				    created_by, created_by_label)
				VALUES (:article, :version, :kind, :title, :body, :tags, :at, :by, :label)""")
			.param("article", version.articleId())
			.param("version", version.version())
			.param("kind", version.kind().name())
			.param("title", version.title())
			.param("body", version.body())
			.param("tags", tags(version.tags()))
			.param("at", Jdbc.utc(version.createdAt()))
			.param("by", version.createdBy())
			.param("label", version.createdByLabel())
			.update();
	}

	Optional<Article> find(UUID articleId) {
		return jdbc.sql("SELECT " + ARTICLE_COLUMNS + " FROM knowledge_articles a WHERE a.id = :id")
			.param("id", articleId)
			.query(KnowledgeStore::article)
			.optional();
	}

	List<Version> versions(UUID articleId) {
		return jdbc.sql("SELECT * FROM knowledge_article_versions WHERE article_id = :article ORDER BY version DESC")
			.param("article", articleId)
			.query(KnowledgeStore::version)
			.list();
	}

	Optional<Version> version(UUID articleId, int version) {
		return jdbc.sql("SELECT * FROM knowledge_article_versions WHERE article_id = :article AND version = :version")
			.param("article", articleId)
			.param("version", version)
			.query(KnowledgeStore::version)
			.optional();
	}

	/** A page of the engagement's articles matching the search, the most recently changed first. */
	List<Article> page(UUID engagementId, Search search, Paging paging) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(engagementId, search, parameters);
		parameters.put("limit", paging.size());
		parameters.put("offset", paging.offset());
		return jdbc.sql("SELECT " + ARTICLE_COLUMNS + " FROM knowledge_articles a WHERE " + where
				+ " ORDER BY a.updated_at DESC, a.id LIMIT :limit OFFSET :offset")
			.params(parameters)
			.query(KnowledgeStore::article)
			.list();
	}

	long count(UUID engagementId, Search search) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(engagementId, search, parameters);
		return jdbc.sql("SELECT COUNT(*) FROM knowledge_articles a WHERE " + where)
			.params(parameters)
			.query(Long.class)
			.single();
	}

	/** The engagement's articles by title, to choose one from; at most {@code limit}. */
	List<Choice> choices(UUID engagementId, int limit) {
		return jdbc.sql("SELECT id, kind, title FROM knowledge_articles WHERE engagement_id = :engagement"
				+ " ORDER BY LOWER(title), id LIMIT :limit")
			.param("engagement", engagementId)
			.param("limit", limit)
			.query((rs, n) -> new Choice(Jdbc.uuid(rs, "id"), KnowledgeKind.valueOf(rs.getString("kind")),
					rs.getString("title")))
			.list();
	}

	/**
	 * Every word must occur in the title, the body or the tags (each word anywhere): in the text the application
	 * lower-cased, so a search reads alike on every database; {@code !} escapes the wildcards of {@code LIKE}.
	 */
	private static String where(UUID engagementId, Search search, Map<String, Object> parameters) {
		StringBuilder where = new StringBuilder("a.engagement_id = :engagement");
		parameters.put("engagement", engagementId);
		if (search.kind() != null) {
			where.append(" AND a.kind = :kind");
			parameters.put("kind", search.kind().name());
		}
		if (search.tag() != null) {
			where.append(" AND (' ' || a.tags || ' ') LIKE :tag ESCAPE '!'");
			parameters.put("tag", "% " + escape(search.tag()) + " %");
		}
		for (int n = 0; n < search.words().size(); n++) {
			where.append(" AND a.search_text LIKE :w").append(n).append(" ESCAPE '!'");
			parameters.put("w" + n, "%" + escape(lower(search.words().get(n))) + "%");
		}
		return where.toString();
	}

	/** The title, the tags and the body, one per line, lower-cased: a word of a search holds no line break. */
	private static String searchText(Version version) {
		return lower(version.title() + "\n" + tags(version.tags()) + "\n" + version.body());
	}

	private static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

	private static String escape(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	// Links

	List<Link> linksOfItem(UUID itemId) {
		return jdbc.sql("""
				SELECT l.article_id, l.item_id, l.linked_at, a.kind, a.title FROM knowledge_links l
				JOIN knowledge_articles a ON a.id = l.article_id
				WHERE l.item_id = :item ORDER BY LOWER(a.title), a.id""")
			.param("item", itemId)
			.query((rs, n) -> new Link(Jdbc.uuid(rs, "article_id"), Jdbc.uuid(rs, "item_id"),
					KnowledgeKind.valueOf(rs.getString("kind")), rs.getString("title"),
					Jdbc.requiredInstant(rs, "linked_at")))
			.list();
	}

	/** Links the item to the article unless it is linked already; whether it was linked now. */
	boolean link(UUID articleId, UUID itemId, UUID engagementId, Instant at, UUID by) {
		return jdbc.sql("""
				INSERT INTO knowledge_links (article_id, item_id, engagement_id, linked_at, linked_by)
				VALUES (:article, :item, :engagement, :at, :by)
				ON CONFLICT DO NOTHING""")
			.param("article", articleId)
			.param("item", itemId)
			.param("engagement", engagementId)
			.param("at", Jdbc.utc(at))
			.param("by", by)
			.update() == 1;
	}

	boolean unlink(UUID articleId, UUID itemId) {
		return jdbc.sql("DELETE FROM knowledge_links WHERE article_id = :article AND item_id = :item")
			.param("article", articleId)
			.param("item", itemId)
			.update() == 1;
	}

	/** The items linked to the article, in the order they were linked. */
	List<UUID> itemsOf(UUID articleId) {
		return jdbc.sql("SELECT item_id FROM knowledge_links WHERE article_id = :article ORDER BY linked_at, item_id")
			.param("article", articleId)
			.query(UUID.class)
			.list();
	}

	// Rows

	/** Tags as stored: lower case, separated by single spaces. */
	private static String tags(List<String> tags) {
		return String.join(" ", tags);
	}

	private static List<String> tags(String stored) {
		return stored.isEmpty() ? List.of() : List.copyOf(Arrays.asList(stored.split(" ")));
	}

	private static Article article(ResultSet rs, int row) throws SQLException {
		return new Article(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "engagement_id"), KnowledgeKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getString("body"), tags(rs.getString("tags")), rs.getInt("version"),
				Jdbc.requiredInstant(rs, "created_at"), Jdbc.uuid(rs, "created_by"), rs.getString("created_by_label"),
				Jdbc.requiredInstant(rs, "updated_at"), Jdbc.uuid(rs, "updated_by"), rs.getString("updated_by_label"));
	}

	private static Version version(ResultSet rs, int row) throws SQLException {
		return new Version(Jdbc.uuid(rs, "article_id"), rs.getInt("version"), KnowledgeKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getString("body"), tags(rs.getString("tags")),
				Jdbc.requiredInstant(rs, "created_at"), Jdbc.uuid(rs, "created_by"), rs.getString("created_by_label"));
	}
}
