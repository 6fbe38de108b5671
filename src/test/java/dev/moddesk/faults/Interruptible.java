package dev.moddesk.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One ModDesk command the fault suite kills at random moments, with the state it starts from and ends in. */
interface Interruptible {
    String name();

    /** Puts the starting state (a copy of a prepared database, and whatever files the command needs) into dir. */
    void prepare(Path dir) throws IOException;

    /** The moddesk arguments that do the work in dir. */
    List<String> args(Path dir);

    /**
     * The state in dir, after checking every promise that holds whatever happened (the database's invariants):
     * the same string for the same outcome. Throws AssertionError naming a broken promise.
     */
    String state(Path dir) throws IOException;

    /** Whether the command has begun writing: a transaction leaves a journal, or frames in the write-ahead log. */
    default boolean writing(Path dir) {
        Path db = dir.resolve(Copies.DB);
        try {
            Path wal = Path.of(db + "-wal");
            return Files.exists(Path.of(db + "-journal")) || Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return false; // gone between the two looks: the write ended
        }
    }

    /** Further checks once a re-run has finished the work in dir. */
    default void finished(Path dir) throws IOException {
    }
}
