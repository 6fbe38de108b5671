package dev.moddesk.ui.sync;

/**
 * A site as the Sites dialog lists it: its address, the REST user (null for a site only imported from files),
 * whether a password is stored for it, and when it was last synced (epoch ms, 0 = never). Never the password.
 */
public record SiteInfo(String url, String user, boolean hasCredentials, long lastSyncAt) {
    @Override
    public String toString() {
        return url + (hasCredentials ? "  (" + user + ")" : "  (no password stored)");
    }
}
