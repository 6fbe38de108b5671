package dev.moddesk.cli;

import dev.moddesk.app.Workspace;
import dev.moddesk.core.UserFacingException;
import dev.moddesk.formats.ImportException;
import dev.moddesk.owner.DatabaseOwnership;
import dev.moddesk.owner.HandedCommand;
import dev.moddesk.owner.OwnerDuties;
import dev.moddesk.owner.OwnershipException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Runs a command line and maps the outcome to the exit codes of the README's command table: 0 success, 1 a user error
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
        COMMANDS.put("edit", EditCommand::new);
        COMMANDS.put("reply", ReplyCommand::new);
        COMMANDS.put("triage", TriageCommand::new);
        COMMANDS.put("export", ExportCommand::new);
        COMMANDS.put("report", ReportCommand::new);
        COMMANDS.put("audit", AuditCommand::new);
        COMMANDS.put("demo", DemoCommand::new);
        COMMANDS.put("sync", SyncCommand::new);
        COMMANDS.put("doctor", DoctorCommand::new);
        COMMANDS.put("backup", BackupCommand::new);
        COMMANDS.put("restore", RestoreCommand::new);
    }

    /**
     * This process's command line. A command on a database runs here when this process can own the database
     * (serving other ModDesk processes meanwhile), else in the process that owns it ({@link DatabaseOwnership}).
     */
    public static int run(String... args) {
        int tuned = TunedJvm.relaunchIfWorthIt(args);
        if (tuned >= 0) {
            return tuned;
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        String command = requestedCommand(args);
        if (!COMMANDS.containsKey(command)) {
            return run(out, err, args); // help, version, or a mistake to explain
        }
        // Load SQLite's driver and native library while the command line is read.
        Thread warmUp = new Thread(Workspace::warmUp, "moddesk-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        Invocation here = Invocation.here(Workspace.location(databaseArgument(args)).toAbsolutePath());
        HandedCommand mine = new HandedCommand(List.of(args), here.workingDir(), here.database(), here.terminal());
        String role = "moddesk " + command + " (process " + ProcessHandle.current().pid() + ")";
        try {
            return DatabaseOwnership.runOrHandOver(mine, role, duties(role), () -> run(out, err, here, args),
                    System.out, System.err);
        } catch (OwnershipException e) {
            err.println("moddesk: " + e.getMessage());
            return USER_ERROR;
        }
    }

    /** A command line that another process handed over: it runs here, where the database is open. */
    public static int runHandedOver(HandedCommand command, PrintStream out, PrintStream err, BooleanSupplier cancelled) {
        Invocation invocation = new Invocation(command.workingDir(), command.database(), command.terminal(), cancelled, true);
        // no flush per line: each flush is a frame on the socket; progress and notices flush themselves
        return run(new PrintWriter(out, false), new PrintWriter(err, false), invocation, command.args().toArray(String[]::new));
    }

    /** What a command-line process owning a database does for others: their commands, but no desk. */
    private static OwnerDuties duties(String role) {
        return new OwnerDuties() {
            @Override
            public int runCommand(HandedCommand command, PrintStream out, PrintStream err, BooleanSupplier cancelled) {
                return runHandedOver(command, out, err, cancelled);
            }

            @Override
            public Optional<String> showDesk() {
                return Optional.of(role);
            }
        };
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, Invocation.here(null), args);
    }

    static int run(PrintWriter out, PrintWriter err, Invocation invocation, String... args) {
        RootCommand root = new RootCommand();
        root.invocation = invocation;
        CommandLine cmd = new CommandLine(root);
        String requested = requestedCommand(args);
        if (COMMANDS.containsKey(requested)) {
            cmd.addSubcommand(requested, COMMANDS.get(requested).get());
        } else {
            COMMANDS.forEach((name, command) -> cmd.addSubcommand(name, command.get()));
        }
        if (!invocation.workingDir().equals(Path.of("").toAbsolutePath())) {
            // handed over from another folder: its relative paths are relative to that folder
            cmd.registerConverter(Path.class, s -> invocation.workingDir().resolve(s));
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

    /** The value of {@code --db} (before or after the command), as given; null when there is none. */
    public static Path databaseArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--db=")) {
                return Path.of(args[i].substring("--db=".length()));
            }
        }
        return null;
    }

    /** True for a command line that opens the desk: nothing, or only {@code --db FILE}. */
    public static boolean opensDesk(String[] args) {
        return args.length == 0 || args.length == 2 && args[0].equals("--db")
                || args.length == 1 && args[0].startsWith("--db=") && args[0].length() > 5;
    }

    static boolean isUserError(Throwable ex) {
        return ex instanceof UserFacingException || ex instanceof OwnershipException || ex instanceof CancellationException;
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
