-- ModDesk schema 7: a typed outbox. Each entry says what kind of change it carries to the site:
--   status  a moderator's decision (POST /wp/v2/comments/{id} {status}, or DELETE ?force=true): the only kind so far;
--   edit    new content, author name, email or URL of a comment (POST /wp/v2/comments/{id} with those fields);
--   reply   a new comment by the site's user (POST /wp/v2/comments {post, parent, content}).
-- Edit and reply are written into the schema now, so that they come without another migration.
--
-- One entry per comment and kind: a comment may have an edit and a status change queued at once, and a newer
-- change of a kind replaces the older one (its attempts start again). Within one comment, push sends them in the
-- order reply, edit, status, whenever each was queued: a reply must exist on the site before anything can name it,
-- and the status goes last, so that a decision applies to the text as edited, and a permanent delete ends the
-- comment's story instead of making the edit after it fail. Across comments, the oldest queued goes first.
--
-- Kind-specific data:
--   target   the status kind's status word (the column of schema 1, so that a bulk decision on 100,000 comments
--            stays one plain INSERT ... SELECT); null for the other kinds.
--   payload  a JSON object for the kinds that need more than a word, null for status:
--            edit:  {"content", "author_name", "author_email", "author_url"} as the moderator wants them, and
--                   "from": the same four as they were when the edit was made, for the conflict rule (sync
--                   rule 4 in the README) to compare with what a pull brings, as decided_against serves the status
--                   kind.
--            reply: {"post", "parent", "content"}. The reply is also a comments row of its own (the entry's
--                   comment_id), so that the desk shows it before it is pushed; the site's confirmation is to give
--                   that row the site's comment id and remove the entry in one transaction, so it is never pushed
--                   twice.
-- SQLite cannot drop the UNIQUE (comment_id) of schema 1, so the table is built anew and the entries copied over,
-- all of them status changes.
CREATE TABLE outbox_typed (
    id          INTEGER PRIMARY KEY,
    comment_id  INTEGER NOT NULL REFERENCES comments(id),
    kind        TEXT    NOT NULL CHECK (kind IN ('status', 'edit', 'reply')),
    target      TEXT,
    payload     TEXT    CHECK (payload IS NULL OR json_valid(payload)),
    queued_at   INTEGER NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    UNIQUE (comment_id, kind),
    CHECK ((kind = 'status') = (target IS NOT NULL))
);
INSERT INTO outbox_typed (id, comment_id, kind, target, queued_at, attempts, last_error)
    SELECT id, comment_id, 'status', target, queued_at, attempts, last_error FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_typed RENAME TO outbox;
-- Push reads the outbox oldest first (as schema 3).
CREATE INDEX outbox_by_queue ON outbox (queued_at, id);

-- The audit log tells the kinds apart too: every line so far recorded a status change (decisions, resolutions,
-- undo and redo); an edit or a reply will write its own kind.
ALTER TABLE audit_log ADD COLUMN kind TEXT NOT NULL DEFAULT 'status' CHECK (kind IN ('status', 'edit', 'reply'));
