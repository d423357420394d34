-- SLA: the at-risk and breach instants of each running metric of a work item, as the clock ledger computes them,
-- and when each fired. A scheduler on every instance sleeps until the earliest unfired due_at (read through the
-- index of V17_1, one row) and claims each due row with a conditional UPDATE of fired_at: one claimant wins a row,
-- so each deadline fires once across restarts and instances. Portable SQL: runs on H2 (MODE=PostgreSQL) and
-- PostgreSQL 15+.
--
-- No foreign keys to work_items or engagements: the SLA module keys its rows by the ids the work module hands it
-- and never reads the work tables; items are never deleted.
CREATE TABLE sla_deadlines (
    id              UUID          NOT NULL PRIMARY KEY,
    item_id         UUID          NOT NULL,
    engagement_id   UUID          NOT NULL,
    metric          VARCHAR(32)   NOT NULL,
    cycle           INT           NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    goal_seconds    BIGINT        NOT NULL,
    policy_version  INT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    fired_at        TIMESTAMP WITH TIME ZONE,
    fired_by        VARCHAR(200),
    CONSTRAINT sla_deadlines_uq UNIQUE (item_id, metric, cycle, kind),
    CONSTRAINT sla_deadlines_kind_ck CHECK (kind IN ('AT_RISK', 'BREACH')),
    CONSTRAINT sla_deadlines_cycle_ck CHECK (cycle >= 1),
    CONSTRAINT sla_deadlines_goal_ck CHECK (goal_seconds >= 0),
    CONSTRAINT sla_deadlines_fired_ck CHECK ((fired_at IS NULL) = (fired_by IS NULL))
);
-- An engagement's at-risk and breached items, newest first (the views' page).
CREATE INDEX sla_deadlines_engagement_fired_idx ON sla_deadlines (engagement_id, fired_at);
