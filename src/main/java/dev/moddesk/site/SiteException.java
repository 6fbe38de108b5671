package dev.moddesk.site;

import dev.moddesk.core.UserFacingException;

/**
 * A problem with the site the user can act on: a bad address, credentials the site refuses, a site that cannot
 * be reached, an answer it should not have given. Messages never carry the password.
 */
public class SiteException extends UserFacingException {
    public SiteException(String message) {
        super(message);
    }

    public SiteException(String message, Throwable cause) {
        super(message, cause);
    }
}
