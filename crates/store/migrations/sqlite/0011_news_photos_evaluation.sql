-- What the funder's report and the publication page need beyond the programme (issue 7).

-- The organisers' summary of a meeting's evaluation, per language (JSON like the titles).
ALTER TABLE events ADD COLUMN evaluation TEXT NOT NULL DEFAULT '{}';

-- News posts: a press release drafted from a meeting's data, or any news, per language.
-- A draft until published_at is set. Meetings are named by slug, as for participants.
CREATE TABLE news_posts (
    id INTEGER PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    event TEXT,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    published_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (project_id, slug)
);

-- Photos of a meeting for its publication page. The bytes live in the database, so one
-- backup holds everything and several processes behind a proxy serve the same photos.
-- file is the public name: the first 16 hex digits of the SHA-256 of the stored bytes
-- (after location metadata was removed) and the type's extension.
CREATE TABLE photos (
    id INTEGER PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    event TEXT NOT NULL,
    file TEXT NOT NULL,
    content_type TEXT NOT NULL,
    width BIGINT NOT NULL,
    height BIGINT NOT NULL,
    bytes BLOB NOT NULL,
    alt TEXT NOT NULL,
    caption TEXT NOT NULL,
    credit TEXT NOT NULL,
    position BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (project_id, event, file)
);
