-- Work views: each user's saved filters of the work lists, and the indexes of the lists themselves.
-- A saved filter is stored as the query string of the list (validated like the list when saved), so the API,
-- the pages and the CSV export read it alike. Text search lives in the vendor folders (V11_1, db/migration-h2 and
-- db/migration-postgresql): PostgreSQL keeps tsvector columns, H2 lower-cased text, both maintained by the
-- database itself (generated columns) so that rows written straight into the tables are searchable too.
-- Portable SQL: runs on H2 (MODE=PostgreSQL) and PostgreSQL 15+.

CREATE TABLE work_saved_filters (
    id          UUID          NOT NULL PRIMARY KEY,
    user_id     UUID          NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    query       VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT work_saved_filters_name_uq UNIQUE (user_id, name)
);

-- An engagement's list in its default order (most recently changed first), and the cross-engagement list in the
-- same order: a backward index scan stops after one page instead of sorting every item of the scope.
CREATE INDEX work_items_recent_idx ON work_items (engagement_id, updated_at, id);
CREATE INDEX work_items_updated_idx ON work_items (updated_at, id);
