-- What organisers changed of their ruleset's values (issue 7): a threshold, the grant as the
-- call's calculator gave it, the call year. JSON, shown as overridden wherever it is used.
CREATE TABLE project_rules (
    project_id BIGINT PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
    overrides TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
