-- Saved estimates: the request with its defaults and the full answer, as JSON, so that a permalink shows
-- exactly what was computed even after the reference data changed (reference_version says from what).
CREATE TABLE estimation_estimates (
    id                 UUID                      NOT NULL PRIMARY KEY,
    created_at         TIMESTAMP WITH TIME ZONE  NOT NULL,
    reference_version  INT                       NOT NULL,
    request_json       TEXT                      NOT NULL,
    result_json        TEXT                      NOT NULL
);
CREATE INDEX estimation_estimates_created_idx ON estimation_estimates (created_at);
