package dev.moddesk.core;

/**
 * A failure the person using ModDesk can understand and act on (a bad file, a refused database, a site that
 * said no), told in one line; the command line answers it with exit code 1, the desk with a message. Anything
 * else is an internal error.
 */
public abstract class UserFacingException extends RuntimeException {
    protected UserFacingException(String message) {
        super(message);
    }

    protected UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
