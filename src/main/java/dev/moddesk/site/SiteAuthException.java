package dev.moddesk.site;

/** The site refused the credentials (401) or the user's rights (403): a run stops at once and changes nothing more. */
public final class SiteAuthException extends SiteException {
    public SiteAuthException(String message) {
        super(message);
    }
}
