-- Service-credit contracts per engagement, versioned: writing one adds a version, never changes an earlier one. A
-- version holds the monthly fee F, the at-risk share A (percent), what the levels' allocations add up to (100, or more
-- for an over-allocated pool), its critical levels, the KPIs it only reports, and its bands (the default ones are
-- written out too, so a version reads the same whatever the defaults become).
CREATE TABLE credit_contracts (
    engagement_id     UUID          NOT NULL PRIMARY KEY REFERENCES engagements (id),
    current_version   INT           NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE credit_contract_versions (
    engagement_id     UUID          NOT NULL REFERENCES credit_contracts (engagement_id),
    version           INT           NOT NULL,
    currency          VARCHAR(3)    NOT NULL,
    monthly_fee       NUMERIC(19,4) NOT NULL,
    at_risk_share     NUMERIC(9,4)  NOT NULL,
    allocation_total  NUMERIC(9,4)  NOT NULL,
    note              VARCHAR(500),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        UUID,
    created_by_label  VARCHAR(320)  NOT NULL,
    PRIMARY KEY (engagement_id, version)
);

-- The critical service levels of a version, in the contract's order: a KPI of the catalogue by its code, which way
-- is better, the target T, the minimum M (both in the KPI's unit) and the allocation w (percent of the pool).
CREATE TABLE credit_contract_levels (
    engagement_id     UUID          NOT NULL,
    version           INT           NOT NULL,
    position          INT           NOT NULL,
    kpi               VARCHAR(64)   NOT NULL,
    direction         VARCHAR(20)   NOT NULL,
    target            NUMERIC(24,6) NOT NULL,
    minimum           NUMERIC(24,6) NOT NULL,
    allocation        NUMERIC(9,4)  NOT NULL,
    PRIMARY KEY (engagement_id, version, position),
    FOREIGN KEY (engagement_id, version) REFERENCES credit_contract_versions (engagement_id, version)
);

-- The KPIs a version shows on its statements without credit.
CREATE TABLE credit_contract_reported (
    engagement_id     UUID          NOT NULL,
    version           INT           NOT NULL,
    position          INT           NOT NULL,
    kpi               VARCHAR(64)   NOT NULL,
    PRIMARY KEY (engagement_id, version, position),
    FOREIGN KEY (engagement_id, version) REFERENCES credit_contract_versions (engagement_id, version)
);

-- The bands of a version, from the one that meets the target to the open last one (up_to null).
CREATE TABLE credit_contract_bands (
    engagement_id     UUID          NOT NULL,
    version           INT           NOT NULL,
    position          INT           NOT NULL,
    name              VARCHAR(64)   NOT NULL,
    up_to             NUMERIC(12,6),
    factor            NUMERIC(7,6)  NOT NULL,
    PRIMARY KEY (engagement_id, version, position),
    FOREIGN KEY (engagement_id, version) REFERENCES credit_contract_versions (engagement_id, version)
);

-- The statement of a closed month as it was when first produced (JSON of the statement: every level with its measure,
-- band and credit, the totals, the reported KPIs) and the contract version it was computed under. Kept as issued: a
-- later version of the contract or an event recorded late never changes it. The current month is never stored.
CREATE TABLE credit_statements (
    engagement_id     UUID          NOT NULL REFERENCES credit_contracts (engagement_id),
    statement_month   VARCHAR(7)    NOT NULL,
    contract_version  INT           NOT NULL,
    statement         TEXT          NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (engagement_id, statement_month),
    FOREIGN KEY (engagement_id, contract_version) REFERENCES credit_contract_versions (engagement_id, version)
);
