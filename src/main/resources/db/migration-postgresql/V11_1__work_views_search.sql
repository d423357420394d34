-- Full-text search of work items on PostgreSQL: a tsvector of the title and description of each item and of the
-- body of each comment, generated and STORED by the database (so rows written with COPY are indexed too), each
-- with a GIN index. The 'simple' configuration (no stemming, no stop words) since items are written in French and
-- in English alike. The H2 counterpart is db/migration-h2/V11_1__work_views_search.sql.

ALTER TABLE work_items ADD COLUMN search tsvector GENERATED ALWAYS AS
    (to_tsvector('simple'::regconfig, title || ' ' || COALESCE(description, ''))) STORED;
CREATE INDEX work_items_search_idx ON work_items USING GIN (search);

ALTER TABLE work_comments ADD COLUMN search tsvector GENERATED ALWAYS AS
    (to_tsvector('simple'::regconfig, body)) STORED;
CREATE INDEX work_comments_search_idx ON work_comments USING GIN (search);
