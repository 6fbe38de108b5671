package dev.moddesk.ui.sync;

import dev.moddesk.app.sync.SyncProgress;
import dev.moddesk.app.sync.SyncSummary;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * What the sync view models need from the application ({@link dev.moddesk.app.sync.Sync}), in the desk's own terms.
 * Methods that touch the database must be called from the desk's write lane; {@link #test} touches none.
 */
public interface SiteService {
    /** Every site in the database, saved profiles and sites only imported from files. */
    List<SiteInfo> sites();

    /** Checks address and credentials against the site; returns who the site says we are. Touches no database. */
    String test(String url, String user, String password);

    /** Saves the profile (the password into the credential vault, never the database); returns it as stored. */
    SiteInfo save(String url, String user, String password);

    /** Forgets the site's credentials; its comments stay. */
    void forget(String url);

    /** Pulls then pushes the saved site. */
    SyncSummary sync(String url, SyncProgress progress, BooleanSupplier cancelled);

    /** What kind of failure {@code e} is, for the message shown. */
    SyncProblem classify(Throwable e);
}
