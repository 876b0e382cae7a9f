-- Images live in the database, so that every server node serves them. The original is kept as uploaded
-- (once its type was checked) to make other sizes from it later; pages are only ever served the variants,
-- re-encoded at fixed widths.

CREATE TABLE image (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    site         VARCHAR(40)  NOT NULL,
    alt_text     VARCHAR(300) NOT NULL,
    content_type VARCHAR(40)  NOT NULL, -- of the original: image/jpeg, image/png, image/gif, image/webp
    width        INT          NOT NULL, -- of the original, as shown (after its EXIF orientation)
    height       INT          NOT NULL,
    original     BLOB         NOT NULL,
    uploaded_by  BIGINT       NOT NULL REFERENCES account (id),
    uploaded_at  TIMESTAMP    NOT NULL
);
CREATE INDEX image_by_site ON image (site, id DESC);

CREATE TABLE image_variant (
    image_id     BIGINT      NOT NULL REFERENCES image (id),
    width        INT         NOT NULL,
    content_type VARCHAR(40) NOT NULL,
    bytes        BLOB        NOT NULL,
    PRIMARY KEY (image_id, width)
);
