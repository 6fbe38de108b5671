package dev.moddesk.cli;

/** What the command line prints and returns for an exception, for tests that call the services directly. */
public final class ErrorLine {
    private ErrorLine() {
    }

    /** The line on stderr, exactly as {@link Cli} prints it (control characters escaped). */
    public static String of(Throwable e) {
        return "moddesk: " + TerminalText.escape(Cli.describe(e));
    }

    /** Exit 1 (a user error) rather than 2 (an internal one). */
    public static boolean isUserError(Throwable e) {
        return Cli.isUserError(e);
    }
}
