-- ModDesk schema 4: what the Reports view and the audit view need on a million comments.
-- Pending comments per post (the busiest posts) and any per-post count by status, read from the index alone.
CREATE INDEX IF NOT EXISTS comments_by_status_post ON comments (status, site_id, post_id, date_gmt);
-- Decisions in a time range (reports, audit filters by date).
CREATE INDEX IF NOT EXISTS audit_by_at ON audit_log (at);
