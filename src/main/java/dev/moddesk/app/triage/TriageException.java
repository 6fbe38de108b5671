package dev.moddesk.app.triage;

import dev.moddesk.core.UserFacingException;

/** The triage cannot do what was asked with the decisions at hand (too few to measure, say). */
public final class TriageException extends UserFacingException {
    public TriageException(String message) {
        super(message);
    }
}
