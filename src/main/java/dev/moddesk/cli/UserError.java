package dev.moddesk.cli;

/** A mistake on the command line that the user can fix; exits with code 1. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
