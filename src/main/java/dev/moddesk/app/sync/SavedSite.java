package dev.moddesk.app.sync;

/**
 * A site in the database as the desk lists it: its address, the REST user (null for a site only imported from
 * files), whether a password is stored for it, and when it was last synced (epoch ms, 0 = never). Never the
 * password, nor where it is kept.
 */
public record SavedSite(String url, String user, boolean hasCredentials, long lastSyncAt) {
}
