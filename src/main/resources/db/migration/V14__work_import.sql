-- Bulk import of work items: the key an item had in the system it was imported from (a Jira issue key such as
-- HELP-123, a Trello card id), unique per engagement so that the same item is never imported twice, and the
-- instant it was created there, kept as data (the timeline and the SLA clocks start at the import).
-- Portable SQL: runs on H2 (MODE=PostgreSQL) and PostgreSQL 15+; several items without a key are allowed.

ALTER TABLE work_items ADD COLUMN external_key VARCHAR(100);
ALTER TABLE work_items ADD COLUMN source_created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE work_items ADD CONSTRAINT work_items_external_key_uq UNIQUE (engagement_id, external_key);
