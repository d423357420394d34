-- Append-only, hash-chained audit log. Each row's hash covers its own fields and the previous row's
-- hash; the head row holds the last sequence number and hash so that a removed tail is detected too.

CREATE TABLE audit_events (
    seq              BIGINT        NOT NULL PRIMARY KEY,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id         UUID,
    actor_label      VARCHAR(320)  NOT NULL,
    organization_id  UUID,
    action           VARCHAR(64)   NOT NULL,
    target_type      VARCHAR(64)   NOT NULL,
    target_id        VARCHAR(64),
    summary          VARCHAR(2000) NOT NULL,
    prev_hash        VARCHAR(64)   NOT NULL,
    hash             VARCHAR(64)   NOT NULL
);
CREATE INDEX audit_events_org_idx ON audit_events (organization_id, seq);

CREATE TABLE audit_chain_head (
    id         INT         NOT NULL PRIMARY KEY,
    last_seq   BIGINT      NOT NULL,
    last_hash  VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
