package dev.moddesk.ui.sync;

import dev.moddesk.app.sync.SavedSite;
import dev.moddesk.app.sync.Sync;
import dev.moddesk.app.sync.SyncProgress;
import dev.moddesk.app.sync.SyncSummary;
import dev.moddesk.site.SiteAuthException;
import dev.moddesk.site.SiteCertificateException;
import dev.moddesk.site.SiteException;
import dev.moddesk.site.SiteUnreachableException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * {@link SiteService} over the application's {@link Sync}: the one class of the desk that sees the application's
 * and the site's types (saved sites, exceptions) and turns them into {@link SiteInfo} and {@link SyncProblem}.
 */
public final class DeskSites implements SiteService {
    private final Sync sync;

    public DeskSites(Sync sync) {
        this.sync = sync;
    }

    @Override
    public List<SiteInfo> sites() {
        return sync.sites().stream().map(DeskSites::info).toList();
    }

    private static SiteInfo info(SavedSite s) {
        return new SiteInfo(s.url(), s.user(), s.hasCredentials(), s.lastSyncAt());
    }

    @Override
    public String test(String url, String user, String password) {
        return sync.testConnection(url, user, password).name();
    }

    @Override
    public SiteInfo save(String url, String user, String password) {
        return info(sync.saveSite(url, user, password));
    }

    @Override
    public void forget(String url) {
        sync.forgetSite(url);
    }

    @Override
    public SyncSummary sync(String url, SyncProgress progress, BooleanSupplier cancelled) {
        return sync.run(url, true, true, progress, cancelled);
    }

    @Override
    public SyncProblem classify(Throwable e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof CancellationException) {
                return SyncProblem.CANCELLED;
            }
            if (t instanceof SiteAuthException) {
                return SyncProblem.AUTHENTICATION;
            }
            if (t instanceof SiteCertificateException) {
                return SyncProblem.UNTRUSTED_CERTIFICATE;
            }
            if (t instanceof SiteUnreachableException) {
                return SyncProblem.UNREACHABLE;
            }
            if (t instanceof SiteException && t.getMessage() != null && isAddressProblem(t.getMessage())) {
                return SyncProblem.BAD_ADDRESS;
            }
            t = t.getCause();
        }
        return SyncProblem.OTHER;
    }

    private static boolean isAddressProblem(String message) {
        return message.startsWith("no site address") || message.contains("is not a site address")
                || message.contains("HTTPS is required") || message.contains("give the site's base URL")
                || message.contains("not in the site address");
    }
}
