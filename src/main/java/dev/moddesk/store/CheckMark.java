package dev.moddesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A database that failed its check is not written to silently: the check leaves a mark beside the file
 * ({@code NAME-check-failed}, holding the first finding), and opening for writing is refused while it is there.
 * A check that passes, or a restore, removes it.
 */
public final class CheckMark {
    private CheckMark() {
    }

    public static Path of(Path database) {
        Path absolute = database.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + "-check-failed");
    }

    /** Marks {@code database} as failing its check; best effort on a folder that cannot be written. */
    public static void set(Path database, String finding) {
        try {
            Files.writeString(of(database), finding + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException ignored) {
            // a read-only folder: nothing writes to the database there anyway
        }
    }

    public static void clear(Path database) {
        try {
            Files.deleteIfExists(of(database));
        } catch (IOException e) {
            throw new StoreException(of(database) + ": cannot remove the mark of a failed check: " + e.getMessage(), e);
        }
    }

    public static boolean isSet(Path database) {
        return Files.exists(of(database));
    }

    static void refuseWriting(Path database) {
        Path mark = of(database);
        if (!Files.exists(mark)) {
            return;
        }
        String finding;
        try {
            finding = Files.readString(mark, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            finding = "see " + mark;
        }
        throw new DamagedDatabaseException(database + ": failed its last check (" + finding + "), so nothing is written to it. "
                + "`moddesk doctor` shows what is wrong; `moddesk restore --latest` puts the last backup in place", null);
    }
}
