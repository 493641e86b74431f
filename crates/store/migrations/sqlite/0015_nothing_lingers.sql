-- Nothing personal lingers (issue 14, point 7).

-- The person a message was written for, so that erasing them removes it (and its .eml file)
-- whether it is still queued or long sent. NULL for mail to accounts.
ALTER TABLE outbox ADD COLUMN participant_id BIGINT;
CREATE INDEX outbox_participant ON outbox (participant_id);
-- When the sender stopped retrying a message; such mail is pruned like sent mail.
ALTER TABLE outbox ADD COLUMN given_up_at BIGINT;
CREATE INDEX outbox_sent ON outbox (sent_at);
CREATE INDEX outbox_given_up ON outbox (given_up_at);

-- Consent to appear in photos: 'yes', 'no' or 'not_asked'. The old yes/no column could not
-- tell "no" from "never asked"; only its yes is certain.
ALTER TABLE participants ADD COLUMN photo_consent_answer TEXT NOT NULL DEFAULT 'not_asked';
UPDATE participants SET photo_consent_answer = 'yes' WHERE photo_consent = 1;
-- A minor takes part only with a parent's or guardian's consent, given by a named person.
ALTER TABLE participants ADD COLUMN minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE participants ADD COLUMN guardian_name TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN guardian_consent BIGINT NOT NULL DEFAULT 0;
-- When the person asked to be erased. What the funder may audit (name, town, attendance)
-- stays until the project's retention date when they attended; everything else goes at once.
ALTER TABLE participants ADD COLUMN erased_at BIGINT;

-- The project's privacy notice, per language (JSON like the titles); empty: the default
-- notice written from the retention date and the funder.
ALTER TABLE projects ADD COLUMN privacy_notice TEXT NOT NULL DEFAULT '{}';
