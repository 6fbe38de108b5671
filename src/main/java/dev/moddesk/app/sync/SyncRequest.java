package dev.moddesk.app.sync;

/** What to sync: the site, who we are there, and which directions. The password is never logged or shown. */
public record SyncRequest(String siteUrl, String user, String password, boolean pull, boolean push) {
    public SyncRequest {
        if (!pull && !push) {
            throw new IllegalArgumentException("a sync pulls, pushes or both");
        }
    }

    @Override
    public String toString() {
        return "SyncRequest[" + siteUrl + ", user " + user + ", pull " + pull + ", push " + push + "]";
    }
}
