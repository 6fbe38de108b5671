-- ModDesk schema 8: edits and replies (the outbox kinds of schema 7 get their data).
--
-- An audit line of kind 'edit' keeps the text before and after: {"before": {"content", "author_name",
-- "author_email", "author_url"}, "after": {...}} in detail (null for the other kinds). Undo puts "before" back,
-- redo "after"; the export of the log shows both. A 'reply' line keeps {"content"} of the reply.
ALTER TABLE audit_log ADD COLUMN detail TEXT CHECK (detail IS NULL OR json_valid(detail));

-- A reply written here is a comments row at once, with a negative remote_id (minus its row id) until the site
-- gives it an id: negative ids are never the site's, so "not yet on the site" is remote_id < 0, the (site_id,
-- remote_id) identity stays unique, and a pull never matches, lists or marks one gone. The push that creates it on
-- the site gives the row the site's id (and every reply under it that id as its parent) in one transaction.
CREATE INDEX comments_not_on_site ON comments (site_id, remote_id) WHERE remote_id < 0;
