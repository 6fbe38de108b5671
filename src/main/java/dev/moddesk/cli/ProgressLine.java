package dev.moddesk.cli;

import java.io.PrintWriter;

/**
 * One line of progress on stderr, redrawn at most five times a second, and only on a terminal: pipes,
 * scripts and CI logs stay clean.
 */
final class ProgressLine {
    private final PrintWriter err;
    private final boolean enabled;
    private long lastShown;
    private boolean shown;

    ProgressLine(PrintWriter err, boolean terminal) {
        this.err = err;
        this.enabled = terminal;
    }

    boolean enabled() {
        return enabled;
    }

    void show(String text) {
        long now = System.currentTimeMillis();
        if (!enabled || now - lastShown < 200) {
            return;
        }
        lastShown = now;
        shown = true;
        err.print("\r\033[K" + TerminalText.escape(text));
        err.flush();
    }

    void clear() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }
}
