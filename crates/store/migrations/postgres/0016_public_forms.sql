-- Public forms resist automation (issue 14, point 5).

-- Mails queued per recipient and hour, counted in the transaction that queues one, so the
-- cap holds whatever number of processes or requests queue at once. The recipient is the
-- SHA-256 of the lower-cased address, never the address itself.
CREATE TABLE mail_quota (
    recipient TEXT NOT NULL,
    hour BIGINT NOT NULL,
    queued BIGINT NOT NULL,
    PRIMARY KEY (recipient, hour)
);
CREATE INDEX mail_quota_hour ON mail_quota (hour);

-- An organiser's choices per meeting: whether a registration counts only once the person
-- followed the link in its e-mail (1) or at once (0).
CREATE TABLE event_settings (
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    event TEXT NOT NULL,
    confirm_registrations BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (project_id, event)
);

-- A registration waiting for its e-mail confirmation has status 'pending', the hash of its
-- confirmation link, and the instant it expires; it takes no place meanwhile.
ALTER TABLE registrations ADD COLUMN confirm_hash TEXT;
ALTER TABLE registrations ADD COLUMN confirm_by BIGINT;
CREATE UNIQUE INDEX registrations_confirm ON registrations (confirm_hash);
