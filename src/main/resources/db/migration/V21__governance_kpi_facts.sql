-- The KPIs' measured facts: one row per reply, resolution, acceptance, stopped SLA/OLA cycle, survey, answer, logged
-- day and open span of an item (see governance.KpiFact for what each column means per kind). Derived from the work
-- timelines, the SLA clocks, the surveys and the time entries in the transaction of every change, replaced whole per
-- item, and recomputable from those sources: the daily roll-up the dashboards and statements add up.
CREATE TABLE governance_kpi_facts (
    engagement_id  UUID         NOT NULL,
    item_id        UUID         NOT NULL,
    kind           VARCHAR(12)  NOT NULL,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    previous_at    TIMESTAMP WITH TIME ZONE,
    next_at        TIMESTAMP WITH TIME ZONE,
    amount         BIGINT       NOT NULL,
    amount2        BIGINT       NOT NULL,
    hit            BOOLEAN      NOT NULL,
    on_time        BOOLEAN,
    agreement      VARCHAR(3),
    metric         VARCHAR(20),
    priority       VARCHAR(2),
    person_id      UUID,
    CONSTRAINT governance_kpi_facts_kind_ck
        CHECK (kind IN ('CYCLE', 'REPLY', 'RESOLUTION', 'ACCEPTANCE', 'ANSWER', 'SURVEY', 'TIME', 'OPEN'))
);

-- A period's facts of an engagement: by kind and instant.
CREATE INDEX governance_kpi_facts_period_idx ON governance_kpi_facts (engagement_id, kind, at);
-- An item's facts, replaced at each change.
CREATE INDEX governance_kpi_facts_item_idx ON governance_kpi_facts (item_id);
