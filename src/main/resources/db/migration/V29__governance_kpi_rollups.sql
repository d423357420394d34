-- The KPI figures of periods that are over, stored once computed from the KPI facts so that trends and comparisons
-- with the previous period do not add a closed period's facts up again at every read (governance.KpiRollups). A row
-- holds the values, numerators and denominators of every figure of one engagement over [from_at, to_at), and the
-- budget they were computed with (a row whose budget is no longer the engagement's is computed again). Rows are
-- derived data: a change of an item's facts deletes, in its transaction, the rows of the periods it may change (those
-- ending after the earliest instant where the facts differ), and a recompute of the engagement deletes them all.
CREATE TABLE governance_kpi_rollups (
    engagement_id  UUID         NOT NULL,
    from_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    to_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    budget         VARCHAR(200) NOT NULL,
    figures        TEXT         NOT NULL,
    computed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT governance_kpi_rollups_pk PRIMARY KEY (engagement_id, from_at, to_at)
);

-- The rows a change deletes: an engagement's periods ending after an instant.
CREATE INDEX governance_kpi_rollups_end_idx ON governance_kpi_rollups (engagement_id, to_at);

-- One counter per engagement, raised by every change of its facts and locked by that change until it commits: a
-- figure computed while the counter moved is not stored, so a stored row never misses a change committed meanwhile.
CREATE TABLE governance_kpi_stamps (
    engagement_id  UUID         NOT NULL,
    stamp          BIGINT       NOT NULL,
    CONSTRAINT governance_kpi_stamps_pk PRIMARY KEY (engagement_id)
);
