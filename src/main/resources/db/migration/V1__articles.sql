-- Articles are immutable snapshots of analysed text; the id derives from the text.
CREATE TABLE article (
    id           VARCHAR(64) PRIMARY KEY,
    title        TEXT        NOT NULL,
    created_at   VARCHAR(40) NOT NULL, -- ISO-8601 instant, UTC
    origin       TEXT        NOT NULL, -- "paste", "file:NAME", or the URL it was read from
    language     VARCHAR(8)  NOT NULL, -- ISO 639-3
    word_count   INTEGER     NOT NULL,
    claim_count  INTEGER     NOT NULL,
    entity_count INTEGER     NOT NULL
);

CREATE INDEX article_created_at ON article (created_at);

-- Each analysis of an article's text; a newer model adds a version, never rewrites an old one.
CREATE TABLE analysis (
    article_id    VARCHAR(64) NOT NULL REFERENCES article (id),
    version       INTEGER     NOT NULL,
    created_at    VARCHAR(40) NOT NULL,
    analysis_json TEXT        NOT NULL, -- the public analysis contract, as JSON
    PRIMARY KEY (article_id, version)
);
