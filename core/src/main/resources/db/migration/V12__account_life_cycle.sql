-- The life cycle of accounts. An invited account has no password until its holder chooses one through the link
-- mailed to them; a forgotten password is chosen anew the same way. A link works once, until it expires; only a
-- hash of its token is kept, the token itself being in the mail alone.

ALTER TABLE account ALTER COLUMN password_hash DROP NOT NULL;

CREATE TABLE password_link (
    token_hash CHAR(64)    PRIMARY KEY,
    account_id BIGINT      NOT NULL REFERENCES account (id),
    purpose    VARCHAR(20) NOT NULL, -- invitation, reset
    created_at TIMESTAMP   NOT NULL,
    expires_at TIMESTAMP   NOT NULL,
    used_at    TIMESTAMP             -- used, or made worthless by a newer password or by disabling the account
);
CREATE INDEX password_link_by_account ON password_link (account_id);
