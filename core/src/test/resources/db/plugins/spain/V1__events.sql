-- MMM Spain's events: what its events page lists, soonest first. In the plugin's own schema.
CREATE TABLE event (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    starts_on DATE         NOT NULL,
    place     VARCHAR(200) NOT NULL,
    title_es  VARCHAR(300) NOT NULL,
    title_ca  VARCHAR(300) NOT NULL
);
CREATE INDEX event_by_date ON event (starts_on, id);
