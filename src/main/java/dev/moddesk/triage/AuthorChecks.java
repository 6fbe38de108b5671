package dev.moddesk.triage;

import org.apache.commons.validator.routines.EmailValidator;
import org.apache.commons.validator.routines.InetAddressValidator;
import org.apache.commons.validator.routines.UrlValidator;

/**
 * Whether an author's email, URL and IP are well-formed (Apache Commons Validator; nothing is looked up on the
 * network): the one place for these checks, below the services so the store and the site client use it too.
 */
public final class AuthorChecks {
    /** How a field looks; blank is empty, not invalid. */
    public enum Validity { EMPTY, VALID, INVALID }

    private static final UrlValidator URLS = new UrlValidator(new String[] {"http", "https"});

    private AuthorChecks() {
    }

    public static Validity email(String email) {
        return check(email, EmailValidator.getInstance(false, true).isValid(email == null ? "" : email.strip()));
    }

    public static Validity url(String url) {
        return check(url, URLS.isValid(url == null ? "" : url.strip()));
    }

    public static Validity ip(String ip) {
        return check(ip, isIpAddress(ip == null ? "" : ip.strip()));
    }

    /** Whether {@code text} is an IPv4 or IPv6 address, exactly as written. */
    public static boolean isIpAddress(String text) {
        return text != null && InetAddressValidator.getInstance().isValid(text);
    }

    private static Validity check(String value, boolean valid) {
        if (value == null || value.isBlank()) {
            return Validity.EMPTY;
        }
        return valid ? Validity.VALID : Validity.INVALID;
    }
}
