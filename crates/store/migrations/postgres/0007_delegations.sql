-- Delegations and what hosts need to know about each person (issue 6). `delegation` is the
-- partner town a person came with (NULL for residents and staff of no partner). Travel
-- times are wall-clock text in the meeting's zone, like the programme's.
ALTER TABLE participants ADD COLUMN delegation TEXT;
ALTER TABLE participants ADD COLUMN arrival_place TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN arrival_time TEXT;
ALTER TABLE participants ADD COLUMN arrival_by TEXT;
ALTER TABLE participants ADD COLUMN departure_place TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN departure_time TEXT;
ALTER TABLE participants ADD COLUMN departure_by TEXT;
ALTER TABLE participants ADD COLUMN accommodation TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN dietary TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN access_needs TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN languages TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN photo_consent BIGINT NOT NULL DEFAULT 0;
ALTER TABLE participants ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
-- Set when the retention period ended and the personal fields were blanked (counts stay).
ALTER TABLE participants ADD COLUMN anonymised_at BIGINT;
CREATE INDEX participants_delegation ON participants (project_id, event, delegation);

-- After this date `twinning purge` blanks the project's personal data (DESIGN.md §8).
ALTER TABLE projects ADD COLUMN retain_until TEXT;
