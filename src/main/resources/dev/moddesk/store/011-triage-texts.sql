-- ModDesk schema 11: the triage's prints of decided texts.
--
-- What the triage worked out from a decided comment's text to find near-duplicates of it (a key of the exact
-- normalised text and its MinHash signature), kept so that a later run reads them instead of analysing every
-- decided text again. version: the triage's way of working them out (a print of another version is worked out
-- again). signature NULL: the text has nothing to compare. A print depends on the content alone: changing the
-- content or deleting the comment drops it (the triggers), so a kept print always belongs to the content there is.
CREATE TABLE triage_texts (
    comment_id  INTEGER PRIMARY KEY,   -- comments.id
    version     INTEGER NOT NULL,
    exact       INTEGER NOT NULL,
    signature   BLOB
);
CREATE TRIGGER triage_texts_gone AFTER DELETE ON comments
BEGIN
    DELETE FROM triage_texts WHERE comment_id = old.id;
END;
CREATE TRIGGER triage_texts_stale AFTER UPDATE OF content ON comments
BEGIN
    DELETE FROM triage_texts WHERE comment_id = old.id;
END;
