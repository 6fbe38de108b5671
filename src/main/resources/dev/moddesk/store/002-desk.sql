-- ModDesk schema 2: what the desk needs to page and look up quickly on a million comments.
-- The "All" view walks comments by date across every status.
CREATE INDEX comments_by_date ON comments (date_gmt);
-- The detail pane's author history and the "same email" / "same IP" filters.
CREATE INDEX comments_by_email ON comments (email, status);
CREATE INDEX comments_by_ip ON comments (ip, status);
