-- ModDesk schema 10: the type filter (comments / pingbacks / trackbacks).
--
-- Pingbacks and trackbacks are a few percent of a site's comments. Filtering for them along a status index tests
-- every comment of the view row by row (seconds on a million comments), so they get an index of their own,
-- partial: it holds only them, costs the import and the decisions on ordinary comments nothing, and gives them
-- in date order. Counting plain comments subtracts the pings from the view's count (store.QueuePages).
CREATE INDEX comments_pings ON comments (type, date_gmt) WHERE type <> 'comment';
