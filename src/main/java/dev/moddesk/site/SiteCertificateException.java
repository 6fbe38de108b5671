package dev.moddesk.site;

/**
 * The site's TLS certificate was not accepted (no trusted authority signed it, it expired, it names another host).
 * Asking again cannot change that, so it is never retried.
 */
public final class SiteCertificateException extends SiteException {
    public SiteCertificateException(String message, Throwable cause) {
        super(message, cause);
    }
}
