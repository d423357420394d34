-- The plans of the KPI facts' reads (KpiFactStore.of) on the largest engagement: a month and the one before it (the
-- dashboard's figures), a quarter, twelve weeks and twelve months (the trends), and a month two years back.
-- psql -h 127.0.0.1 -U postgres -d pilotage_gov_bench -f bench/governance-explain.sql
SELECT engagement_id AS e FROM work_items GROUP BY engagement_id ORDER BY COUNT(*) DESC LIMIT 1 \gset
SELECT COUNT(*) AS facts_of_the_largest FROM governance_kpi_facts WHERE engagement_id = :'e';

\set from '''2026-11-01 00:00 Europe/Paris'''
\set to '''2026-12-01 00:00 Europe/Paris'''
\echo month
\i bench/governance-explain-query.sql
\set from '''2026-10-01 00:00 Europe/Paris'''
\set to '''2026-11-01 00:00 Europe/Paris'''
\echo previous month
\i bench/governance-explain-query.sql
\set from '''2026-10-01 00:00 Europe/Paris'''
\set to '''2027-01-01 00:00 Europe/Paris'''
\echo quarter
\i bench/governance-explain-query.sql
\set from '''2026-09-07 00:00 Europe/Paris'''
\set to '''2026-11-30 00:00 Europe/Paris'''
\echo twelve weeks
\i bench/governance-explain-query.sql
\set from '''2025-12-01 00:00 Europe/Paris'''
\set to '''2026-12-01 00:00 Europe/Paris'''
\echo twelve months
\i bench/governance-explain-query.sql
\set from '''2024-12-01 00:00 Europe/Paris'''
\set to '''2025-01-01 00:00 Europe/Paris'''
\echo a month two years back
\i bench/governance-explain-query.sql
