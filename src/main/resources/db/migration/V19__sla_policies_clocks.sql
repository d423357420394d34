-- SLA policies per engagement, versioned: editing one adds a version; an item is measured against the version in
-- force when its clocks started (sla_item_policies). The metric definitions of a version are JSON text.
CREATE TABLE sla_policies (
    id                UUID          NOT NULL PRIMARY KEY,
    engagement_id     UUID          NOT NULL REFERENCES engagements (id),
    current_version   INT           NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sla_policies_engagement_uq UNIQUE (engagement_id)
);

CREATE TABLE sla_policy_versions (
    policy_id         UUID          NOT NULL REFERENCES sla_policies (id),
    version           INT           NOT NULL,
    calendar_id       UUID          REFERENCES sla_calendars (id),
    at_risk_percent   INT           NOT NULL,
    metrics           TEXT          NOT NULL,
    note              VARCHAR(500),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        UUID,
    created_by_label  VARCHAR(320)  NOT NULL,
    PRIMARY KEY (policy_id, version)
);

CREATE TABLE sla_item_policies (
    item_id           UUID          NOT NULL PRIMARY KEY REFERENCES work_items (id),
    engagement_id     UUID          NOT NULL,
    policy_id         UUID          NOT NULL,
    version           INT           NOT NULL,
    pinned_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    FOREIGN KEY (policy_id, version) REFERENCES sla_policy_versions (policy_id, version)
);
CREATE INDEX sla_item_policies_version_idx ON sla_item_policies (policy_id, version);

-- The current cycle of each started metric of an item, as the last computation left it: what lists sort and filter
-- by (time to breach). Derived data: rebuilt from the timeline by a recompute at any time.
CREATE TABLE sla_clocks (
    item_id           UUID          NOT NULL REFERENCES work_items (id),
    metric            VARCHAR(32)   NOT NULL,
    engagement_id     UUID          NOT NULL,
    policy_id         UUID          NOT NULL,
    version           INT           NOT NULL,
    cycle             INT           NOT NULL,
    phase             VARCHAR(16)   NOT NULL,
    priority          VARCHAR(4),
    goal_seconds      BIGINT,
    elapsed_seconds   BIGINT        NOT NULL,
    paused_seconds    BIGINT        NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    stopped_at        TIMESTAMP WITH TIME ZONE,
    at_risk_at        TIMESTAMP WITH TIME ZONE,
    due_at            TIMESTAMP WITH TIME ZONE,
    breached          BOOLEAN       NOT NULL,
    computed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (item_id, metric)
);
CREATE INDEX sla_clocks_engagement_due_idx ON sla_clocks (engagement_id, due_at);
