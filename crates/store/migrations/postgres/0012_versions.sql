-- Every row that can be edited on its own carries a version, bumped by each write of it, so
-- that a write made against an older version is refused instead of silently applied (the
-- API's If-Match and ETag, the forms' "changed meanwhile"). A project's revision moves on with
-- every write that touches anything of the project, for caches of its public pages.
ALTER TABLE projects ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE projects ADD COLUMN revision BIGINT NOT NULL DEFAULT 1;
ALTER TABLE partners ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE programme_items ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE venues ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE towns ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE organisations ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE twinnings ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE participants ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE news_posts ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE photos ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
