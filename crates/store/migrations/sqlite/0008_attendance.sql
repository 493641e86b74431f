-- Who was there each day (issue 6): the evidence behind the report's figures. The check-in
-- code is printed as a QR code on the person's badge; it only lets organisers find them.
CREATE TABLE attendance (
    participant_id BIGINT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    checked_in_at BIGINT NOT NULL,
    checked_by BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    PRIMARY KEY (participant_id, day)
);
CREATE INDEX attendance_day ON attendance (day);

ALTER TABLE participants ADD COLUMN checkin_code TEXT;
CREATE UNIQUE INDEX participants_checkin_code ON participants (checkin_code);
