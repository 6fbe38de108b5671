package dev.moddesk.owner;

/** The processes using a database could not agree who has it open (a clear message for the user). */
public final class OwnershipException extends RuntimeException {
    public OwnershipException(String message) {
        super(message);
    }

    public OwnershipException(String message, Throwable cause) {
        super(message, cause);
    }
}
