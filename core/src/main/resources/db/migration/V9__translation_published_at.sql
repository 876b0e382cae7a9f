-- Each translation has its own publication time: when that language of the article or page first became public
-- (a translation added to a published article goes public later than the article). Texts public before this was
-- recorded keep none; an article's shows its date instead.

ALTER TABLE article_translation ADD COLUMN published_at TIMESTAMP;
ALTER TABLE page_translation ADD COLUMN published_at TIMESTAMP;
