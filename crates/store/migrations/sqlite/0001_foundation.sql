-- Towns, organisations, venues, projects, partners, events, programme items, twinnings.
-- Translatable texts are JSON objects {lang: text}; instants are Unix seconds (UTC);
-- dates are ISO 8601 text. The PostgreSQL migration of the same number has the same shape.

CREATE TABLE towns (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    native_name TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    region TEXT NOT NULL,
    population BIGINT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    website TEXT,
    languages TEXT NOT NULL,
    illustrative TEXT
);

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    town_id BIGINT NOT NULL REFERENCES towns(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    website TEXT
);

CREATE TABLE venues (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    town_id BIGINT NOT NULL REFERENCES towns(id),
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    lat DOUBLE PRECISION NOT NULL,
    lon DOUBLE PRECISION NOT NULL,
    description TEXT NOT NULL,
    accessibility TEXT NOT NULL,
    website TEXT,
    illustrative TEXT
);

CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    acronym TEXT NOT NULL,
    title TEXT NOT NULL,
    aims TEXT NOT NULL,
    funding TEXT,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    status TEXT NOT NULL,
    default_lang TEXT NOT NULL,
    languages TEXT NOT NULL,
    links TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE partners (
    id INTEGER PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    town_id BIGINT NOT NULL REFERENCES towns(id),
    organisation_id BIGINT REFERENCES organisations(id),
    role TEXT NOT NULL,
    position BIGINT NOT NULL,
    illustrative TEXT,
    UNIQUE (project_id, town_id)
);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    host_town_id BIGINT NOT NULL REFERENCES towns(id),
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    illustrative TEXT,
    UNIQUE (project_id, slug)
);

CREATE TABLE programme_items (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    audience TEXT NOT NULL,
    capacity BIGINT,
    languages TEXT NOT NULL,
    hosts TEXT NOT NULL,
    illustrative TEXT,
    UNIQUE (event_id, slug),
    CHECK (ends_at > starts_at)
);
CREATE INDEX programme_items_event_start ON programme_items (event_id, starts_at);

CREATE TABLE item_venues (
    item_id BIGINT NOT NULL REFERENCES programme_items(id) ON DELETE CASCADE,
    venue_id BIGINT NOT NULL REFERENCES venues(id),
    position BIGINT NOT NULL,
    PRIMARY KEY (item_id, venue_id)
);
CREATE INDEX item_venues_venue ON item_venues (venue_id);

-- The two towns are stored in slug order, so a link is found whichever way it is asked for.
CREATE TABLE twinnings (
    id INTEGER PRIMARY KEY,
    town_a_id BIGINT NOT NULL REFERENCES towns(id),
    town_b_id BIGINT NOT NULL REFERENCES towns(id),
    kind TEXT NOT NULL,
    since TEXT,
    description TEXT NOT NULL,
    document TEXT,
    signed_at_item_id BIGINT REFERENCES programme_items(id) ON DELETE SET NULL,
    illustrative TEXT,
    UNIQUE (town_a_id, town_b_id, kind),
    CHECK (town_a_id <> town_b_id)
);
CREATE INDEX twinnings_town_b ON twinnings (town_b_id);
