-- Time logging: what a person of the provider's side logged on a work item (day, minutes, a note internal to the
-- provider's side), and the person's weekly timesheets with their approval history. A timesheet is one person's
-- ISO week (Monday to Sunday) for one provider organization, the one whose managers approve it: an agency's own
-- people have one a week; a freelancer has one per agency it worked for that week. person_id refers to talent's
-- people, provider_org_id to identity's organizations, user ids to identity's users: asked through their APIs,
-- never joined. Portable SQL: runs on H2 (MODE=PostgreSQL) and PostgreSQL 15+.

CREATE TABLE time_sheets (
    id               UUID          NOT NULL PRIMARY KEY,
    person_id        UUID          NOT NULL,
    provider_org_id  UUID          NOT NULL,
    week_start       DATE          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT time_sheets_week_uq UNIQUE (person_id, provider_org_id, week_start),
    CONSTRAINT time_sheets_status_ck CHECK (status IN ('OPEN', 'SUBMITTED', 'APPROVED', 'RETURNED'))
);
-- A manager's team view: its organization's sheets of a week.
CREATE INDEX time_sheets_provider_week_idx ON time_sheets (provider_org_id, week_start);

-- Every move of a timesheet, never updated: who, when, from and to, and the reason of a return.
CREATE TABLE time_sheet_transitions (
    id           UUID          NOT NULL PRIMARY KEY,
    sheet_id     UUID          NOT NULL,
    from_status  VARCHAR(20)   NOT NULL,
    to_status    VARCHAR(20)   NOT NULL,
    actor_id     UUID,
    actor_label  VARCHAR(320)  NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    reason       VARCHAR(1000),
    CONSTRAINT time_sheet_transitions_sheet_fk FOREIGN KEY (sheet_id) REFERENCES time_sheets (id)
);
CREATE INDEX time_sheet_transitions_sheet_idx ON time_sheet_transitions (sheet_id, at);

CREATE TABLE time_entries (
    id              UUID          NOT NULL PRIMARY KEY,
    sheet_id        UUID          NOT NULL,
    item_id         UUID          NOT NULL,
    engagement_id   UUID          NOT NULL,
    person_id       UUID          NOT NULL,
    author_user_id  UUID          NOT NULL,
    entry_date      DATE          NOT NULL,
    minutes         INT           NOT NULL,
    note            VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT time_entries_sheet_fk FOREIGN KEY (sheet_id) REFERENCES time_sheets (id),
    CONSTRAINT time_entries_item_fk FOREIGN KEY (item_id) REFERENCES work_items (id),
    CONSTRAINT time_entries_minutes_ck CHECK (minutes BETWEEN 1 AND 1440)
);
CREATE INDEX time_entries_item_idx ON time_entries (item_id, entry_date);
CREATE INDEX time_entries_sheet_idx ON time_entries (sheet_id);
-- The day cap (a person's minutes of one day) and the engagement's totals over a period.
CREATE INDEX time_entries_person_day_idx ON time_entries (person_id, entry_date);
CREATE INDEX time_entries_engagement_idx ON time_entries (engagement_id, entry_date);
