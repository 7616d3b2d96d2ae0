-- Team features (SQLite). The same tables as vendor/postgresql/V3__team.sql; only identities and search differ.

-- People, known by name. password_hash is "pbkdf2-sha256$ITERATIONS$SALT$HASH" (Base64).
CREATE TABLE member (
    name          TEXT        PRIMARY KEY,
    role          VARCHAR(16) NOT NULL,
    password_hash TEXT        NOT NULL,
    created_at    VARCHAR(40) NOT NULL
);

-- Browser sessions; only the SHA-256 of the cookie is stored. csrf is echoed by the page on every write.
CREATE TABLE session (
    token_hash  VARCHAR(64) PRIMARY KEY,
    member_name TEXT        NOT NULL REFERENCES member (name),
    csrf        VARCHAR(64) NOT NULL,
    created_at  VARCHAR(40) NOT NULL,
    expires_at  VARCHAR(40) NOT NULL
);

-- Single-use invite links an admin hands out.
CREATE TABLE invite (
    token_hash VARCHAR(64) PRIMARY KEY,
    role       VARCHAR(16) NOT NULL,
    created_by TEXT        NOT NULL,
    created_at VARCHAR(40) NOT NULL,
    expires_at VARCHAR(40) NOT NULL,
    used_by    TEXT
);

-- API tokens for automation (Authorization: Bearer).
CREATE TABLE api_token (
    token_hash VARCHAR(64) PRIMARY KEY,
    name       TEXT        NOT NULL,
    role       VARCHAR(16) NOT NULL,
    created_at VARCHAR(40) NOT NULL,
    revoked    INTEGER     NOT NULL DEFAULT 0
);

-- Read-only share links to one article.
CREATE TABLE share_link (
    id         VARCHAR(32) PRIMARY KEY,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    article_id VARCHAR(64) NOT NULL REFERENCES article (id),
    created_by TEXT        NOT NULL,
    created_at VARCHAR(40) NOT NULL,
    expires_at VARCHAR(40) NOT NULL,
    revoked    INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX share_link_article ON share_link (article_id);

-- The team's record of one claim; version counts its writes. quote_* anchor it to the text (W3C TextQuoteSelector).
CREATE TABLE claim_state (
    article_id   VARCHAR(64) NOT NULL REFERENCES article (id),
    claim_id     VARCHAR(64) NOT NULL,
    status       VARCHAR(16) NOT NULL,
    assignee     TEXT,
    version      INTEGER     NOT NULL,
    updated_at   VARCHAR(40) NOT NULL,
    updated_by   TEXT        NOT NULL,
    quote_exact  TEXT        NOT NULL,
    quote_prefix TEXT        NOT NULL,
    quote_suffix TEXT        NOT NULL,
    quote_start  INTEGER     NOT NULL,
    quote_end    INTEGER     NOT NULL,
    PRIMARY KEY (article_id, claim_id)
);

CREATE TABLE claim_note (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id VARCHAR(64) NOT NULL,
    claim_id   VARCHAR(64) NOT NULL,
    author     TEXT        NOT NULL,
    body       TEXT        NOT NULL,
    created_at VARCHAR(40) NOT NULL
);
CREATE INDEX claim_note_claim ON claim_note (article_id, claim_id);

-- Every change to a claim: the history, and the live feed every server instance polls (seq increases).
CREATE TABLE claim_change (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id VARCHAR(64) NOT NULL,
    claim_id   VARCHAR(64) NOT NULL,
    version    INTEGER     NOT NULL,
    at         VARCHAR(40) NOT NULL,
    actor      TEXT        NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    from_value TEXT,
    to_value   TEXT
);
CREATE INDEX claim_change_claim ON claim_change (article_id, claim_id);

-- Full-text search over titles, text (and so claims) and notes.
CREATE VIRTUAL TABLE article_search USING fts5(article_id UNINDEXED, title, body, notes, tokenize = 'porter unicode61');
INSERT INTO article_search (article_id, title, body, notes)
SELECT a.id, a.title, json_extract(v.analysis_json, '$.text'), ''
  FROM article a JOIN analysis v ON v.article_id = a.id AND v.version = 1;
