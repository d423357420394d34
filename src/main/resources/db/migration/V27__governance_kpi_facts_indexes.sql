-- The open spans of a period's facts by their end: an engagement's spans still open (next_at NULL) and those closed
-- since the period began, whatever their start, without reading every span of the engagement (KpiFactStore.of).
-- The instant the span began is in the index too, so spans that start after the period are left out in the index.
CREATE INDEX governance_kpi_facts_open_idx ON governance_kpi_facts (engagement_id, kind, next_at, at);
