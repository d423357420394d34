-- The items an engagement's dependency risk counts as resolved: one row per item now RESOLVED or CLOSED that entered
-- RESOLVED at least once, with its last entry into RESOLVED and the person it was assigned to then (see
-- docs/governance/RISK.md). Derived with the KPI facts from the item's timeline in the transaction of every change and
-- replaced whole per item (governance.KpiRecorder), so the risk's key-person and knowledge-coverage figures are counted
-- here instead of reading every resolved item's timeline.
CREATE TABLE governance_risk_resolutions (
    item_id        UUID         NOT NULL,
    engagement_id  UUID         NOT NULL,
    resolved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    person_id      UUID,
    CONSTRAINT governance_risk_resolutions_pk PRIMARY KEY (item_id)
);

-- An engagement's resolved items of a window, with who resolved them, without reading the table.
CREATE INDEX governance_risk_resolutions_window_idx
    ON governance_risk_resolutions (engagement_id, resolved_at, person_id, item_id);

-- Items resolved before this table existed: their last resolution from the KPI facts (a resolution with no later one,
-- the item not open again), with the item's assignee as the facts hold it; an engagement's recompute
-- (POST /api/v1/engagements/{id}/kpis/recompute) derives them from the timelines, with the assignee at the resolution.
INSERT INTO governance_risk_resolutions (item_id, engagement_id, resolved_at, person_id)
SELECT f.item_id, f.engagement_id, f.at, f.person_id
FROM governance_kpi_facts f
WHERE f.kind = 'RESOLUTION' AND f.next_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM governance_kpi_facts o
                  WHERE o.item_id = f.item_id AND o.kind = 'OPEN' AND o.next_at IS NULL);
