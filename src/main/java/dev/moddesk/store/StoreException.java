package dev.moddesk.store;

/** A store failure the user can act on (a database from a newer ModDesk, a file that is not a database). */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
