-- Engagement: engagements between a client and a provider (agency or freelancer), their terms, documents,
-- exit plan and status history. Organization ids refer to identity's organizations; staffing comes in V8.
-- Portable SQL: runs on H2 (MODE=PostgreSQL) and PostgreSQL 15+.

CREATE TABLE engagements (
    id                    UUID           NOT NULL PRIMARY KEY,
    kind                  VARCHAR(16)    NOT NULL,
    status                VARCHAR(16)    NOT NULL,
    client_org_id         UUID           NOT NULL,
    provider_org_id       UUID           NOT NULL,
    title                 VARCHAR(200)   NOT NULL,
    scope                 VARCHAR(4000),
    deliverables_summary  VARCHAR(4000),
    bpo_function          VARCHAR(32),
    start_date            DATE,
    end_date              DATE,
    renewal_date          DATE,
    notice_days           INT,
    renewal_alert_days    INT            NOT NULL,
    currency              VARCHAR(3)     NOT NULL,
    budget                NUMERIC(14, 2),
    monthly_fee           NUMERIC(14, 2),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT         NOT NULL,
    CONSTRAINT engagements_client_fk FOREIGN KEY (client_org_id) REFERENCES organizations (id),
    CONSTRAINT engagements_provider_fk FOREIGN KEY (provider_org_id) REFERENCES organizations (id),
    CONSTRAINT engagements_kind_ck CHECK (kind IN ('SUBCONTRACTING', 'BPO', 'HYBRID')),
    CONSTRAINT engagements_status_ck CHECK (status IN ('DRAFT', 'ACTIVE', 'SUSPENDED', 'CLOSED')),
    CONSTRAINT engagements_function_ck CHECK (bpo_function IS NULL OR bpo_function IN ('IT_SUPPORT', 'HELPDESK',
        'SYSTEM_MAINTENANCE', 'APPLICATION_MAINTENANCE', 'DATA_MANAGEMENT', 'SECURITY_OPERATIONS')),
    CONSTRAINT engagements_parties_ck CHECK (client_org_id <> provider_org_id),
    CONSTRAINT engagements_dates_ck CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
    CONSTRAINT engagements_days_ck CHECK ((notice_days IS NULL OR notice_days >= 0) AND renewal_alert_days >= 0),
    CONSTRAINT engagements_money_ck CHECK ((budget IS NULL OR budget > 0) AND (monthly_fee IS NULL OR monthly_fee > 0))
);
CREATE INDEX engagements_client_idx ON engagements (client_org_id);
CREATE INDEX engagements_provider_idx ON engagements (provider_org_id);

-- Contract day rates by role label, in the engagement's currency; position keeps the order they were given.
CREATE TABLE engagement_rates (
    engagement_id  UUID           NOT NULL,
    role_label     VARCHAR(100)   NOT NULL,
    role_key       VARCHAR(100)   NOT NULL,
    day_rate       NUMERIC(12, 2) NOT NULL,
    position       INT            NOT NULL,
    PRIMARY KEY (engagement_id, role_key),
    CONSTRAINT engagement_rates_engagement_fk FOREIGN KEY (engagement_id) REFERENCES engagements (id),
    CONSTRAINT engagement_rates_positive_ck CHECK (day_rate > 0)
);

CREATE TABLE engagement_documents (
    id              UUID          NOT NULL PRIMARY KEY,
    engagement_id   UUID          NOT NULL,
    file_name       VARCHAR(200)  NOT NULL,
    content_type    VARCHAR(100)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sha256          VARCHAR(64)   NOT NULL,
    uploaded_by_id  UUID,
    uploaded_by     VARCHAR(320)  NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT engagement_documents_engagement_fk FOREIGN KEY (engagement_id) REFERENCES engagements (id),
    CONSTRAINT engagement_documents_size_ck CHECK (size_bytes > 0)
);
CREATE INDEX engagement_documents_engagement_idx ON engagement_documents (engagement_id);

-- The bytes live apart from the metadata, so listing documents never reads them.
CREATE TABLE engagement_document_contents (
    document_id  UUID   NOT NULL PRIMARY KEY,
    content      BYTEA  NOT NULL,
    CONSTRAINT engagement_document_contents_fk FOREIGN KEY (document_id) REFERENCES engagement_documents (id)
        ON DELETE CASCADE
);

-- The reversibility plan: one per engagement, created with it.
CREATE TABLE exit_plans (
    engagement_id       UUID          NOT NULL PRIMARY KEY,
    plan_on_file        BOOLEAN       NOT NULL,
    data_return_format  VARCHAR(200),
    transition_days     INT,
    last_rehearsal      DATE,
    successor_option    VARCHAR(500),
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT exit_plans_engagement_fk FOREIGN KEY (engagement_id) REFERENCES engagements (id),
    CONSTRAINT exit_plans_transition_ck CHECK (transition_days IS NULL OR transition_days >= 0)
);

-- Every status an engagement went through; from_status is NULL for the creation.
CREATE TABLE engagement_status_history (
    id             UUID           NOT NULL PRIMARY KEY,
    engagement_id  UUID           NOT NULL,
    from_status    VARCHAR(16),
    to_status      VARCHAR(16)    NOT NULL,
    reason         VARCHAR(1000),
    actor_id       UUID,
    actor          VARCHAR(320)   NOT NULL,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT engagement_history_engagement_fk FOREIGN KEY (engagement_id) REFERENCES engagements (id)
);
CREATE INDEX engagement_history_engagement_idx ON engagement_status_history (engagement_id, at);
