-- People taking part in a meeting, and their registrations for programme items (issues 5
-- and 6). Meetings and items are named by slug, like the programme's versions, because the
-- draft programme's rows are rewritten when organisers edit it. Personal fields live only
-- here; the links people receive carry secrets stored as SHA-256 hashes.
CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    event TEXT NOT NULL,
    name TEXT NOT NULL,
    email TEXT,
    town TEXT NOT NULL,
    country TEXT NOT NULL,
    -- delegate, speaker, staff, press or resident
    role TEXT NOT NULL,
    -- The UI language the person used, for the e-mails they get.
    lang TEXT NOT NULL,
    -- The personal page's link (manage) and the private calendar feed's link.
    manage_hash TEXT NOT NULL UNIQUE,
    feed_hash TEXT NOT NULL UNIQUE,
    privacy_accepted_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX participants_event ON participants (project_id, event);

CREATE TABLE registrations (
    id INTEGER PRIMARY KEY,
    participant_id BIGINT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    event TEXT NOT NULL,
    item TEXT NOT NULL,
    -- confirmed, waiting or cancelled
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    changed_at BIGINT NOT NULL,
    UNIQUE (participant_id, item)
);
CREATE INDEX registrations_item ON registrations (project_id, event, item, status);

-- An iCalendar attachment sent with a message (a registration's item).
ALTER TABLE outbox ADD COLUMN calendar TEXT;
