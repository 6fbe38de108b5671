package dev.moddesk.formats;

import dev.moddesk.core.UserFacingException;

/** A REST object not in the shape WordPress gives it (an id missing or not a whole number); the message says which. */
public final class RestFormatException extends UserFacingException {
    public RestFormatException(String message) {
        super(message);
    }
}
