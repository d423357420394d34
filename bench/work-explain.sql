-- The plans of the SQL behind the work-tracking requests the load driver measures (WorkStore's queries, with
-- the largest engagement of the demo provider and one of its items), as bench/README.md explains them:
--   psql -h 127.0.0.1 -U root -d pilotage_bench -f bench/work-explain.sql
\pset pager off
SELECT w.engagement_id AS engagement, COUNT(*) AS items
  FROM work_items w JOIN engagements e ON e.id = w.engagement_id
  JOIN memberships m ON m.organization_id = e.provider_org_id JOIN users u ON u.id = m.user_id
 WHERE u.email = 'manager@atlas.demo'
 GROUP BY w.engagement_id ORDER BY COUNT(*) DESC LIMIT 1 \gset
SELECT id AS item FROM work_items WHERE engagement_id = :'engagement' AND number = 4242 \gset

\echo '== list, no filter: page of 50 and its count'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM work_items WHERE engagement_id = :'engagement'
 ORDER BY updated_at DESC, number DESC LIMIT 50 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(*) FROM work_items WHERE engagement_id = :'engagement';

\echo '== list, status=CLOSED'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM work_items WHERE engagement_id = :'engagement' AND status = 'CLOSED'
 ORDER BY updated_at DESC, number DESC LIMIT 50 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(*) FROM work_items WHERE engagement_id = :'engagement' AND status = 'CLOSED';

\echo '== list, status=IN_PROGRESS, priority=P3'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM work_items WHERE engagement_id = :'engagement' AND status = 'IN_PROGRESS'
   AND priority = 'P3' ORDER BY updated_at DESC, number DESC LIMIT 50 OFFSET 0;

\echo '== list, priority=P1 only, page 5'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM work_items WHERE engagement_id = :'engagement' AND priority = 'P1'
 ORDER BY updated_at DESC, number DESC LIMIT 50 OFFSET 250;
EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(*) FROM work_items WHERE engagement_id = :'engagement' AND priority = 'P1';

\echo '== list: comment counts of a page (50 items)'
SELECT string_agg(quote_literal(id::text) || '::uuid', ',') AS page FROM (SELECT id FROM work_items
 WHERE engagement_id = :'engagement' ORDER BY updated_at DESC, number DESC LIMIT 50) p \gset
EXPLAIN (ANALYZE, BUFFERS) SELECT item_id, COUNT(*) AS n FROM work_comments WHERE item_id IN (:page)
   AND visibility = 'CLIENT' GROUP BY item_id;

\echo '== list, title filter text=password (main''s LIKE)'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM work_items WHERE engagement_id = :'engagement'
   AND LOWER(title) LIKE '%password%' ESCAPE '\' ORDER BY updated_at DESC, number DESC LIMIT 50 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(*) FROM work_items WHERE engagement_id = :'engagement'
   AND LOWER(title) LIKE '%password%' ESCAPE '\';

\echo '== detail: the item, its engagement, its timeline, its comments'
EXPLAIN (ANALYZE, BUFFERS) SELECT engagement_id FROM work_items WHERE id = :'item';
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM work_items WHERE id = :'item';
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM work_item_events WHERE item_id = :'item' AND internal = FALSE ORDER BY sequence;
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM work_comments WHERE item_id = :'item' ORDER BY at, id;
