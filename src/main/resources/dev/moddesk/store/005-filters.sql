-- ModDesk schema 5: the desk's filter bar on a million comments, and exact undo of conflicts.
--
-- Every index that holds the status costs each bulk decision (100,000 decisions on a million comments: about
-- 0.45 s per index), and each costs every import, so only the sort a moderator uses daily has one. Left out on
-- purpose: a site index (it only helps a database holding several sites) and a score index (no comment has a
-- score before triage exists); those filters count in 0.2 to 0.5 s on 1,000,000 comments.
-- (The post filter and the Post sort use schema 4's comments_by_status_post: status, site, post, date.)
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
