package dev.moddesk.app;

import dev.moddesk.core.ExportFilter;
import dev.moddesk.formats.ExportFormat;
import dev.moddesk.formats.ExportWriter;
import dev.moddesk.store.Database;
import dev.moddesk.store.ExportQueries;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Admin exports: streams the matching comments into a temporary file beside the target and renames it into
 * place at the end, so a failed or cancelled export never leaves a half-written file under the target name.
 */
public final class Exporter {
    /** Progress of a running export; called on the exporting thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(long written, long total);
    }

    /** What an export did. */
    public record Result(long exported, double seconds) { }

    private final Database db;

    public Exporter(Database db) {
        this.db = db;
    }

    public Result export(ExportFilter filter, ExportFormat format, Path target, boolean excelBom, Progress progress,
                         BooleanSupplier cancelled) {
        long started = System.nanoTime();
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path tmp;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
        } catch (IOException e) {
            throw new ExportException(target + ": cannot write here: " + e.getMessage());
        }
        boolean done = false;
        try {
            ExportQueries queries = new ExportQueries(db);
            long total = queries.count(filter);
            long[] written = {0};
            try (OutputStream out = Files.newOutputStream(tmp)) {
                ExportWriter writer = format.open(out, excelBom, "ModDesk " + AppInfo.version());
                queries.stream(filter, row -> {
                    if ((written[0] & 1023) == 0) {
                        if (cancelled.getAsBoolean()) {
                            return false;
                        }
                        progress.update(written[0], total);
                    }
                    try {
                        writer.write(row);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    written[0]++;
                    return true;
                });
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("export cancelled; " + target + " was not written");
                }
                writer.finish();
            }
            moveIntoPlace(tmp, absolute);
            done = true;
            progress.update(written[0], total);
            return new Result(written[0], (System.nanoTime() - started) / 1e9);
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException(target + ": cannot write the export: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ExportException(target + ": " + e.getMessage());
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and named .part; nothing better to do
                }
            }
        }
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** An export that cannot be written; the message names the target. */
    public static final class ExportException extends RuntimeException {
        public ExportException(String message) {
            super(message);
        }
    }
}
