package dev.moddesk.app.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Counts the rows of a running export: reports progress and looks for a cancel every 1,024 rows (often enough to
 * feel immediate, rarely enough to cost nothing), and says how it went.
 */
final class Tally {
    /** One row's write. */
    interface RowWrite {
        void write() throws IOException;
    }

    private final long started = System.nanoTime();
    private final long total;
    private final Exporter.Progress progress;
    private final BooleanSupplier cancelled;
    private long written;

    Tally(long total, Exporter.Progress progress, BooleanSupplier cancelled) {
        this.total = total;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /** Writes one row; false (stop reading) once the export is cancelled. */
    boolean take(RowWrite row) {
        if ((written & 1023) == 0) {
            if (cancelled.getAsBoolean()) {
                return false;
            }
            progress.update(written, total);
        }
        try {
            row.write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written++;
        return true;
    }

    /** After the last row: a cancelled export throws, so that nothing appears under {@code target}. */
    void stopIfCancelled(Path target) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("export cancelled; " + target + " was not written");
        }
    }

    Exporter.Result result() {
        progress.update(written, total);
        return new Exporter.Result(written, (System.nanoTime() - started) / 1e9);
    }
}
