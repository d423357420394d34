-- Identity: organizations, users, memberships, personal API tokens.
-- Portable SQL: runs on H2 (MODE=PostgreSQL) and PostgreSQL 15+.

CREATE TABLE organizations (
    id            UUID         NOT NULL PRIMARY KEY,
    kind          VARCHAR(16)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    name_key      VARCHAR(200) NOT NULL,
    country       VARCHAR(2)   NOT NULL,
    time_zone     VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT organizations_kind_ck CHECK (kind IN ('CLIENT', 'PROVIDER', 'FREELANCER')),
    CONSTRAINT organizations_name_uq UNIQUE (name_key)
);

CREATE TABLE users (
    id             UUID         NOT NULL PRIMARY KEY,
    email          VARCHAR(320) NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    locale         VARCHAR(8),
    enabled        BOOLEAN      NOT NULL,
    failed_logins  INT          NOT NULL,
    locked_until   TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT users_email_uq UNIQUE (email)
);

-- organization_id is NULL for the platform-wide roles (PLATFORM_ADMIN, AUDITOR).
CREATE TABLE memberships (
    id               UUID        NOT NULL PRIMARY KEY,
    user_id          UUID        NOT NULL,
    organization_id  UUID,
    role             VARCHAR(32) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT memberships_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT memberships_org_fk FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT memberships_role_ck CHECK (role IN ('PLATFORM_ADMIN', 'CLIENT_ADMIN', 'CLIENT_MEMBER',
        'PROVIDER_MANAGER', 'PROVIDER_AGENT', 'FREELANCER', 'AUDITOR')),
    CONSTRAINT memberships_uq UNIQUE (user_id, organization_id, role)
);
CREATE INDEX memberships_org_idx ON memberships (organization_id);

CREATE TABLE api_tokens (
    id            UUID         NOT NULL PRIMARY KEY,
    user_id       UUID         NOT NULL,
    name          VARCHAR(100) NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    token_prefix  VARCHAR(16)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_tokens_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT api_tokens_hash_uq UNIQUE (token_hash)
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

-- Marks one-off start-up tasks (demo data, bootstrap admin) so they never run twice.
CREATE TABLE platform_bootstrap (
    task        VARCHAR(64) NOT NULL PRIMARY KEY,
    done_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
