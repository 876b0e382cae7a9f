-- Who may edit what, their sessions, and the record of what they did.

CREATE TABLE account (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    role          VARCHAR(20)  NOT NULL, -- network-admin, editor, translator
    password_hash VARCHAR(300) NOT NULL,
    active        BOOLEAN      NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    CONSTRAINT account_email UNIQUE (email)
);

-- The sites an editor or a translator works on; a network administrator works on all of them.
CREATE TABLE account_site (
    account_id BIGINT      NOT NULL REFERENCES account (id),
    site       VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, site)
);

-- Sessions live in the database so that any server node can serve any request. Only a hash of the
-- cookie's token is kept: a copy of the table gives no session away.
CREATE TABLE web_session (
    token_hash   CHAR(64)    PRIMARY KEY,
    account_id   BIGINT      NOT NULL REFERENCES account (id),
    csrf_token   VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP   NOT NULL,
    last_seen_at TIMESTAMP   NOT NULL
);
CREATE INDEX web_session_by_account ON web_session (account_id);

-- Failed sign-ins, by e-mail address and by network address, to slow down password guessing.
CREATE TABLE sign_in_failure (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject   VARCHAR(300) NOT NULL, -- "email:<address>" or "ip:<address>"
    failed_at TIMESTAMP    NOT NULL
);
CREATE INDEX sign_in_failure_by_subject ON sign_in_failure (subject, failed_at);

CREATE TABLE audit_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    at          TIMESTAMP     NOT NULL,
    account_id  BIGINT,
    actor       VARCHAR(254)  NOT NULL, -- the e-mail address given, even when no account matched
    action      VARCHAR(60)   NOT NULL,
    site        VARCHAR(40),
    target      VARCHAR(300),
    detail      VARCHAR(2000),
    ip          VARCHAR(64)
);
CREATE INDEX audit_event_by_time ON audit_event (at DESC, id DESC);
