package dev.moddesk.store;

/** The database file is damaged (or not SQLite at all), or failed its last check: restore a backup or open another. */
public final class DamagedDatabaseException extends StoreException {
    public DamagedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
