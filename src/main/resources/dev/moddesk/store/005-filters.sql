-- ModDesk schema 5: the desk's filter bar on a million comments, and exact undo of conflicts.
--
-- Each index below serves one filter or sort that otherwise reads a row of the table per comment of the view (counts
-- of 0.2 to 0.5 s on 1,000,000 comments); each costs a little on every import, so there are only these.
-- Site filter (a database with several sites): count and date order of one site's status view.
CREATE INDEX comments_by_site ON comments (site_id, status, date_gmt);
-- (The post filter and the Post sort use schema 4's comments_by_status_post: status, site, post, date.)
-- "Score at least" filter and the Score sort within a status view.
CREATE INDEX comments_by_score ON comments (status, score);
-- The Author sort: without it every view switch sorts the whole view by name (0.7 s for 117,000 pending,
-- 2.9 s for 521,000 approved), and the desk remembers the sort between runs.
CREATE INDEX comments_by_author ON comments (status, author COLLATE NOCASE);

-- What a comment in conflict looked like before a decision group touched it: undo puts it back exactly
-- (decision, what it was made against, the conflict flag, the outbox entry). Written only for comments in
-- conflict, so a bulk action on ordinary comments writes nothing here.
CREATE TABLE conflict_undo (
    group_id          INTEGER NOT NULL REFERENCES decision_groups(id),
    comment_id        INTEGER NOT NULL REFERENCES comments(id),
    decision          TEXT,
    decided_against   TEXT,
    decided_by        TEXT,
    decided_at        INTEGER,
    outbox_target     TEXT,
    outbox_queued_at  INTEGER,
    outbox_attempts   INTEGER,
    outbox_last_error TEXT,
    PRIMARY KEY (group_id, comment_id)
) WITHOUT ROWID;
