package dev.moddesk.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.bench.SyntheticWxr;
import dev.moddesk.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar, killed with SIGKILL at random moments (see {@link KillLoop}) during an import into a database
 * that already holds comments and decisions (a file large enough to be re-run in the tuned JVM), a bulk decision
 * over 10,000 comments, an export and a demo fill. {@code faults.kills} per operation: a few in the normal run,
 * 50 with {@code -Plong}. The push to a real WordPress is {@link KilledPushIT}.
 */
class FaultSuiteIT {
    private static final int BULK = 10_000;
    /** The prepared database of the bulk decision and the export: the bulk's 10,000 and some it leaves alone. */
    private static final int DESK_COMMENTS = 12_000;
    /**
     * The import's export: just over the size that makes ModDesk re-run a large import in its tuned JVM (16 MiB,
     * about 14,400 comments); a larger file would only make each kill and re-run slower.
     */
    private static final int EXPORT_COMMENTS = 16_000;

    @TempDir
    static Path prepared;
    @TempDir
    Path work;

    private static Path withDecisions;
    private static Path bigExport;
    private static Path desk;
    private static Path small;

    @BeforeAll
    static void prepare() throws IOException {
        Path smallExport = prepared.resolve("small.xml");
        new SyntheticWxr(7).write(smallExport, 2_000);
        withDecisions = prepared.resolve("with-decisions.db");
        Copies.prepare("--db", withDecisions.toString(), "import", smallExport.toString());
        Copies.prepare("--db", withDecisions.toString(), "moderate", "--action", "spam", "--ids", ids(1, 40), "--by", "prep");
        Copies.prepare("--db", withDecisions.toString(), "moderate", "--action", "approve", "--ids", ids(41, 80), "--by", "prep");
        bigExport = prepared.resolve("big.xml");
        new SyntheticWxr(7).write(bigExport, EXPORT_COMMENTS);
        assertTrue(Files.size(bigExport) > 16L * 1024 * 1024, "big enough for the tuned JVM");

        desk = prepared.resolve("bulk-and-export.db");
        Fixtures.desk(desk, DESK_COMMENTS, "prep").close();
        small = prepared.resolve("small.db");
        Fixtures.desk(small, 500, "prep").close();
    }

    @Test
    void killedImportsCommitAllOrNothing() throws Exception {
        KillLoop.run(new DatabaseCommand("import", withDecisions,
                db -> List.of("--db", db.toString(), "import", bigExport.toString())), work, KillLoop.kills());
    }

    @Test
    void killedBulkDecisionsCommitAllOrNothing() throws Exception {
        KillLoop.run(new DatabaseCommand("bulk", desk,
                db -> List.of("--db", db.toString(), "moderate", "--action", "spam", "--ids", ids(1, BULK), "--by", "bulk")),
                work, KillLoop.kills());
    }

    @Test
    void killedExportsLeaveNoFileUnderTheTargetName() throws Exception {
        KillLoop.run(new Export(desk), work, KillLoop.kills());
    }

    @Test
    void killedDemoFillsCommitAllOrNothing() throws Exception {
        KillLoop.run(new DatabaseCommand("demo", small,
                db -> List.of("--db", db.toString(), "demo", "--comments", "5000")), work, KillLoop.kills());
    }

    static String ids(long from, long to) {
        return String.join(",", LongStream.rangeClosed(from, to).mapToObj(Long::toString).toList());
    }

    /** A command whose whole outcome is in the database. */
    private record DatabaseCommand(String name, Path pristine, Function<Path, List<String>> command) implements Interruptible {
        @Override
        public void prepare(Path dir) throws IOException {
            Copies.copy(pristine, dir);
        }

        @Override
        public List<String> args(Path dir) {
            return command.apply(dir.resolve(Copies.DB));
        }

        @Override
        public String state(Path dir) {
            return Copies.checkedState(dir.resolve(Copies.DB));
        }
    }

    /** An export of every status to CSV: the target is absent or complete, never partial. */
    private record Export(Path pristine) implements Interruptible {
        @Override
        public String name() {
            return "export";
        }

        @Override
        public void prepare(Path dir) throws IOException {
            Copies.copy(pristine, dir);
            Files.createDirectories(dir.resolve("out"));
        }

        @Override
        public List<String> args(Path dir) {
            return List.of("--db", dir.resolve(Copies.DB).toString(), "export", "--status", "pending,approved,spam,trash",
                    "--format", "csv", "--out", target(dir).toString());
        }

        @Override
        public String state(Path dir) throws IOException {
            Path target = target(dir);
            return Copies.checkedState(dir.resolve(Copies.DB)) + " " + (Files.exists(target) ? sha(target) : "no file");
        }

        /** Writing the export: its hidden part file is there. */
        @Override
        public boolean writing(Path dir) {
            try (Stream<Path> files = Files.list(dir.resolve("out"))) {
                return files.anyMatch(f -> f.getFileName().toString().endsWith(".part"));
            } catch (IOException e) {
                return false;
            }
        }

        /** The re-run removed what the killed one left (its hidden .part file). */
        @Override
        public void finished(Path dir) throws IOException {
            try (Stream<Path> files = Files.list(dir.resolve("out"))) {
                List<String> names = new ArrayList<>(files.map(f -> f.getFileName().toString()).toList());
                assertEquals(List.of("comments.csv"), names, "only the export is left in its folder");
            }
            assertEquals(DESK_COMMENTS, Files.readAllLines(target(dir)).stream().filter(l -> l.startsWith(Fixtures.SITE))
                    .count(), "every comment exported");
        }

        private static Path target(Path dir) {
            return dir.resolve("out").resolve("comments.csv");
        }

        private static String sha(Path file) throws IOException {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)), 0, 12);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
