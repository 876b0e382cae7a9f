-- New images get random ids (see Images), so that an image uploaded for a draft cannot be found by counting: the
-- id column's own numbering goes unused, and lists order images by the time of their upload instead of their id.
DROP INDEX image_by_site;
CREATE INDEX image_by_site ON image (site, uploaded_at DESC, id DESC);
