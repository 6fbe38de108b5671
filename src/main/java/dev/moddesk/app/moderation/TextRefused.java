package dev.moddesk.app.moderation;

import dev.moddesk.core.UserFacingException;

/** An edit or reply that cannot be made (no such comment, a comment in conflict, one the site has lost). */
public final class TextRefused extends UserFacingException {
    TextRefused(String message) {
        super(message);
    }
}
