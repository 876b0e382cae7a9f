-- Statements and reports (PDF) of a site, standing alone or attached to one of its articles, listed on its article's
-- page, its delegation's (for the international site's) and its themes'. Ids are random, as new images' are, so that
-- a document cannot be found by counting. The file is kept apart from what the listings read, and its text, read
-- from it at upload, beside it for the search of the site.
CREATE TABLE document (
    id           BIGINT PRIMARY KEY,
    site         VARCHAR(40)  NOT NULL,
    article_id   BIGINT REFERENCES article (id),
    delegation   VARCHAR(20),            -- a delegation's section (eu, un, unesco), or none
    title        VARCHAR(300) NOT NULL,
    issued_on    DATE         NOT NULL,
    language     VARCHAR(8)   NOT NULL,
    symbol       VARCHAR(60),            -- the UN document symbol, such as A/HRC/58/NGO/123, where there is one
    content_type VARCHAR(40)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    pages        INT          NOT NULL,
    uploaded_by  BIGINT       NOT NULL REFERENCES account (id),
    uploaded_at  TIMESTAMP    NOT NULL
);
CREATE INDEX document_by_site ON document (site, issued_on DESC, id DESC);
CREATE INDEX document_by_article ON document (article_id);
CREATE INDEX document_by_delegation ON document (delegation, issued_on DESC, id DESC);

CREATE TABLE document_file (
    document_id BIGINT PRIMARY KEY REFERENCES document (id),
    bytes       BYTEA   NOT NULL,
    text        VARCHAR NOT NULL
);

CREATE TABLE document_theme (
    document_id BIGINT NOT NULL REFERENCES document (id),
    theme_id    BIGINT NOT NULL REFERENCES theme (id),
    PRIMARY KEY (document_id, theme_id)
);
CREATE INDEX document_theme_by_theme ON document_theme (theme_id, document_id);
