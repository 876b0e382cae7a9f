-- Writing: an article's featured image, shown on its cards, at the top of its page and when it is shared; the copy of
-- a text an editor is typing, saved every few seconds so that a closed tab or a lost connection loses nothing.

-- An image's original (up to 5 MB) lives apart from what pages read of the image: H2 reads a whole row to give any of
-- its columns, so every card showing a featured image would read the image's original with its alternative text.
CREATE TABLE image_original (
    image_id BIGINT PRIMARY KEY REFERENCES image (id),
    bytes    BYTEA  NOT NULL
);
INSERT INTO image_original (image_id, bytes) SELECT id, original FROM image;
ALTER TABLE image DROP COLUMN original;

-- An image an article features cannot be deleted while it does.
ALTER TABLE article ADD COLUMN image_id BIGINT;
ALTER TABLE article ADD CONSTRAINT article_image FOREIGN KEY (image_id) REFERENCES image (id);
CREATE INDEX article_by_image ON article (image_id);

-- One copy per account, article or page, and language: what the edit form held at the last autosave. Saving the form
-- deletes it. Its fields are unbounded, as typed: a copy is kept even when the form could not be saved as it is.
CREATE TABLE autosave (
    account_id    BIGINT      NOT NULL REFERENCES account (id),
    kind          VARCHAR(10) NOT NULL,  -- article or page
    item_id       BIGINT      NOT NULL,
    language      VARCHAR(35) NOT NULL,
    title         VARCHAR     NOT NULL,
    slug          VARCHAR     NOT NULL,
    excerpt       VARCHAR,               -- null for a page
    body_markdown VARCHAR     NOT NULL,
    saved_at      TIMESTAMP   NOT NULL,
    PRIMARY KEY (account_id, kind, item_id, language)
);
