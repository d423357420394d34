-- The plans of the SQL behind the work-tracking requests the load driver measures (WorkQueries' and WorkStore's
-- queries, with the largest engagement of the demo provider, the demo provider's engagements for the lists
-- across engagements, and one item), as bench/README.md explains them:
--   psql -h 127.0.0.1 -U root -d pilotage_bench -f bench/work-explain.sql
\pset pager off
SELECT w.engagement_id AS engagement, COUNT(*) AS items
  FROM work_items w JOIN engagements e ON e.id = w.engagement_id
  JOIN memberships m ON m.organization_id = e.provider_org_id JOIN users u ON u.id = m.user_id
 WHERE u.email = 'manager@atlas.demo'
 GROUP BY w.engagement_id ORDER BY COUNT(*) DESC LIMIT 1 \gset
SELECT string_agg(quote_literal(e.id::text) || '::uuid', ',') AS mine FROM engagements e
  JOIN memberships m ON m.organization_id = e.provider_org_id JOIN users u ON u.id = m.user_id
 WHERE u.email = 'manager@atlas.demo' \gset
SELECT id AS item FROM work_items WHERE engagement_id = :'engagement' AND number = 4242 \gset

\echo '== list, no filter: page of 50 and its count'
EXPLAIN (ANALYZE, BUFFERS) SELECT i.* FROM work_items i WHERE i.engagement_id = :'engagement'
 ORDER BY i.updated_at DESC, i.id DESC LIMIT 50 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(*) FROM work_items i WHERE i.engagement_id = :'engagement';

\echo '== list, status=CLOSED'
EXPLAIN (ANALYZE, BUFFERS) SELECT i.* FROM work_items i WHERE i.engagement_id = :'engagement'
   AND i.status IN ('CLOSED') ORDER BY i.updated_at DESC, i.id DESC LIMIT 50 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(*) FROM work_items i WHERE i.engagement_id = :'engagement'
   AND i.status IN ('CLOSED');

\echo '== list, status=WAITING_ON_PROVIDER, page 3'
EXPLAIN (ANALYZE, BUFFERS) SELECT i.* FROM work_items i WHERE i.engagement_id = :'engagement'
   AND i.status IN ('WAITING_ON_PROVIDER') ORDER BY i.updated_at DESC, i.id DESC LIMIT 50 OFFSET 100;

\echo '== list, status=IN_PROGRESS, priority=P3'
EXPLAIN (ANALYZE, BUFFERS) SELECT i.* FROM work_items i WHERE i.engagement_id = :'engagement'
   AND i.status IN ('IN_PROGRESS') AND i.priority IN ('P3') ORDER BY i.updated_at DESC, i.id DESC LIMIT 50 OFFSET 0;

\echo '== list, priority=P1 only, page 6'
EXPLAIN (ANALYZE, BUFFERS) SELECT i.* FROM work_items i WHERE i.engagement_id = :'engagement'
   AND i.priority IN ('P1') ORDER BY i.updated_at DESC, i.id DESC LIMIT 50 OFFSET 250;
EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(*) FROM work_items i WHERE i.engagement_id = :'engagement'
   AND i.priority IN ('P1');

\echo '== list: comment counts of a page (50 items)'
SELECT string_agg(quote_literal(id::text) || '::uuid', ',') AS page FROM (SELECT id FROM work_items
 WHERE engagement_id = :'engagement' ORDER BY updated_at DESC, id DESC LIMIT 50) p \gset
EXPLAIN (ANALYZE, BUFFERS) SELECT item_id, COUNT(*) AS n FROM work_comments WHERE item_id IN (:page)
   AND visibility = 'CLIENT' GROUP BY item_id;

\echo '== list across the provider''s engagements, no filter, and its count'
EXPLAIN (ANALYZE, BUFFERS) SELECT i.* FROM work_items i WHERE i.engagement_id IN (:mine)
 ORDER BY i.updated_at DESC, i.id DESC LIMIT 50 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(*) FROM work_items i WHERE i.engagement_id IN (:mine);

\echo '== search q=password (common) in the engagement, as the provider (internal comments too): page and count'
EXPLAIN (ANALYZE, BUFFERS) SELECT i.* FROM work_items i WHERE i.engagement_id = :'engagement' AND i.id IN (
    SELECT w.id FROM work_items w WHERE w.engagement_id IN (:'engagement') AND w.search @@ websearch_to_tsquery('simple', 'password')
    UNION SELECT c.item_id FROM work_comments c WHERE c.visibility = 'CLIENT' AND c.search @@ websearch_to_tsquery('simple', 'password')
    UNION SELECT c.item_id FROM work_comments c JOIN work_items w ON w.id = c.item_id
     WHERE c.visibility = 'INTERNAL' AND w.engagement_id IN (:'engagement') AND c.search @@ websearch_to_tsquery('simple', 'password'))
 ORDER BY ts_rank(i.search, websearch_to_tsquery('simple', 'password')) DESC, i.updated_at DESC, i.id DESC LIMIT 50 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(*) FROM work_items i WHERE i.engagement_id = :'engagement' AND i.id IN (
    SELECT w.id FROM work_items w WHERE w.engagement_id IN (:'engagement') AND w.search @@ websearch_to_tsquery('simple', 'password')
    UNION SELECT c.item_id FROM work_comments c WHERE c.visibility = 'CLIENT' AND c.search @@ websearch_to_tsquery('simple', 'password')
    UNION SELECT c.item_id FROM work_comments c JOIN work_items w ON w.id = c.item_id
     WHERE c.visibility = 'INTERNAL' AND w.engagement_id IN (:'engagement') AND c.search @@ websearch_to_tsquery('simple', 'password'));

\echo '== search q=Kerberos (rare) across the provider''s engagements'
EXPLAIN (ANALYZE, BUFFERS) SELECT i.* FROM work_items i WHERE i.engagement_id IN (:mine) AND i.id IN (
    SELECT w.id FROM work_items w WHERE w.engagement_id IN (:mine) AND w.search @@ websearch_to_tsquery('simple', 'Kerberos')
    UNION SELECT c.item_id FROM work_comments c WHERE c.visibility = 'CLIENT' AND c.search @@ websearch_to_tsquery('simple', 'Kerberos')
    UNION SELECT c.item_id FROM work_comments c JOIN work_items w ON w.id = c.item_id
     WHERE c.visibility = 'INTERNAL' AND w.engagement_id IN (:mine) AND c.search @@ websearch_to_tsquery('simple', 'Kerberos'))
 ORDER BY ts_rank(i.search, websearch_to_tsquery('simple', 'Kerberos')) DESC, i.updated_at DESC, i.id DESC LIMIT 50 OFFSET 0;

\echo '== detail: the item, its engagement, its timeline, its comments'
EXPLAIN (ANALYZE, BUFFERS) SELECT engagement_id FROM work_items WHERE id = :'item';
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM work_items WHERE id = :'item';
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM work_item_events WHERE item_id = :'item' ORDER BY sequence;
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM work_comments WHERE item_id = :'item' ORDER BY at, id;
