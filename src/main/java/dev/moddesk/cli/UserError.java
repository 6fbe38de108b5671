package dev.moddesk.cli;

import dev.moddesk.core.UserFacingException;

/** A mistake on the command line that the user can fix; exits with code 1. */
final class UserError extends UserFacingException {
    UserError(String message) {
        super(message);
    }
}
