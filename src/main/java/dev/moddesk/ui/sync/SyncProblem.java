package dev.moddesk.ui.sync;

/** Why a sync or a connection test did not succeed, as the desk explains it to the moderator. */
public enum SyncProblem {
    /** The site refused the user or the Application Password (401/403, or a role that may not moderate). */
    AUTHENTICATION("Authentication failed"),
    /** The site did not answer (refused connection, timeout, DNS, a broken TLS connection). */
    UNREACHABLE("Site unreachable"),
    /** The site's TLS certificate was refused (untrusted authority, expired, another host's). */
    UNTRUSTED_CERTIFICATE("The site's certificate is not trusted"),
    /** The address is not usable (not a URL, plain http to a non-loopback host). */
    BAD_ADDRESS("Not a usable site address"),
    /** No saved site to sync (or several and none chosen). */
    NO_SITE("No site to sync"),
    /** The moderator pressed Cancel. */
    CANCELLED("Sync cancelled"),
    /** Anything else (an unexpected answer from the site, a database error). */
    OTHER("Sync failed");

    private final String title;

    SyncProblem(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
