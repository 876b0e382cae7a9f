-- Events: conferences, side events and workshops a site takes part in or organises, each on its days in its own
-- time zone (with hours, or all day when it has none), at a place or online, with a text per language. An article
-- may name the event it tells about, which the event's page then lists.

CREATE TABLE event (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    site              VARCHAR(40)  NOT NULL, -- the organising site, whose pages list it
    kind              VARCHAR(20)  NOT NULL, -- conference, side-event, workshop
    starts_on         DATE         NOT NULL,
    ends_on           DATE         NOT NULL,
    starts_at         TIME,                  -- none: all day, on each day from starts_on to ends_on
    ends_at           TIME,
    time_zone         VARCHAR(60)  NOT NULL, -- where the hours and days are counted, e.g. Europe/Zurich
    place             VARCHAR(300),
    online_url        VARCHAR(500),
    original_language VARCHAR(35)  NOT NULL,
    status            VARCHAR(12)  DEFAULT 'published' NOT NULL,
    content_key       VARCHAR(300),
    CONSTRAINT event_content_key UNIQUE (content_key),
    CONSTRAINT event_days CHECK (ends_on >= starts_on)
);

-- The calendars list by day: a site's, and the network's of every site.
CREATE INDEX event_by_site ON event (status, site, starts_on, id);
CREATE INDEX event_by_day ON event (status, starts_on, id);

CREATE TABLE event_translation (
    event_id  BIGINT        NOT NULL REFERENCES event (id),
    language  VARCHAR(35)   NOT NULL,
    site      VARCHAR(40)   NOT NULL, -- copied from event so that slugs are unique per site and language
    title     VARCHAR(300)  NOT NULL,
    slug      VARCHAR(200)  NOT NULL,
    summary   VARCHAR(2000) NOT NULL,
    body_html VARCHAR       NOT NULL,
    PRIMARY KEY (event_id, language),
    CONSTRAINT event_slug UNIQUE (site, language, slug)
);

ALTER TABLE article ADD COLUMN event_id BIGINT REFERENCES event (id);
CREATE INDEX article_by_event ON article (event_id, published_on DESC, id DESC);
