-- Notification: in-app notifications (the bell) and the e-mail outbox. A notification and its outbox row
-- are written in the transaction of the change they announce, so both commit with it or not at all.
-- Portable SQL: runs on H2 (MODE=PostgreSQL) and PostgreSQL 15+.

-- (user_id, dedup_key) is unique: the same event announced twice to the same person is stored once.
CREATE TABLE notifications (
    id          UUID          NOT NULL PRIMARY KEY,
    user_id     UUID          NOT NULL,
    kind        VARCHAR(64)   NOT NULL,
    subject     VARCHAR(300)  NOT NULL,
    body        VARCHAR(10000) NOT NULL,
    link        VARCHAR(1000),
    dedup_key   VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notifications_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT notifications_dedup_uq UNIQUE (user_id, dedup_key)
);
CREATE INDEX notifications_user_created_idx ON notifications (user_id, created_at);

-- One e-mail per notification. A dispatcher claims due PENDING rows by setting claim_token and
-- claimed_until in one conditional UPDATE (at most one claimant wins each row on both databases); a claim
-- whose dispatcher died expires at claimed_until and the row is taken again.
CREATE TABLE mail_outbox (
    id               UUID          NOT NULL PRIMARY KEY,
    notification_id  UUID          NOT NULL,
    recipient        VARCHAR(320)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             VARCHAR(10000) NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claim_token      UUID,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    sent_at          TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mail_outbox_notification_fk FOREIGN KEY (notification_id) REFERENCES notifications (id),
    CONSTRAINT mail_outbox_notification_uq UNIQUE (notification_id),
    CONSTRAINT mail_outbox_status_ck CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (status, next_attempt_at);
