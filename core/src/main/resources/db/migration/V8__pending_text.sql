-- A change to the text of a published article or page waits here, in its language, until an editor publishes it:
-- visitors keep seeing the published text meanwhile. A translation begun on a published item waits here too, as a
-- draft or in review, and is public only once published. One row per item and language: editing a pending change
-- edits it.

CREATE TABLE pending_text (
    kind          VARCHAR(10)   NOT NULL,  -- article or page
    item_id       BIGINT        NOT NULL,
    language      VARCHAR(35)   NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    slug          VARCHAR(200)  NOT NULL,
    excerpt       VARCHAR(2000),           -- null for a page
    body_markdown VARCHAR       NOT NULL,
    body_html     VARCHAR       NOT NULL,
    status        VARCHAR(10)   NOT NULL,  -- draft, or review once submitted
    version       INT           NOT NULL,
    saved_by      BIGINT        NOT NULL REFERENCES account (id),
    saved_at      TIMESTAMP     NOT NULL,
    PRIMARY KEY (kind, item_id, language)
);
