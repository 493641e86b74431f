-- Sign-in as trusted systems do it (issue 14, point 6): throttling that slows guesses down
-- instead of locking accounts, a second factor (TOTP) with one-time recovery codes, API
-- tokens that expire, and a security log for the instance admin.

-- One row per throttled key (the hash of an account, of an account and client, or of a
-- client). An attempt is counted by one guarded upsert before its password is checked:
-- `attempts` since the last success, `delay_secs` the wait that doubles with each failure
-- past the free ones, `next_at` the instant before which no further attempt is checked.
CREATE TABLE signin_throttle (
    key_hash TEXT PRIMARY KEY,
    attempts BIGINT NOT NULL,
    delay_secs BIGINT NOT NULL,
    next_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX signin_throttle_updated ON signin_throttle (updated_at);

-- The counting moved to signin_throttle.
DROP TABLE signin_failures;

-- The TOTP secret (RFC 6238, base32), NULL without a second factor, and the last time step
-- accepted, so that a code is not accepted twice.
ALTER TABLE accounts ADD COLUMN totp_secret TEXT;
ALTER TABLE accounts ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;

-- Ten one-time codes per account for when the phone is lost; stored as SHA-256 hashes.
CREATE TABLE recovery_codes (
    id INTEGER PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at BIGINT
);
CREATE INDEX recovery_codes_account ON recovery_codes (account_id);

-- A password that was right, waiting for the second factor: its secret is in a short-lived
-- cookie, its hash here.
CREATE TABLE signin_challenges (
    token_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    next TEXT NOT NULL,
    user_agent TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);

-- API tokens expire (90 days by default). Tokens made before this release expire 90 days
-- after the upgrade, so that no script stops at once.
ALTER TABLE api_tokens ADD COLUMN expires_at BIGINT;
UPDATE api_tokens SET expires_at = CAST(strftime('%s','now') AS INTEGER) + 90 * 86400;

-- Sign-ins, failures, throttles, second-factor changes, recovery-code use, tokens, password
-- changes. Never a secret; the client only as its network (/24 or /48).
CREATE TABLE security_log (
    id INTEGER PRIMARY KEY,
    at BIGINT NOT NULL,
    account_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    event TEXT NOT NULL,
    client TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX security_log_at ON security_log (at);
