package dev.moddesk.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a file through a hidden temporary file beside it that is renamed into place only when the writing
 * succeeded: a failed or cancelled write never leaves a half-written file under the target name. A killed
 * process leaves its temporary file behind; the file's name, {@code .NAME.PID.HEX.part}, records the process
 * that writes it, so each write first removes the leftovers of its target whose process is gone.
 */
public final class AtomicFile {
    /** The body of the write; may throw to abandon it. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final long PID = ProcessHandle.current().pid();
    /**
     * The names of the part files this process is writing now. A part file with this process's pid that is not
     * among them was left by an earlier process that had the same pid (pids are reused, in containers often).
     */
    private static final Set<String> WRITING = ConcurrentHashMap.newKeySet();

    private AtomicFile() {
    }

    /** Writes {@code target} through a stream. */
    public static void write(Path target, Body body) throws IOException {
        writeVia(target, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                body.writeTo(out);
            }
        });
    }

    /** The body of a write that fills a file by name (SQLite's backup writes the file itself). */
    @FunctionalInterface
    public interface FileBody {
        void writeTo(Path tmp) throws IOException;
    }

    /** Writes {@code target} by having {@code body} fill the temporary file at the path it is given. */
    public static void writeVia(Path target, FileBody body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        removeStaleParts(absolute);
        String name = "." + absolute.getFileName() + "." + PID + "." + Long.toHexString(System.nanoTime()) + ".part";
        // Not Files.createTempFile: its 0600 mode would stick to the export; this one gets the usual mode.
        Path tmp = dir.resolve(name);
        WRITING.add(name);
        boolean done = false;
        try {
            body.writeTo(tmp);
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
            WRITING.remove(name);
        }
    }

    /** The part files of {@code target} that no running process writes: leftovers of killed runs. */
    public static List<Path> staleParts(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        return staleParts(absolute.getParent(), Pattern.quote(absolute.getFileName().toString()));
    }

    /** The part files in {@code folder}, of any target, that no running process writes. */
    public static List<Path> stalePartsIn(Path folder) throws IOException {
        return staleParts(folder.toAbsolutePath(), ".+");
    }

    private static List<Path> staleParts(Path folder, String targetName) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Pattern parts = Pattern.compile("\\." + targetName + "\\.(\\d{1,18})\\.[0-9a-f]+\\.part");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                Matcher m = parts.matcher(name);
                return m.matches() && !isWritten(name, Long.parseLong(m.group(1)));
            }).toList();
        }
    }

    private static boolean isWritten(String partName, long pid) {
        if (pid == PID) {
            return WRITING.contains(partName);
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Best effort: a leftover that cannot be removed must not stop the write. */
    private static void removeStaleParts(Path target) {
        try {
            for (Path stale : staleParts(target)) {
                Files.deleteIfExists(stale);
            }
        } catch (IOException ignored) {
            // the next write tries again
        }
    }
}
