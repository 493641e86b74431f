-- Organisers set projects up in the back office (issue 5).
-- Who may start a new project besides the instance admin (the admin grants it).
ALTER TABLE accounts ADD COLUMN may_start_projects BIGINT NOT NULL DEFAULT 0;

-- Towns a project keeps in its own set although no partner, event or used venue names them
-- yet: the town of a venue entered before any item takes place there (an excursion stop).
CREATE TABLE project_towns (
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    town_id BIGINT NOT NULL REFERENCES towns(id),
    PRIMARY KEY (project_id, town_id)
);
