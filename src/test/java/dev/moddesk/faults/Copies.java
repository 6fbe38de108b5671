package dev.moddesk.faults;

import dev.moddesk.cli.Cli;
import dev.moddesk.store.DatabaseInvariants;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Prepared databases for the fault suite: made once in this JVM, copied into each run's folder. */
final class Copies {
    static final String DB = "desk.db";

    private Copies() {
    }

    /** Runs the command line here, in this JVM, to prepare a starting state; it must succeed. */
    static void prepare(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        if (code != 0) {
            throw new IllegalStateException("preparing with " + String.join(" ", args) + " failed: " + err);
        }
    }

    /** Copies a closed database (and its write-ahead log, if one is left) to dir/desk.db. */
    static Path copy(Path pristine, Path dir) throws IOException {
        Path db = dir.resolve(DB);
        Files.copy(pristine, db, StandardCopyOption.REPLACE_EXISTING);
        Path wal = Path.of(pristine + "-wal");
        if (Files.exists(wal)) {
            Files.copy(wal, Path.of(db + "-wal"), StandardCopyOption.REPLACE_EXISTING);
        }
        return db;
    }

    /** The database's fingerprint, once it is shown to keep every invariant. */
    static String checkedState(Path db) {
        List<String> problems = DatabaseInvariants.problems(db);
        if (!problems.isEmpty()) {
            throw new AssertionError(db + " breaks its invariants: " + String.join("; ", problems));
        }
        return DatabaseInvariants.fingerprint(db);
    }
}
