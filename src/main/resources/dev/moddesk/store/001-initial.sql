-- ModDesk schema 1: sites, posts, comments (site status + decision), outbox, audit log, undo groups, FTS5.
CREATE TABLE sites (
    id              INTEGER PRIMARY KEY,
    base_url        TEXT    NOT NULL UNIQUE,
    name            TEXT    NOT NULL DEFAULT '',
    last_import_at  INTEGER,
    last_sync_at    INTEGER
);

CREATE TABLE posts (
    id              INTEGER PRIMARY KEY,
    site_id         INTEGER NOT NULL REFERENCES sites(id),
    remote_id       INTEGER NOT NULL,
    title           TEXT    NOT NULL DEFAULT '',
    link            TEXT    NOT NULL DEFAULT '',
    post_type       TEXT    NOT NULL DEFAULT 'post',
    post_status     TEXT    NOT NULL DEFAULT '',
    comment_status  TEXT    NOT NULL DEFAULT '',
    UNIQUE (site_id, remote_id)
);

CREATE TABLE comments (
    id              INTEGER PRIMARY KEY,
    site_id         INTEGER NOT NULL REFERENCES sites(id),
    remote_id       INTEGER NOT NULL,
    post_id         INTEGER NOT NULL,            -- the site's post id
    parent_id       INTEGER NOT NULL DEFAULT 0,  -- the site's comment id, 0 for top level
    author          TEXT    NOT NULL DEFAULT '',
    email           TEXT    NOT NULL DEFAULT '',
    url             TEXT    NOT NULL DEFAULT '',
    ip              TEXT    NOT NULL DEFAULT '',
    agent           TEXT,                        -- null: the source did not say
    user_id         INTEGER NOT NULL DEFAULT 0,
    date_gmt        INTEGER NOT NULL,            -- seconds since the epoch, UTC
    type            TEXT    NOT NULL DEFAULT 'comment',
    content         TEXT    NOT NULL DEFAULT '',
    site_status     TEXT    NOT NULL,            -- as last seen on the site
    decision        TEXT,                        -- the moderator's choice not yet applied to the site
    decided_against TEXT,                        -- the site status the decision was made against
    decided_by      TEXT,
    decided_at      INTEGER,                     -- epoch milliseconds
    conflict        INTEGER NOT NULL DEFAULT 0,  -- 1: the site changed under a pending decision
    score           REAL,
    reasons         TEXT,
    status          TEXT GENERATED ALWAYS AS (coalesce(decision, site_status)) VIRTUAL,
    UNIQUE (site_id, remote_id)
);
CREATE INDEX comments_by_status_date ON comments (status, date_gmt);
CREATE INDEX comments_conflicts ON comments (conflict) WHERE conflict = 1;
CREATE INDEX comments_undecided ON comments (decision) WHERE decision IS NOT NULL;

-- Comments per site and effective status, kept by triggers, so counts answer at once on millions of rows.
-- (A bulk import sets the insert trigger aside and adds its rows in one statement, like the full-text index.)
CREATE TABLE comment_counts (
    site_id INTEGER NOT NULL,
    status  TEXT    NOT NULL,
    n       INTEGER NOT NULL,
    PRIMARY KEY (site_id, status)
) WITHOUT ROWID;
CREATE TRIGGER comment_counts_insert AFTER INSERT ON comments
BEGIN
    INSERT INTO comment_counts (site_id, status, n) VALUES (new.site_id, new.status, 1)
    ON CONFLICT (site_id, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER comment_counts_delete AFTER DELETE ON comments
BEGIN
    INSERT INTO comment_counts (site_id, status, n) VALUES (old.site_id, old.status, -1)
    ON CONFLICT (site_id, status) DO UPDATE SET n = n - 1;
END;
CREATE TRIGGER comment_counts_update AFTER UPDATE OF site_status, decision, site_id ON comments
WHEN old.status IS NOT new.status OR old.site_id <> new.site_id
BEGIN
    INSERT INTO comment_counts (site_id, status, n) VALUES (old.site_id, old.status, -1)
    ON CONFLICT (site_id, status) DO UPDATE SET n = n - 1;
    INSERT INTO comment_counts (site_id, status, n) VALUES (new.site_id, new.status, 1)
    ON CONFLICT (site_id, status) DO UPDATE SET n = n + 1;
END;

CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY,
    comment_id  INTEGER NOT NULL UNIQUE REFERENCES comments(id),
    target      TEXT    NOT NULL,
    queued_at   INTEGER NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT
);

CREATE TABLE decision_groups (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    moderator   TEXT    NOT NULL,
    label       TEXT    NOT NULL,
    undone      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,                -- epoch milliseconds
    moderator   TEXT    NOT NULL,
    comment_id  INTEGER NOT NULL REFERENCES comments(id),
    action      TEXT    NOT NULL,
    from_status TEXT    NOT NULL,
    to_status   TEXT    NOT NULL,
    group_id    INTEGER REFERENCES decision_groups(id)
);
CREATE INDEX audit_by_comment ON audit_log (comment_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE VIRTUAL TABLE comments_fts USING fts5(
    author, email, url, ip, content,
    content = 'comments', content_rowid = 'id',
    columnsize = 0,  -- no bm25 ranking: the queue sorts by date; saves a write per row
    tokenize = 'unicode61 remove_diacritics 2'
);
-- Let FTS5 gather 64 MB of new index data in memory before it writes a segment (default 1 MB): a bulk
-- import then builds its index about three times faster, with far fewer segment merges.
INSERT INTO comments_fts (comments_fts, rank) VALUES ('hashsize', 67108864);
CREATE TRIGGER comments_fts_insert AFTER INSERT ON comments
BEGIN
    INSERT INTO comments_fts (rowid, author, email, url, ip, content)
    VALUES (new.id, new.author, new.email, new.url, new.ip, new.content);
END;
CREATE TRIGGER comments_fts_delete AFTER DELETE ON comments
BEGIN
    INSERT INTO comments_fts (comments_fts, rowid, author, email, url, ip, content)
    VALUES ('delete', old.id, old.author, old.email, old.url, old.ip, old.content);
END;
CREATE TRIGGER comments_fts_update AFTER UPDATE OF author, email, url, ip, content ON comments
BEGIN
    INSERT INTO comments_fts (comments_fts, rowid, author, email, url, ip, content)
    VALUES ('delete', old.id, old.author, old.email, old.url, old.ip, old.content);
    INSERT INTO comments_fts (rowid, author, email, url, ip, content)
    VALUES (new.id, new.author, new.email, new.url, new.ip, new.content);
END;
