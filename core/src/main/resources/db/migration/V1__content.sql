-- Content of every site. Text lives in *_translation rows, one per language; what all
-- translations share (owner site, date, section, order) lives in the parent row.

CREATE TABLE association (
    site              VARCHAR(40) PRIMARY KEY,
    country           CHAR(2)     NOT NULL,
    original_language VARCHAR(8)  NOT NULL
);

CREATE TABLE association_translation (
    site          VARCHAR(40)   NOT NULL REFERENCES association (site),
    language      VARCHAR(8)    NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    summary       VARCHAR(2000) NOT NULL,
    body_markdown CLOB          NOT NULL,
    body_html     CLOB          NOT NULL,
    PRIMARY KEY (site, language)
);

CREATE TABLE delegation (
    code              VARCHAR(20) PRIMARY KEY,
    position          INT         NOT NULL,
    original_language VARCHAR(8)  NOT NULL
);

CREATE TABLE delegation_translation (
    code          VARCHAR(20)   NOT NULL REFERENCES delegation (code),
    language      VARCHAR(8)    NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    summary       VARCHAR(2000) NOT NULL,
    body_markdown CLOB          NOT NULL,
    body_html     CLOB          NOT NULL,
    PRIMARY KEY (code, language)
);

CREATE TABLE page (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    site              VARCHAR(40) NOT NULL,
    page_key          VARCHAR(80) NOT NULL,
    position          INT         NOT NULL,
    original_language VARCHAR(8)  NOT NULL,
    CONSTRAINT page_site_key UNIQUE (site, page_key)
);

CREATE TABLE page_translation (
    page_id       BIGINT       NOT NULL REFERENCES page (id),
    language      VARCHAR(8)   NOT NULL,
    site          VARCHAR(40)  NOT NULL, -- copied from page so that slugs are unique per site and language
    title         VARCHAR(300) NOT NULL,
    slug          VARCHAR(200) NOT NULL,
    body_markdown CLOB         NOT NULL,
    body_html     CLOB         NOT NULL,
    PRIMARY KEY (page_id, language),
    CONSTRAINT page_slug UNIQUE (site, language, slug)
);

CREATE TABLE article (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    site              VARCHAR(40) NOT NULL,
    section           VARCHAR(20) NOT NULL,
    published_on      DATE        NOT NULL,
    original_language VARCHAR(8)  NOT NULL,
    on_network        BOOLEAN     NOT NULL, -- listed in the international news
    content_key       VARCHAR(300),         -- the content file it came from, if any
    CONSTRAINT article_content_key UNIQUE (content_key)
);

-- One index per listing, each ending in the listing's order so that a page is read straight off the index.
CREATE INDEX article_by_site ON article (site, published_on DESC, id DESC);
CREATE INDEX article_by_site_section ON article (site, section, published_on DESC, id DESC);
CREATE INDEX article_by_network ON article (on_network, published_on DESC, id DESC);
CREATE INDEX article_by_section_network ON article (section, on_network, published_on DESC, id DESC);

CREATE TABLE article_translation (
    article_id    BIGINT        NOT NULL REFERENCES article (id),
    language      VARCHAR(8)    NOT NULL,
    site          VARCHAR(40)   NOT NULL, -- copied from article so that slugs are unique per site and language
    title         VARCHAR(300)  NOT NULL,
    slug          VARCHAR(200)  NOT NULL,
    excerpt       VARCHAR(2000) NOT NULL,
    body_markdown CLOB          NOT NULL,
    body_html     CLOB          NOT NULL,
    PRIMARY KEY (article_id, language),
    CONSTRAINT article_slug UNIQUE (site, language, slug)
);
CREATE INDEX article_translation_by_slug ON article_translation (site, slug);

-- Content files already loaded, so that a restart never loads one twice nor brings back what an editor removed.
CREATE TABLE content_import (
    content_key VARCHAR(300) PRIMARY KEY,
    imported_at TIMESTAMP    NOT NULL
);
