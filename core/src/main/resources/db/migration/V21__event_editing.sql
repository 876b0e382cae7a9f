-- Events written in the back office: each change of an event or of one of its texts raises its version, so that a
-- form read before someone else's change is refused instead of undoing it; texts keep their Markdown to be edited
-- again (those loaded from content files before this have none: their form starts from their summary).

ALTER TABLE event ADD COLUMN version INT DEFAULT 1 NOT NULL;
ALTER TABLE event_translation ADD COLUMN body_markdown VARCHAR;
