-- Work tracking: tickets, tasks and deliverables of an engagement, their append-only timeline (the input of the
-- SLA engine and the KPIs), comments, watchers, and each engagement's impact x urgency priority matrix.
-- engagement_id refers to the engagement module's engagements, assignee_person_id to talent's people, user ids
-- to identity's users; those modules are asked through their APIs, never joined.
-- Portable SQL: runs on H2 (MODE=PostgreSQL) and PostgreSQL 15+.

CREATE TABLE work_items (
    id                   UUID          NOT NULL PRIMARY KEY,
    engagement_id        UUID          NOT NULL,
    number               INT           NOT NULL,
    type                 VARCHAR(20)   NOT NULL,
    ticket_type          VARCHAR(20),
    impact               VARCHAR(10)   NOT NULL,
    urgency              VARCHAR(10)   NOT NULL,
    priority             VARCHAR(2)    NOT NULL,
    category             VARCHAR(100),
    title                VARCHAR(200)  NOT NULL,
    description          VARCHAR(10000),
    status               VARCHAR(30)   NOT NULL,
    assignee_person_id   UUID,
    requester_user_id    UUID          NOT NULL,
    requester_label      VARCHAR(320)  NOT NULL,
    due_date             DATE,
    acceptance_criteria  VARCHAR(4000),
    submissions          INT           NOT NULL DEFAULT 0,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT work_items_engagement_fk FOREIGN KEY (engagement_id) REFERENCES engagements (id),
    CONSTRAINT work_items_number_uq UNIQUE (engagement_id, number),
    CONSTRAINT work_items_type_ck CHECK (type IN ('TICKET', 'TASK', 'DELIVERABLE')),
    CONSTRAINT work_items_ticket_type_ck CHECK ((type = 'TICKET' AND ticket_type IN ('INCIDENT', 'SERVICE_REQUEST', 'CHANGE', 'PROBLEM'))
        OR (type <> 'TICKET' AND ticket_type IS NULL)),
    CONSTRAINT work_items_priority_ck CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
    CONSTRAINT work_items_submissions_ck CHECK (submissions >= 0)
);
-- The list query: an engagement's items by status and priority, most recently changed first.
CREATE INDEX work_items_list_idx ON work_items (engagement_id, status, priority, updated_at);
CREATE INDEX work_items_assignee_idx ON work_items (assignee_person_id);

-- The timeline: one row per change, never updated nor deleted; sequence orders an item's events without relying
-- on clock resolution. internal marks what client users never receive (internal comments).
CREATE TABLE work_item_events (
    id           UUID          NOT NULL PRIMARY KEY,
    item_id      UUID          NOT NULL,
    sequence     INT           NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    actor_id     UUID,
    actor_label  VARCHAR(320)  NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    internal     BOOLEAN       NOT NULL,
    data         VARCHAR(4000) NOT NULL,
    CONSTRAINT work_item_events_item_fk FOREIGN KEY (item_id) REFERENCES work_items (id),
    CONSTRAINT work_item_events_sequence_uq UNIQUE (item_id, sequence)
);

CREATE TABLE work_comments (
    id            UUID           NOT NULL PRIMARY KEY,
    item_id       UUID           NOT NULL,
    author_id     UUID           NOT NULL,
    author_label  VARCHAR(320)   NOT NULL,
    body          VARCHAR(10000) NOT NULL,
    visibility    VARCHAR(10)    NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT work_comments_item_fk FOREIGN KEY (item_id) REFERENCES work_items (id),
    CONSTRAINT work_comments_visibility_ck CHECK (visibility IN ('CLIENT', 'INTERNAL'))
);
CREATE INDEX work_comments_item_idx ON work_comments (item_id, at);

CREATE TABLE work_watchers (
    item_id     UUID          NOT NULL,
    user_id     UUID          NOT NULL,
    user_label  VARCHAR(320)  NOT NULL,
    since       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (item_id, user_id),
    CONSTRAINT work_watchers_item_fk FOREIGN KEY (item_id) REFERENCES work_items (id)
);

-- An engagement's own matrix, all nine cells stored together; without rows the default matrix applies.
CREATE TABLE engagement_priority_matrices (
    engagement_id  UUID         NOT NULL,
    impact         VARCHAR(10)  NOT NULL,
    urgency        VARCHAR(10)  NOT NULL,
    priority       VARCHAR(2)   NOT NULL,
    version        BIGINT       NOT NULL,
    PRIMARY KEY (engagement_id, impact, urgency),
    CONSTRAINT engagement_priority_matrices_engagement_fk FOREIGN KEY (engagement_id) REFERENCES engagements (id),
    CONSTRAINT engagement_priority_matrices_priority_ck CHECK (priority IN ('P1', 'P2', 'P3', 'P4'))
);
