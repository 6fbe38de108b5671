-- ModDesk schema 12: a verdict is dropped when what it judged changes.
--
-- A comment's score and reasons describe its text and author as they were judged. When an import, a pull or an
-- edit changes any of them, the verdict goes with the change (score and reasons NULL), so the next triage run judges
-- the comment as it is now instead of showing reasons that name words it no longer holds.
CREATE TRIGGER verdict_stale AFTER UPDATE OF author, email, url, ip, agent, type, content ON comments
WHEN old.score IS NOT NULL AND (old.author IS NOT new.author OR old.email IS NOT new.email OR old.url IS NOT new.url
    OR old.ip IS NOT new.ip OR old.agent IS NOT new.agent OR old.type IS NOT new.type
    OR old.content IS NOT new.content)
BEGIN
    UPDATE comments SET score = NULL, reasons = NULL WHERE id = new.id;
END;
