-- Business calendars of the SLA module: a week of working intervals in an IANA zone, the public holidays of a
-- country (and region), and the calendar's own days (closures, exceptional openings). The week is JSON text in
-- the API's format ({"MONDAY":[["09:00","12:00"],...],...}). A policy that uses a calendar will reference it
-- with a foreign key, so that deleting a calendar in use fails.
CREATE TABLE sla_calendars (
    id              UUID PRIMARY KEY,
    organization_id UUID         NOT NULL REFERENCES organizations (id),
    name            VARCHAR(200) NOT NULL,
    zone            VARCHAR(64)  NOT NULL,
    week_json       VARCHAR(8000) NOT NULL,
    holiday_country VARCHAR(2),
    holiday_region  VARCHAR(20),
    version         BIGINT       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_sla_calendars_name UNIQUE (organization_id, name)
);

-- One row per local day a calendar decides itself. CLOSED closes it; OPEN gives it its own intervals
-- ("09:00-12:00, ..."), or, with none, the week's hours in spite of a public holiday. DAY is a reserved word of
-- H2, hence on_day.
CREATE TABLE sla_calendar_days (
    calendar_id UUID         NOT NULL REFERENCES sla_calendars (id) ON DELETE CASCADE,
    on_day      DATE         NOT NULL,
    kind        VARCHAR(6)   NOT NULL CHECK (kind IN ('CLOSED', 'OPEN')),
    intervals   VARCHAR(400) NOT NULL DEFAULT '',
    label       VARCHAR(200) NOT NULL DEFAULT '',
    source      VARCHAR(6)   NOT NULL CHECK (source IN ('MANUAL', 'ICS')),
    PRIMARY KEY (calendar_id, on_day)
);
