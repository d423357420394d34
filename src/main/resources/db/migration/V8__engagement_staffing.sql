-- Engagement staffing: who works on an engagement, in which role, how much and when; and the pseudonym each
-- person keeps on an engagement for the client's eyes. person_id refers to talent's people; the allocation
-- itself is reserved in talent_allocations under the staffing id, in the same transaction.
-- Portable SQL: runs on H2 (MODE=PostgreSQL) and PostgreSQL 15+.

CREATE TABLE engagement_staffing (
    id                  UUID          NOT NULL PRIMARY KEY,
    engagement_id       UUID          NOT NULL,
    person_id           UUID          NOT NULL,
    role                VARCHAR(100)  NOT NULL,
    allocation_percent  INT           NOT NULL,
    from_date           DATE          NOT NULL,
    to_date             DATE          NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT engagement_staffing_engagement_fk FOREIGN KEY (engagement_id) REFERENCES engagements (id),
    CONSTRAINT engagement_staffing_person_fk FOREIGN KEY (person_id) REFERENCES people (id),
    CONSTRAINT engagement_staffing_allocation_ck CHECK (allocation_percent BETWEEN 1 AND 100),
    CONSTRAINT engagement_staffing_dates_ck CHECK (to_date >= from_date)
);
CREATE INDEX engagement_staffing_engagement_idx ON engagement_staffing (engagement_id);
CREATE INDEX engagement_staffing_person_idx ON engagement_staffing (person_id);

-- A person's letter on an engagement ("Developer A"), given the first time it is staffed there and never
-- reused for anyone else, even after the person leaves.
CREATE TABLE engagement_pseudonyms (
    engagement_id  UUID  NOT NULL,
    person_id      UUID  NOT NULL,
    letter_index   INT   NOT NULL,
    PRIMARY KEY (engagement_id, person_id),
    CONSTRAINT engagement_pseudonyms_letter_uq UNIQUE (engagement_id, letter_index),
    CONSTRAINT engagement_pseudonyms_engagement_fk FOREIGN KEY (engagement_id) REFERENCES engagements (id)
);
