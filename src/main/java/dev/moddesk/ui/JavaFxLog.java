package dev.moddesk.ui;

import java.util.logging.Logger;

/**
 * JavaFX logs "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" on every start from
 * a class path, and the desk runs from one runnable jar, where a module path is not possible. The line says
 * nothing a moderator can act on, so it is dropped; every other JavaFX log line still shows.
 */
final class JavaFxLog {
    /** Held so the filter stays: JUL keeps only weak references to its loggers. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private JavaFxLog() {
    }

    static void dropClassPathWarning() {
        JAVAFX.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
    }
}
