-- Work tracking at scale (bench/README.md, "Work tracking at scale"): an engagement's items, most recently
-- changed first, read as an index range in the list's order instead of sorting every item of the engagement.
-- With 1,000,000 items, an engagement of 150,000 listed without a filter, by CLOSED or by a priority alone took
-- 600 to 750 ms (a scan of all its rows and a top-N sort); with this index a page of 50 reads the index backwards
-- and stops after the page. work_items_list_idx (engagement, status, priority, updated_at) still serves a status
-- and priority together, an open status alone (few rows to sort) and the counts.
-- Portable SQL: runs on H2 (MODE=PostgreSQL) and PostgreSQL 15+.

CREATE INDEX work_items_recent_idx ON work_items (engagement_id, updated_at, number);
