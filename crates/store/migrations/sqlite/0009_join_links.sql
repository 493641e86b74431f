-- A link a delegation's people use to register themselves (issue 6). Kept readable so the
-- coordinator can share it again; it only lets someone add themselves to that delegation,
-- and a new link replaces the old one.
CREATE TABLE join_links (
    id INTEGER PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    event TEXT NOT NULL,
    delegation TEXT NOT NULL,
    token TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    UNIQUE (project_id, event, delegation)
);
