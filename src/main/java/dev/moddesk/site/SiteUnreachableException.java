package dev.moddesk.site;

/** The site did not answer (connection refused, reset, timed out) even after the retries. */
public final class SiteUnreachableException extends SiteException {
    public SiteUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
