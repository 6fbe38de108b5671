package dev.moddesk.cli;

import dev.moddesk.formats.ImportException;
import dev.moddesk.site.SiteException;
import dev.moddesk.store.Database;
import dev.moddesk.store.StoreException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
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

    /** The commands, in the order help lists them; each built only when it runs (picocli's reflection is slow). */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("import", ImportCommand::new);
        COMMANDS.put("stats", StatsCommand::new);
        COMMANDS.put("list", ListCommand::new);
        COMMANDS.put("moderate", ModerateCommand::new);
        COMMANDS.put("export", ExportCommand::new);
        COMMANDS.put("report", ReportCommand::new);
        COMMANDS.put("audit", AuditCommand::new);
        COMMANDS.put("demo", DemoCommand::new);
        COMMANDS.put("sync", SyncCommand::new);
    }

    public static int run(String... args) {
        int tuned = TunedJvm.relaunchIfWorthIt(args);
        if (tuned >= 0) {
            return tuned;
        }
        // Load SQLite's driver and native library while picocli reads the command line.
        Thread warmUp = new Thread(Database::warmUp, "moddesk-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new RootCommand());
        String requested = requestedCommand(args);
        if (COMMANDS.containsKey(requested)) {
            cmd.addSubcommand(requested, COMMANDS.get(requested).get());
        } else {
            COMMANDS.forEach((name, command) -> cmd.addSubcommand(name, command.get()));
        }
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println("moddesk: " + TerminalText.escape(ex.getMessage().replace('\n', ' ').strip()));
            return USER_ERROR;
        });
        cmd.setExecutionExceptionHandler((ex, command, parsed) -> {
            err.println("moddesk: " + TerminalText.escape(describe(ex)));
            return isUserError(ex) ? USER_ERROR : INTERNAL_ERROR;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The first word that is not an option or the value of {@code --db}; null when there is none. */
    static String requestedCommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return null;
    }

    static boolean isUserError(Throwable ex) {
        return ex instanceof ImportException || ex instanceof StoreException || ex instanceof UserError
                || ex instanceof CancellationException || ex instanceof SiteException;
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
