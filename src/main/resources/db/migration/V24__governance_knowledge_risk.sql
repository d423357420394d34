-- Governance: the knowledge base of each engagement (articles and runbooks, every edit a new version) and the links
-- from work items to its articles, which knowledge coverage in the dependency risk counts. engagement_id refers to
-- the engagement module's engagements, item_id to work's items, user ids to identity's users; those modules are asked
-- through their APIs, never joined.
-- Portable SQL: runs on H2 (MODE=PostgreSQL) and PostgreSQL 15+.

-- The current version of each article, copied from its last version: what the list and the search read.
-- tags: the article's tags in lower case, each once, separated by single spaces (a tag holds no space).
-- search_text: the title, the tags and the body lower-cased by the application, one per line, so that a search is
-- case-insensitive the same way whatever the database's locale.
CREATE TABLE knowledge_articles (
    id                UUID            NOT NULL PRIMARY KEY,
    engagement_id     UUID            NOT NULL,
    kind              VARCHAR(10)     NOT NULL,
    title             VARCHAR(200)    NOT NULL,
    body              VARCHAR(50000)  NOT NULL,
    tags              VARCHAR(1000)   NOT NULL,
    search_text       VARCHAR(51300)  NOT NULL,
    version           INT             NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        UUID,
    created_by_label  VARCHAR(320)    NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        UUID,
    updated_by_label  VARCHAR(320)    NOT NULL,
    CONSTRAINT knowledge_articles_engagement_fk FOREIGN KEY (engagement_id) REFERENCES engagements (id),
    CONSTRAINT knowledge_articles_kind_ck CHECK (kind IN ('ARTICLE', 'RUNBOOK')),
    CONSTRAINT knowledge_articles_version_ck CHECK (version >= 1)
);
-- An engagement's articles, most recently changed first.
CREATE INDEX knowledge_articles_recent_idx ON knowledge_articles (engagement_id, updated_at);

-- Every version as it was written, never updated nor deleted.
CREATE TABLE knowledge_article_versions (
    article_id        UUID            NOT NULL,
    version           INT             NOT NULL,
    kind              VARCHAR(10)     NOT NULL,
    title             VARCHAR(200)    NOT NULL,
    body              VARCHAR(50000)  NOT NULL,
    tags              VARCHAR(1000)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        UUID,
    created_by_label  VARCHAR(320)    NOT NULL,
    CONSTRAINT knowledge_article_versions_pk PRIMARY KEY (article_id, version),
    CONSTRAINT knowledge_article_versions_article_fk FOREIGN KEY (article_id) REFERENCES knowledge_articles (id),
    CONSTRAINT knowledge_article_versions_kind_ck CHECK (kind IN ('ARTICLE', 'RUNBOOK'))
);

-- A work item linked to an article of its engagement: once per pair.
CREATE TABLE knowledge_links (
    article_id        UUID            NOT NULL,
    item_id           UUID            NOT NULL,
    engagement_id     UUID            NOT NULL,
    linked_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    linked_by         UUID,
    CONSTRAINT knowledge_links_pk PRIMARY KEY (article_id, item_id),
    CONSTRAINT knowledge_links_article_fk FOREIGN KEY (article_id) REFERENCES knowledge_articles (id),
    CONSTRAINT knowledge_links_item_fk FOREIGN KEY (item_id) REFERENCES work_items (id)
);
-- An item's articles; an engagement's linked items (knowledge coverage).
CREATE INDEX knowledge_links_item_idx ON knowledge_links (item_id);
CREATE INDEX knowledge_links_engagement_idx ON knowledge_links (engagement_id, item_id);
