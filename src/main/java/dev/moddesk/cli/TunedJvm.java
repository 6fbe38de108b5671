package dev.moddesk.cli;

import dev.moddesk.app.Workspace;
import dev.moddesk.owner.Owned;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs an import, the triage of a database, or the desk, in a JVM tuned for it. On a cold JVM, HotSpot's
 * optimising compiler (C2) spends more CPU compiling the import's and the triage's hot loops (about 3.5 s for
 * 100,000 comments) than they spend running; on a 2-core machine that halves the speed. The quick compiler alone
 * (C1) and the serial collector finish a 100 MB export about a quarter sooner and a 1 GB one in the same time, and
 * the first triage of a 100,000-comment database in 11 s instead of 17 s. {@code java -jar} gives no way to set JVM
 * options, so past {@link #THRESHOLD_BYTES} the command re-runs itself once with them; the user's own JVM options
 * (such as {@code -Xmx256m}) are passed on. Installers set these options in their launcher.
 *
 * <p>The desk started from the jar re-runs itself the same way, with a class-data archive of its own
 * ({@link DeskArchive}): the first start writes it as it ends, later ones map the classes from it instead of
 * loading and verifying them again. That is what the installers' launchers do at build time; from the jar it
 * halves the CPU a start needs before its window shows (3.1 s to 1.5 s here).
 *
 * <p>The tuned run must not outlive the process the user started: killed by its PID (even with {@code kill -9},
 * which no shutdown hook sees) or stopped with Ctrl+C, that process takes the import with it. The tuned run
 * reads its standard input, a pipe that only the parent holds open; the end of that pipe means the parent is
 * gone, and the tuned run halts before committing, so SQLite rolls the import back.
 */
public final class TunedJvm {
    static final String MARKER = "moddesk.tuned";
    /**
     * Below this much input the relaunch (a second JVM start, about 0.1 s) costs more than it saves. Measured as
     * whole processes on 2 cores, an import into a new database scoring its comments as it ends: 1.2 MB (1,000
     * comments) 6 % slower tuned, 3.5 MB 12 % faster, 11.6 MB 30 % faster, each with half the CPU.
     */
    static final long THRESHOLD_BYTES = 2L * 1024 * 1024;
    /** How long a killed desk waits for its tuned run to end (writing a class-data archive takes a second or two). */
    private static final int KILLED_RUN_GRACE_SECONDS = 20;
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /**
     * The desk allocates about 100 MB while it builds its window and shows the first rows (mostly styling): a young
     * generation this large lets that pass without a collection, which took 40-50 ms of the wait for the first rows.
     */
    static final String DESK_YOUNG_GENERATION = "-Xmn160m";

    private TunedJvm() {
    }

    /** The exit code of the tuned run, or -1 to run here (already tuned, small input, or no way to relaunch). */
    static int relaunchIfWorthIt(String[] args) {
        if (Boolean.getBoolean(MARKER)) {
            endWithParent();
            return -1;
        }
        if (System.getenv("MODDESK_NO_RELAUNCH") != null || !worthIt(args)) {
            return -1;
        }
        List<String> command = command(args, ManagementFactory.getRuntimeMXBean().getInputArguments(), List.of());
        return command.isEmpty() ? -1 : run(command, () -> { });
    }

    /**
     * The exit code of the desk in its tuned JVM, or -1 to run it here: already tuned, started by an installed
     * launcher (which tunes it), asked not to, or not from a jar.
     */
    public static int relaunchDeskIfWorthIt(String[] args) {
        if (Boolean.getBoolean(MARKER)) {
            endWithParent();
            return -1;
        }
        String classPath = System.getProperty("java.class.path", "");
        if (System.getenv("MODDESK_NO_RELAUNCH") != null || System.getProperty("jpackage.app-path") != null
                || !classPath.endsWith(".jar")) {
            return -1; // before asking for the JVM's arguments, which loads the management classes
        }
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (!deskFromAJar(classPath, jvmArgs)) {
            return -1;
        }
        DeskArchive archive = DeskArchive.forJar(Path.of(classPath), Workspace.cacheFolder());
        List<String> extra = new ArrayList<>(archive.options());
        if (jvmArgs.stream().noneMatch(TunedJvm::sizesTheHeap)) {
            extra.add(0, DESK_YOUNG_GENERATION);
        }
        List<String> command = command(args, jvmArgs, extra);
        if (command.isEmpty()) {
            return -1;
        }
        return run(command, archive::keepWhatWasWritten);
    }

    /** Started as {@code java -jar}, one jar, with no class-data archive of the user's own choosing. */
    static boolean deskFromAJar(String classPath, List<String> jvmArgs) {
        return classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)
                && jvmArgs.stream().noneMatch(a -> a.startsWith("-Xshare") || a.contains("SharedArchiveFile")
                        || a.contains("ArchiveClassesAtExit"));
    }

    /** The user's own heap sizes win over the desk's young generation. */
    static boolean sizesTheHeap(String jvmArg) {
        return jvmArg.startsWith("-Xmx") || jvmArg.startsWith("-Xmn") || jvmArg.startsWith("-XX:MaxHeapSize")
                || jvmArg.contains("NewSize") || jvmArg.startsWith("-XX:NewRatio") || jvmArg.contains("RAMPercentage");
    }

    /** Runs {@code command} to its end, then {@code after}; also when this process is killed or interrupted. */
    private static int run(List<String> command, Runnable after) {
        try {
            Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Thread onKill = new Thread(() -> endedBy(p, after));
            Runtime.getRuntime().addShutdownHook(onKill); // kill or Ctrl+C of this process
            int exit = p.waitFor();
            try {
                Runtime.getRuntime().removeShutdownHook(onKill);
            } catch (IllegalStateException shuttingDown) {
                return exit; // the hook ends the run and does what follows
            }
            after.run();
            return exit;
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * This process was told to end: the tuned run ends too, as it would have, and what follows its end (keeping the
     * class-data archive it writes as it ends) still happens. A run that does not end in time is left to its
     * watch of this process's standard input.
     */
    static void endedBy(Process p, Runnable after) {
        p.destroy();
        try {
            if (p.waitFor(KILLED_RUN_GRACE_SECONDS, java.util.concurrent.TimeUnit.SECONDS)) {
                after.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** In the tuned run: halts the moment the parent's end of standard input closes (the parent is gone). */
    private static void endWithParent() {
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the parent writes nothing; anything else that comes is ignored
                }
            } catch (java.io.IOException e) {
                // a broken pipe means the same
            }
            Owned.dropSockets();
            Runtime.getRuntime().halt(143);
        }, "moddesk-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** {@code java [user's JVM options] [tuning] [extra] -Dmoddesk.tuned=true -cp THIS_JAR dev.moddesk.Main args}. */
    static List<String> command(String[] args, List<String> jvmArgs, List<String> extra) {
        String javaHome = System.getProperty("java.home");
        String classPath = System.getProperty("java.class.path");
        if (javaHome == null || classPath == null || classPath.isEmpty()) {
            return List.of();
        }
        Path java = Path.of(javaHome, "bin", File.separatorChar == '\\' ? "java.exe" : "java");
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        for (String a : jvmArgs) {
            if (!a.startsWith("-XX:TieredStopAtLevel") && !a.startsWith("-XX:+Use") && !a.startsWith("-agentlib:jdwp")) {
                cmd.add(a);
            }
        }
        cmd.addAll(OPTIONS);
        cmd.addAll(extra);
        cmd.add("-D" + MARKER + "=true");
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add("dev.moddesk.Main");
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** An import of a large file, or the triage of a large database. */
    static boolean worthIt(String[] args) {
        String command = Cli.requestedCommand(args);
        if ("import".equals(command)) {
            // the import's work grows with its files, the triage of what it brought with the decisions already kept
            return inputBytes(args) + databaseBytes(args) >= THRESHOLD_BYTES;
        }
        if ("triage".equals(command)) {
            return databaseBytes(args) >= THRESHOLD_BYTES;
        }
        return false;
    }

    /** The size of the database the command names (or the default one); 0 when there is none yet. */
    private static long databaseBytes(String[] args) {
        try {
            return Files.size(Workspace.location(Cli.databaseArgument(args)));
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The total size of the arguments that name existing files. */
    static long inputBytes(String[] args) {
        long total = 0;
        for (String a : args) {
            try {
                Path p = Path.of(a);
                if (Files.isRegularFile(p) && !a.endsWith(".db")) {
                    total += Files.size(p);
                }
            } catch (java.io.IOException | RuntimeException e) {
                // not a file
            }
        }
        return total;
    }
}
