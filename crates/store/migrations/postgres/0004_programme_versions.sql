-- Published programmes. Organisers edit the draft (programme_items); publishing stores the
-- items as they are then, with what changed since the version before. The public reads
-- only the latest version. Keyed by slugs, like item_revisions.
CREATE TABLE programme_versions (
    project TEXT NOT NULL,
    event TEXT NOT NULL,
    version BIGINT NOT NULL,
    published_at BIGINT NOT NULL,
    published_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    items TEXT NOT NULL,
    changes TEXT NOT NULL,
    PRIMARY KEY (project, event, version)
);
