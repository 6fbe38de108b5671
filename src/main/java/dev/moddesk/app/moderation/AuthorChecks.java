package dev.moddesk.app.moderation;

import org.apache.commons.validator.routines.EmailValidator;
import org.apache.commons.validator.routines.InetAddressValidator;
import org.apache.commons.validator.routines.UrlValidator;

/** Whether an author's email, URL and IP are well-formed (Apache Commons Validator); blank is not invalid. */
public final class AuthorChecks {
    /** How a field looks. */
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
        return check(ip, InetAddressValidator.getInstance().isValid(ip == null ? "" : ip.strip()));
    }

    private static Validity check(String value, boolean valid) {
        if (value == null || value.isBlank()) {
            return Validity.EMPTY;
        }
        return valid ? Validity.VALID : Validity.INVALID;
    }
}
