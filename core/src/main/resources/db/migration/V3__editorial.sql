-- Editing: an article is a draft, scheduled, published or in the trash; only published ones are public.
-- Versions detect two editors saving the same thing; revisions keep every saved text; old slugs redirect.

ALTER TABLE article ADD COLUMN status VARCHAR(12) DEFAULT 'published' NOT NULL;
ALTER TABLE article ADD COLUMN publish_at TIMESTAMP;        -- when a scheduled article goes public
ALTER TABLE article ADD COLUMN version INT DEFAULT 1 NOT NULL;
ALTER TABLE article_translation ADD COLUMN version INT DEFAULT 1 NOT NULL;

-- The public listings read only published articles: the status leads each index.
DROP INDEX article_by_site;
DROP INDEX article_by_site_section;
DROP INDEX article_by_network;
DROP INDEX article_by_section_network;
CREATE INDEX article_by_site ON article (status, site, published_on DESC, id DESC);
CREATE INDEX article_by_site_section ON article (status, site, section, published_on DESC, id DESC);
CREATE INDEX article_by_network ON article (status, on_network, published_on DESC, id DESC);
CREATE INDEX article_by_section_network ON article (status, section, on_network, published_on DESC, id DESC);
CREATE INDEX article_scheduled ON article (status, publish_at);

CREATE TABLE article_revision (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id    BIGINT        NOT NULL REFERENCES article (id),
    language      VARCHAR(8)    NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    slug          VARCHAR(200)  NOT NULL,
    excerpt       VARCHAR(2000) NOT NULL,
    body_markdown CLOB          NOT NULL,
    saved_by      BIGINT,                -- null for text loaded from content files
    saved_by_name VARCHAR(254)  NOT NULL,
    saved_at      TIMESTAMP     NOT NULL
);
CREATE INDEX article_revision_by_article ON article_revision (article_id, id DESC);

CREATE TABLE article_slug_history (
    site       VARCHAR(40)  NOT NULL,
    language   VARCHAR(8)   NOT NULL,
    slug       VARCHAR(200) NOT NULL,
    article_id BIGINT       NOT NULL REFERENCES article (id),
    PRIMARY KEY (site, language, slug)
);
