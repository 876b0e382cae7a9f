-- A translation's own date, when it went public on another day than its article (the French text of a story
-- published three days after the English one is dated three days later); null: the article's date.
ALTER TABLE article_translation ADD COLUMN dated_on DATE;
