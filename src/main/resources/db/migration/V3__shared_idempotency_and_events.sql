-- Responses remembered per (caller, Idempotency-Key) so that a retried creating POST returns the
-- first result instead of creating a duplicate.
CREATE TABLE idempotency_keys (
    caller          VARCHAR(80)   NOT NULL,
    idem_key        VARCHAR(200)  NOT NULL,
    request_hash    VARCHAR(64)   NOT NULL,
    status          INT,
    content_type    VARCHAR(200),
    location        VARCHAR(1000),
    etag            VARCHAR(100),
    body            TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (caller, idem_key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);

-- Spring Modulith's JDBC event publication registry (schema v2), created here because Flyway is the
-- only source of the schema.
CREATE TABLE event_publication (
    id                      UUID          NOT NULL PRIMARY KEY,
    listener_id             VARCHAR(512)  NOT NULL,
    event_type              VARCHAR(512)  NOT NULL,
    serialized_event        VARCHAR(20000) NOT NULL,
    publication_date        TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date         TIMESTAMP WITH TIME ZONE,
    status                  VARCHAR(20),
    completion_attempts     INT,
    last_resubmission_date  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_completion_idx ON event_publication (completion_date);
