-- ModDesk schema 3: two-way sync with a WordPress site over REST.
-- A site profile: the REST user name and a reference to where the Application Password is kept
-- (a file readable only by the user, next to the database). The password itself is never in the database.
ALTER TABLE sites ADD COLUMN rest_user TEXT;
ALTER TABLE sites ADD COLUMN credential_ref TEXT;
-- Push reads the outbox oldest first.
CREATE INDEX outbox_by_queue ON outbox (queued_at, id);
-- Pull compares the ids the site lists with the ones held here, per site.
CREATE INDEX comments_by_site_status ON comments (site_id, site_status);
