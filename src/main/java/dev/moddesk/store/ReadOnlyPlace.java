package dev.moddesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether an existing database file cannot be written: the file, its folder or the medium it is on is read-only. */
final class ReadOnlyPlace {
    private ReadOnlyPlace() {
    }

    static boolean holds(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        Path folder = file.toAbsolutePath().getParent();
        try {
            // SQLite writes its -wal and -shm beside the file, so a read-only folder is as bad as a read-only file.
            // The medium is asked on its own: access(2) says "writable" to root even on a read-only mount.
            return !Files.isWritable(file) || !Files.isWritable(folder) || Files.getFileStore(file).isReadOnly();
        } catch (IOException e) {
            return false; // opening it says what is wrong
        }
    }
}
