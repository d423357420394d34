-- Work items' attachments and satisfaction surveys (CSAT).
-- A survey is asked of the ticket's requester, or of the client's user who accepted the deliverable (whose
-- requester is the provider's side that created it); requester_* name that respondent.
-- Attachments: metadata in work_attachments, the bytes apart in work_attachment_contents (one row per attachment,
-- keyed by its id), so lists, counts and the item page never read them; visibility CLIENT or INTERNAL as for
-- comments. Surveys: one per resolution of a ticket or acceptance of a deliverable, asked of the item's requester;
-- the one-time link's token is kept only as its SHA-256 (token_hash), never in clear.
-- Portable SQL: runs on H2 (MODE=PostgreSQL) and PostgreSQL 15+.

CREATE TABLE work_attachments (
    id              UUID          NOT NULL PRIMARY KEY,
    item_id         UUID          NOT NULL,
    file_name       VARCHAR(200)  NOT NULL,
    content_type    VARCHAR(100)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sha256          VARCHAR(64)   NOT NULL,
    visibility      VARCHAR(10)   NOT NULL,
    uploader_id     UUID          NOT NULL,
    uploader_label  VARCHAR(320)  NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT work_attachments_item_fk FOREIGN KEY (item_id) REFERENCES work_items (id),
    CONSTRAINT work_attachments_visibility_ck CHECK (visibility IN ('CLIENT', 'INTERNAL')),
    CONSTRAINT work_attachments_size_ck CHECK (size_bytes > 0)
);
CREATE INDEX work_attachments_item_idx ON work_attachments (item_id, uploaded_at);

CREATE TABLE work_attachment_contents (
    attachment_id  UUID   NOT NULL PRIMARY KEY,
    content        BYTEA  NOT NULL,
    CONSTRAINT work_attachment_contents_fk FOREIGN KEY (attachment_id) REFERENCES work_attachments (id)
        ON DELETE CASCADE
);

-- answered_at/rating/answer_comment/answered_via are set together, once; superseded_at closes an unanswered survey
-- when the item is resolved (or accepted) again, so only the latest one can be answered.
CREATE TABLE work_satisfaction_surveys (
    id                 UUID          NOT NULL PRIMARY KEY,
    item_id            UUID          NOT NULL,
    engagement_id      UUID          NOT NULL,
    organization_id    UUID          NOT NULL,
    requester_user_id  UUID          NOT NULL,
    requester_label    VARCHAR(320)  NOT NULL,
    token_hash         VARCHAR(64)   NOT NULL,
    opened_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    superseded_at      TIMESTAMP WITH TIME ZONE,
    answered_at        TIMESTAMP WITH TIME ZONE,
    rating             INT,
    answer_comment     VARCHAR(2000),
    answered_via       VARCHAR(10),
    CONSTRAINT work_satisfaction_item_fk FOREIGN KEY (item_id) REFERENCES work_items (id),
    CONSTRAINT work_satisfaction_token_uq UNIQUE (token_hash),
    CONSTRAINT work_satisfaction_rating_ck CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    CONSTRAINT work_satisfaction_answer_ck CHECK ((answered_at IS NULL AND rating IS NULL AND answered_via IS NULL)
        OR (answered_at IS NOT NULL AND rating IS NOT NULL AND answered_via IN ('LINK', 'APP')))
);
CREATE INDEX work_satisfaction_item_idx ON work_satisfaction_surveys (item_id, opened_at);
