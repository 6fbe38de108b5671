package dev.moddesk.app.sync;

import dev.moddesk.site.SiteAddress;
import dev.moddesk.site.SiteException;
import dev.moddesk.store.Database;
import dev.moddesk.store.SiteStore;
import java.util.List;

/**
 * Saved sites: the profile (address and REST user) in the store, the Application Password in the
 * {@link CredentialVault} beside the database, of which the store keeps only the reference.
 */
final class SiteProfiles {
    private final Database db;
    private final SiteStore store;

    SiteProfiles(Database db) {
        this.db = db;
        this.store = new SiteStore(db);
    }

    SavedSite save(String siteUrl, String user, String password) {
        SiteAddress site = SiteAddress.parse(siteUrl);
        String ref = vault().save(site.identity(), user.strip(), password);
        return saved(store.save(site.identity(), user.strip(), ref));
    }

    /** Forgets a site's credentials (the stored password file too); its comments stay. */
    void forget(String siteUrl) {
        String id = SiteAddress.parse(siteUrl).identity();
        store.find(id).ifPresent(p -> {
            if (p.credentialRef() != null) {
                vault().delete(p.credentialRef());
            }
            store.forgetCredentials(id);
        });
    }

    List<SavedSite> all() {
        return store.all().stream().map(SiteProfiles::saved).toList();
    }

    /** A sync of a saved site with its stored credentials. */
    SyncRequest request(String siteUrl, boolean pull, boolean push) {
        String id = SiteAddress.parse(siteUrl).identity();
        SiteStore.Profile p = store.find(id).filter(SiteStore.Profile::hasCredentials)
                .orElseThrow(() -> new SiteException("no credentials saved for " + id + "; add the site first"));
        return new SyncRequest(id, p.user(), vault().load(p.credentialRef()), pull, push);
    }

    /** The site syncs as {@code user} now: its profile says so (a stored password stays as it is). */
    void syncsAs(String siteId, String user) {
        if (store.find(siteId).map(p -> !user.equals(p.user())).orElse(true)) {
            store.save(siteId, user, null);
        }
    }

    void syncedAt(String siteId, long epochMillis) {
        store.syncedAt(siteId, epochMillis);
    }

    private CredentialVault vault() {
        return CredentialVault.beside(db.file());
    }

    private static SavedSite saved(SiteStore.Profile p) {
        return new SavedSite(p.baseUrl(), p.user(), p.hasCredentials(), p.lastSyncAt());
    }
}
