-- ModDesk schema 10: the type filter (comments / pingbacks / trackbacks).
--
-- Pingbacks and trackbacks are a few percent of a site's comments. Filtering for them along a status index tests
-- every comment of the view row by row (seconds on a million comments), so they get an index of their own,
-- partial: it holds only them, costs the import and the decisions on ordinary comments nothing, counts them by
-- status (and post) without reading the table, and gives one post's in date order (the few thousand of a view
-- are sorted at once). Plain comments are counted as the view's comments less its pings (store.QueuePages).
CREATE INDEX comments_pings ON comments (type, status, site_id, post_id, date_gmt) WHERE type <> 'comment';
