-- Two-factor sign-in with time-based one-time codes. The secret is kept as is, as the codes are computed from it; the
-- database's access protects it as it protects the password hashes. The last time step used refuses a code seen
-- again. A secret chosen but not yet confirmed by a code waits in its own column.

ALTER TABLE account ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE account ADD COLUMN totp_last_step BIGINT;
ALTER TABLE account ADD COLUMN totp_pending_secret VARCHAR(64);

-- Single-use codes for when the phone is away: only a SHA-256 hash of each is kept.
CREATE TABLE recovery_code (
    account_id BIGINT    NOT NULL REFERENCES account (id),
    code_hash  CHAR(64)  NOT NULL,
    used_at    TIMESTAMP,
    PRIMARY KEY (account_id, code_hash)
);

-- Sign-ins whose password was right and that wait for the second factor: a token (its hash kept) that grants only
-- the page of the code, for a few minutes.
CREATE TABLE pending_sign_in (
    token_hash CHAR(64)  PRIMARY KEY,
    account_id BIGINT    NOT NULL REFERENCES account (id),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX pending_sign_in_by_account ON pending_sign_in (account_id);
