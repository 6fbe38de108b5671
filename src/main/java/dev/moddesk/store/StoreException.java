package dev.moddesk.store;

import dev.moddesk.core.UserFacingException;

/** A store failure the user can act on (a database from a newer ModDesk, a file that is not a database). */
public class StoreException extends UserFacingException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
