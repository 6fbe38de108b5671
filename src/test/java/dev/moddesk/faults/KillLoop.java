package dev.moddesk.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.testing.ModDeskProcess;
import dev.moddesk.testing.TempTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a command of the real jar once to the end (how long it takes, and the state it ends in), then again and
 * again in fresh copies of its starting state, killing it with SIGKILL at a random moment of that span. After
 * each kill: no process of the run is left (a large import's tuned JVM included), the database keeps its
 * invariants, the state is exactly the starting one or exactly the finished one, and running the command again
 * ends in exactly the finished state.
 */
final class KillLoop {
    /** What the kills of one operation found. */
    record Tally(String operation, int kills, int whileWriting, int untouched, int finished, int endedFirst, long seconds,
                 double referenceSeconds, double checkSeconds) {
        String line() {
            return String.format(Locale.ROOT, "fault suite: %-6s %3d kills, %d of them after it began writing (%d left the "
                    + "starting state, %d the finished one; %d runs ended before their kill), 0 problems, %d s "
                    + "(one uninterrupted run %.1f s; per kill %.1f s, of which %.1f s checking the state)", operation,
                    kills, whileWriting, untouched, finished, endedFirst, seconds, referenceSeconds,
                    kills == 0 ? 0 : (seconds - referenceSeconds) / kills, kills == 0 ? 0 : checkSeconds / kills);
        }
    }

    private static final long TIMEOUT_SECONDS = 300;

    private KillLoop() {
    }

    /** Kills per operation: a few in the normal run, 50 in {@code -Plong}, or {@code -Dfaults.kills=N}. */
    static int kills() {
        return Integer.getInteger("faults.kills", 3);
    }

    /** The random moments come from this seed ({@code -Dfaults.seed=N} repeats a run); it is printed. */
    static SplittableRandom random(String operation) {
        long seed = Long.getLong("faults.seed", System.nanoTime());
        System.out.println("fault suite: " + operation + " uses -Dfaults.seed=" + seed);
        return new SplittableRandom(seed);
    }

    static Tally run(Interruptible op, Path root, int kills) throws IOException, InterruptedException {
        long started = System.nanoTime();
        SplittableRandom random = random(op.name());
        Path reference = Files.createDirectories(root.resolve(op.name() + "-reference"));
        op.prepare(reference);
        String before = op.state(reference);
        long[] firstWrite = {-1};
        long span = runToTheEnd(op, reference, firstWrite);
        String after = op.state(reference);
        double referenceSeconds = (System.nanoTime() - started) / 1e9;
        assertNotEquals(before, after, op.name() + " changed nothing: the suite would prove nothing");
        op.finished(reference);
        TempTrees.delete(reference);

        int untouched = 0;
        int finished = 0;
        int endedFirst = 0;
        int whileWriting = 0;
        double scale = 1;
        long checking = 0;
        for (int k = 0; k < kills; k++) {
            Path dir = Files.createDirectories(root.resolve(op.name() + "-" + k));
            op.prepare(dir);
            // every other kill within the writing (as timed in the reference run), the others anywhere from early
            // in the JVM's start to the last moments of the work
            // (scaled down whenever a run ends before its kill: the machine got faster than the reference run)
            long from = (long) (scale * (k % 2 == 0 && firstWrite[0] > 0 ? firstWrite[0] : span * 0.05));
            long delay = from + (long) ((scale * span * 0.98 - from) * random.nextDouble());
            Process p = start(op, dir);
            if (p.waitFor(delay, TimeUnit.NANOSECONDS)) {
                endedFirst++; // ran faster this time; not a kill, try another moment
                scale *= 0.85;
                k--;
                assertTrue(endedFirst <= 5 * kills + 5, op.name() + " keeps ending before its kill");
                TempTrees.delete(dir);
                continue;
            }
            List<ProcessHandle> family = p.descendants().toList();
            whileWriting += op.writing(dir) ? 1 : 0;
            p.destroyForcibly();
            p.waitFor();
            awaitGone(family, dir);
            long t0 = System.nanoTime();
            String state = op.state(dir);
            checking += System.nanoTime() - t0;
            if (state.equals(before)) {
                untouched++;
            } else if (state.equals(after)) {
                finished++;
            } else {
                throw new AssertionError(op.name() + " killed after " + delay / 1_000_000 + " ms left a state that is "
                        + "neither the starting nor the finished one (" + state + ")");
            }
            runToTheEnd(op, dir, new long[1]);
            long t1 = System.nanoTime();
            String rerun = op.state(dir);
            checking += System.nanoTime() - t1;
            assertEquals(after, rerun, op.name() + ": the re-run after a kill at " + delay / 1_000_000
                    + " ms did not end in the finished state");
            op.finished(dir);
            TempTrees.delete(dir);
        }
        Tally tally = new Tally(op.name(), kills, whileWriting, untouched, finished, endedFirst,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), referenceSeconds, checking / 1e9);
        System.out.println(tally.line());
        return tally;
    }

    /**
     * Runs the command to its end; returns how long it took (ns), and puts into {@code firstWrite[0]} when it
     * began writing (ns from its start; -1 when that was never seen).
     */
    private static long runToTheEnd(Interruptible op, Path dir, long[] firstWrite) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        long until = t0 + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        Process p = start(op, dir);
        firstWrite[0] = -1;
        // another process: its files are all there is to watch
        while (!p.waitFor(5, TimeUnit.MILLISECONDS)) {
            if (firstWrite[0] < 0 && op.writing(dir)) {
                firstWrite[0] = System.nanoTime() - t0;
            }
            if (System.nanoTime() > until) {
                p.destroyForcibly();
                throw new AssertionError(op.name() + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
        }
        long took = System.nanoTime() - t0;
        assertEquals(0, p.exitValue(), op.name() + " failed: " + Files.readString(dir.resolve("err.txt")));
        return took;
    }

    private static Process start(Interruptible op, Path dir) throws IOException {
        return startJar(op.args(dir), dir);
    }

    /** {@code java -jar target/moddesk.jar args} in dir, its output in dir/out.txt and dir/err.txt. */
    static Process startJar(List<String> args, Path dir) throws IOException {
        return new ProcessBuilder(ModDeskProcess.jarCommand(args.toArray(String[]::new))).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
    }

    /**
     * Waits until no process of the killed run is left: its children (a large import re-runs itself in a tuned
     * JVM that must end with its parent) and anything else started on this folder's files.
     */
    private static void awaitGone(List<ProcessHandle> family, Path dir) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < until) {
            if (family.stream().noneMatch(ProcessHandle::isAlive) && workingOn(dir).findAny().isEmpty()) {
                return;
            }
            Thread.sleep(20); // other processes: nothing to wait on but their exit
        }
        family.forEach(ProcessHandle::destroyForcibly);
        workingOn(dir).forEach(ProcessHandle::destroyForcibly);
        throw new AssertionError("a process of the killed run outlived it by 30 s");
    }

    private static Stream<ProcessHandle> workingOn(Path dir) {
        String path = dir.toString();
        return ProcessHandle.allProcesses().filter(h -> h.isAlive()
                && h.info().commandLine().map(cl -> cl.contains(path)).orElse(false));
    }
}
