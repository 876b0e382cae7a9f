-- Texts and images are kept in plain variable-length columns rather than large objects. H2 keeps every
-- large object a query returned alive for minutes after the query, so a busy site's memory grew with its
-- reads; values of these columns are read and forgotten like any other.

ALTER TABLE association_translation ALTER COLUMN body_markdown SET DATA TYPE VARCHAR;
ALTER TABLE association_translation ALTER COLUMN body_html SET DATA TYPE VARCHAR;
ALTER TABLE delegation_translation ALTER COLUMN body_markdown SET DATA TYPE VARCHAR;
ALTER TABLE delegation_translation ALTER COLUMN body_html SET DATA TYPE VARCHAR;
ALTER TABLE page_translation ALTER COLUMN body_markdown SET DATA TYPE VARCHAR;
ALTER TABLE page_translation ALTER COLUMN body_html SET DATA TYPE VARCHAR;
ALTER TABLE article_translation ALTER COLUMN body_markdown SET DATA TYPE VARCHAR;
ALTER TABLE article_translation ALTER COLUMN body_html SET DATA TYPE VARCHAR;
ALTER TABLE article_revision ALTER COLUMN body_markdown SET DATA TYPE VARCHAR;
ALTER TABLE page_revision ALTER COLUMN body_markdown SET DATA TYPE VARCHAR;
ALTER TABLE image ALTER COLUMN original SET DATA TYPE BYTEA;
ALTER TABLE image_variant ALTER COLUMN bytes SET DATA TYPE BYTEA;
