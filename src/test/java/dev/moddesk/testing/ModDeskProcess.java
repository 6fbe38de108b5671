package dev.moddesk.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * ModDesk as another process on this machine: {@code java dev.moddesk.Main ARGS} on the test class path, as
 * a user runs it, for tests of what happens between processes.
 */
public final class ModDeskProcess {
    private ModDeskProcess() {
    }

    /** JVM options for a desk in a child process without a display: Monocle, software rendering, prefs in the temp folder. */
    public static final List<String> HEADLESS_DESK = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Djava.awt.headless=true", "-Djava.util.prefs.userRoot=" + System.getProperty("java.io.tmpdir"));

    /** What a finished process printed, and its exit code. */
    public record Result(int exit, String out, String err) { }

    /** {@code java [jvmOptions] -cp CLASSPATH dev.moddesk.Main args}. */
    public static List<String> command(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xshare:auto");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add("dev.moddesk.Main");
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** The shipped jar, built by {@code package} (the integration tests run after it). */
    public static final Path JAR = Path.of("target", "moddesk.jar").toAbsolutePath();

    /**
     * {@code java -jar target/moddesk.jar args}: the real jar exactly as a user starts it, so a large import
     * re-runs itself in its tuned JVM as it does for them.
     */
    public static List<String> jarCommand(String... args) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run `./mvnw verify` (the jar is built by package)");
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Runs to the end (at most {@code timeoutSeconds}) in {@code workingDir}. */
    public static Result run(Path workingDir, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("moddesk-out", ".txt");
        Path err = Files.createTempFile("moddesk-err", ".txt");
        try {
            Process p = new ProcessBuilder(command(List.of(), args)).directory(workingDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("moddesk " + String.join(" ", args) + " did not finish in " + timeoutSeconds
                        + " s; stderr: " + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The class path of this test run (Surefire names it; a plain run has it as java.class.path). */
    public static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path");
        }
        return String.join(File.pathSeparator, cp.split(File.pathSeparator));
    }
}
