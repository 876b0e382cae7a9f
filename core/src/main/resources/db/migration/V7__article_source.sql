-- An article's Markdown, which only its editors read, lives apart from the text the public pages show. H2 reads
-- a whole row to give any of its columns, so every listing, article page and export read each article's Markdown
-- with its HTML and threw it away: as much text again as the pages need. Articles are the only texts there are
-- thousands of; pages, associations and delegations keep their Markdown with their text.

CREATE TABLE article_source (
    article_id    BIGINT     NOT NULL,
    language      VARCHAR(8) NOT NULL,
    body_markdown VARCHAR    NOT NULL,
    PRIMARY KEY (article_id, language),
    FOREIGN KEY (article_id, language) REFERENCES article_translation (article_id, language)
);

INSERT INTO article_source (article_id, language, body_markdown)
SELECT article_id, language, body_markdown FROM article_translation;

ALTER TABLE article_translation DROP COLUMN body_markdown;
