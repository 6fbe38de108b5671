-- ModDesk schema 9: spam triage.
--
-- comments.reasons (schema 1) now holds a JSON array of strings, strongest reason first, beside comments.score.
--
-- What the site knew of a comment's spam history: its comment meta as exported (wp:commentmeta: akismet_result,
-- akismet_history, akismet_as_submitted, antispam_bee_reason, ...), one row per meta row (a key may repeat, as
-- akismet_history does), in the order the export gave them.
CREATE TABLE comment_meta (
    id          INTEGER PRIMARY KEY,
    comment_id  INTEGER NOT NULL,   -- comments.id
    meta_key    TEXT    NOT NULL,
    meta_value  TEXT    NOT NULL
);
CREATE INDEX comment_meta_by_comment ON comment_meta (comment_id);
CREATE TRIGGER comment_meta_gone AFTER DELETE ON comments
BEGIN
    DELETE FROM comment_meta WHERE comment_id = old.id;
END;

-- The triage's settings (WordPress's discussion rules, the threshold, auto-spam), one JSON document per key.
CREATE TABLE triage_settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL CHECK (json_valid(value))
) WITHOUT ROWID;

-- The model trained on the moderator's decisions: one row, replaced whole by each training. decisions tells which
-- decisions it learned from (a hash of the comments and their labels): while they stay the same, it is reused.
CREATE TABLE triage_model (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    trained_at  INTEGER NOT NULL,   -- epoch milliseconds
    examples    INTEGER NOT NULL,
    decisions   INTEGER NOT NULL,
    model       BLOB    NOT NULL
);

-- The queue in score order and the "likely spam" count: without it every sort by score of a big view sorts the
-- whole view (schema 5 left it out while nothing had a score).
CREATE INDEX comments_by_status_score ON comments (status, score);
