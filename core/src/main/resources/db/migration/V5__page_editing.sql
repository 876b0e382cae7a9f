-- Editing static pages, as articles are edited: a page is a draft, published or in the trash, and only
-- published ones are public (the pages that exist were public, so they stay published). Versions detect
-- two editors saving the same thing; revisions keep every saved text; old slugs redirect.

ALTER TABLE page ADD COLUMN status VARCHAR(12) DEFAULT 'published' NOT NULL;
ALTER TABLE page ADD COLUMN version INT DEFAULT 1 NOT NULL;
ALTER TABLE page_translation ADD COLUMN version INT DEFAULT 1 NOT NULL;

CREATE TABLE page_revision (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    page_id       BIGINT       NOT NULL REFERENCES page (id),
    language      VARCHAR(8)   NOT NULL,
    title         VARCHAR(300) NOT NULL,
    slug          VARCHAR(200) NOT NULL,
    body_markdown CLOB         NOT NULL,
    saved_by      BIGINT,               -- null for text loaded from content files
    saved_by_name VARCHAR(254) NOT NULL,
    saved_at      TIMESTAMP    NOT NULL
);
CREATE INDEX page_revision_by_page ON page_revision (page_id, id DESC);

CREATE TABLE page_slug_history (
    site     VARCHAR(40)  NOT NULL,
    language VARCHAR(8)   NOT NULL,
    slug     VARCHAR(200) NOT NULL,
    page_id  BIGINT       NOT NULL REFERENCES page (id),
    PRIMARY KEY (site, language, slug)
);
