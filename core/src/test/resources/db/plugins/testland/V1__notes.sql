-- A table of Testland's own, as a plugin keeps the answers of its forms.
CREATE TABLE testland_note (
    id   BIGINT AUTO_INCREMENT PRIMARY KEY,
    text VARCHAR(200) NOT NULL
);
