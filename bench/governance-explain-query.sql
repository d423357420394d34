-- KpiFactStore.of for one engagement and the span :from to :to (included by governance-explain.sql): the measured
-- facts by kind and instant, the open spans closed since :from and those still open (V27's index for both)
EXPLAIN (ANALYZE, BUFFERS)
SELECT * FROM governance_kpi_facts WHERE engagement_id IN (:'e')
   AND kind IN ('CYCLE', 'REPLY', 'RESOLUTION', 'ACCEPTANCE', 'ANSWER', 'SURVEY', 'TIME') AND at >= :from AND at < :to
UNION ALL
SELECT * FROM governance_kpi_facts WHERE engagement_id IN (:'e') AND kind = 'OPEN' AND next_at >= :from AND at < :to
UNION ALL
SELECT * FROM governance_kpi_facts WHERE engagement_id IN (:'e') AND kind = 'OPEN' AND next_at IS NULL AND at < :to
 ORDER BY at, item_id, kind;
