-- How often each programme item has changed, for iCalendar's SEQUENCE and "last changed"
-- notes. Keyed by slugs, not ids: a project is written whole, so its rows get new ids.
CREATE TABLE item_revisions (
    project TEXT NOT NULL,
    event TEXT NOT NULL,
    item TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    sequence BIGINT NOT NULL,
    changed_at BIGINT NOT NULL,
    PRIMARY KEY (project, event, item)
);
