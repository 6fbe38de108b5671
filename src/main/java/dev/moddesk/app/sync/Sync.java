package dev.moddesk.app.sync;

import dev.moddesk.site.RetryPolicy;
import dev.moddesk.site.SiteAddress;
import dev.moddesk.site.SiteException;
import dev.moddesk.site.WordPressClient;
import dev.moddesk.app.health.Backups;
import dev.moddesk.store.Database;
import dev.moddesk.store.OutboxStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Two-way sync with a WordPress site over REST (the sync rules in the README): the {@link Pull} brings every
 * comment in and merges it with the same code and rules as a file import, in one transaction; then the
 * {@link Push} sends the outbox, oldest first, each change leaving it only once the site confirmed it. Also the
 * saved sites the desk syncs with.
 *
 * <p>Network work runs on {@link #PARALLELISM} threads; every database write happens on the calling thread (the
 * store's one writer connection). Progress goes through {@link SyncProgress}, cancellation through a
 * {@link BooleanSupplier}; a cancelled pull changes nothing, a cancelled push keeps what the site already
 * confirmed and leaves the rest queued.
 */
public final class Sync {
    public static final int PARALLELISM = 4;
    /** Comments (and posts) per REST page: WordPress's most. */
    public static final int PER_PAGE = 100;

    private final Database db;
    private final RetryPolicy retry;
    private final SiteProfiles profiles;

    public Sync(Database db) {
        this(db, RetryPolicy.DEFAULT);
    }

    public Sync(Database db, RetryPolicy retry) {
        this.db = db;
        this.retry = retry;
        this.profiles = new SiteProfiles(db);
    }

    /** Checks a site address and credentials against the site (users/me); throws {@link SiteException} when refused. */
    public WordPressClient.Me testConnection(String siteUrl, String user, String password) {
        try (WordPressClient client = new WordPressClient(SiteAddress.parse(siteUrl), user, password, retry)) {
            return client.verify();
        }
    }

    /** Saves a site profile; the password goes to the {@link CredentialVault}, the database keeps its reference. */
    public SavedSite saveSite(String siteUrl, String user, String password) {
        return profiles.save(siteUrl, user, password);
    }

    /** Forgets a site's credentials (the stored password file too); its comments stay. */
    public void forgetSite(String siteUrl) {
        profiles.forget(siteUrl);
    }

    /** Every site in the database, saved profiles and sites only imported from files, by address. */
    public List<SavedSite> sites() {
        return profiles.all();
    }

    /** The changes a push would send now, in the order it sends them (conflicts are held back). Changes nothing. */
    public List<PlannedPush> plannedPush(String siteUrl) {
        List<OutboxStore.Entry> pending = new OutboxStore(db).pending(SiteAddress.parse(siteUrl).identity());
        List<PlannedPush> out = new ArrayList<>(pending.size());
        for (List<OutboxStore.Entry> comment : Push.inPushOrder(pending)) {
            comment.forEach(e -> out.add(ChangePush.of(e.kind()).plan(e)));
        }
        return out;
    }

    /** Syncs a saved site with its stored credentials (the desk's Sync button). */
    public SyncSummary run(String siteUrl, boolean pull, boolean push, SyncProgress progress, BooleanSupplier cancelled) {
        return run(profiles.request(siteUrl, pull, push), progress, cancelled);
    }

    public SyncSummary run(SyncRequest request, SyncProgress progress, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        SiteAddress site = SiteAddress.parse(request.siteUrl());
        String siteId = site.identity();
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        try (WordPressClient client = new WordPressClient(site, request.user(), request.password(), retry)) {
            progress.update("connect", 0, 1);
            client.verify();
            progress.update("connect", 1, 1);
            profiles.syncsAs(siteId, request.user().strip());
            Backups.before(db, "sync");
            PullCounts in = request.pull()
                    ? new Pull(db, client, progress, cancelled, warnings).run(siteId) : PullCounts.NONE;
            PushCounts out = request.push() ? new Push(db, client, progress, cancelled).run(siteId) : PushCounts.NONE;
            profiles.syncedAt(siteId, System.currentTimeMillis());
            long remaining = new OutboxStore(db).count(siteId);
            return new SyncSummary(in.pulled(), in.inserted(), in.updated() + in.gone(), in.conflicts(),
                    in.gone() + out.gone(), out.pushed(), out.failed(), remaining, (System.nanoTime() - started) / 1e9,
                    out.stopped(), List.copyOf(warnings));
        }
    }
}
