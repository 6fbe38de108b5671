package dev.moddesk.cli;

import dev.moddesk.formats.ImportException;
import dev.moddesk.store.StoreException;
import java.io.PrintWriter;
import java.util.concurrent.CancellationException;
import picocli.CommandLine;

/**
 * Runs a command line and maps the outcome to the exit codes of DESIGN.md §4: 0 success, 1 a user error
 * (one line on stderr), 2 an internal error.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int INTERNAL_ERROR = 2;

    private Cli() {
    }

    public static int run(String... args) {
        int tuned = TunedJvm.relaunchIfWorthIt(args);
        if (tuned >= 0) {
            return tuned;
        }
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new RootCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println("moddesk: " + ex.getMessage().replace('\n', ' ').strip());
            return USER_ERROR;
        });
        cmd.setExecutionExceptionHandler((ex, command, parsed) -> {
            err.println("moddesk: " + describe(ex));
            return isUserError(ex) ? USER_ERROR : INTERNAL_ERROR;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static boolean isUserError(Throwable ex) {
        return ex instanceof ImportException || ex instanceof StoreException || ex instanceof UserError
                || ex instanceof CancellationException;
    }

    static String describe(Throwable ex) {
        if (ex instanceof ImportException ie) {
            return ie.describe();
        }
        String m = ex.getMessage();
        if (isUserError(ex)) {
            return String.valueOf(m).replace('\n', ' ');
        }
        return "internal error: " + ex.getClass().getSimpleName() + (m == null ? "" : ": " + m.replace('\n', ' '));
    }
}
