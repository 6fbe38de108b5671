package dev.moddesk.app.health;

import dev.moddesk.core.UserFacingException;

/** A check, backup or restore that cannot go on, for a reason the user can act on (nothing was changed). */
public final class HealthException extends UserFacingException {
    public HealthException(String message) {
        super(message);
    }

    public HealthException(String message, Throwable cause) {
        super(message, cause);
    }
}
