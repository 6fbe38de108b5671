package dev.moddesk.app.export;

import dev.moddesk.core.UserFacingException;
import dev.moddesk.app.AppInfo;
import dev.moddesk.core.AuditEntry;
import dev.moddesk.core.AuditFilter;
import dev.moddesk.core.ExportFilter;
import dev.moddesk.formats.AuditExportWriter;
import dev.moddesk.formats.ExportFormat;
import dev.moddesk.formats.ExportWriter;
import dev.moddesk.store.AuditQueries;
import dev.moddesk.store.Database;
import dev.moddesk.store.ExportQueries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Admin exports of comments and of the audit log: streamed from a reader connection into a file that only
 * appears under its name once complete ({@link AtomicFile}).
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

    /** An export that cannot be written; the message names the target. */
    public static final class ExportException extends UserFacingException {
        public ExportException(String message) {
            super(message);
        }
    }

    private final Database db;

    public Exporter(Database db) {
        this.db = db;
    }

    public Result export(ExportFilter filter, ExportFormat format, Path target, boolean excelBom, Progress progress,
                         BooleanSupplier cancelled) {
        long started = System.nanoTime();
        ExportQueries queries = new ExportQueries(db);
        long total = queries.count(filter);
        long[] written = {0};
        write(target, out -> {
            ExportWriter writer = format.open(out, excelBom, "ModDesk " + AppInfo.version());
            queries.stream(filter, format == ExportFormat.WXR, row -> {
                if ((written[0] & 1023) == 0) {
                    if (cancelled.getAsBoolean()) {
                        return false;
                    }
                    progress.update(written[0], total);
                }
                write(writer, row);
                written[0]++;
                return true;
            });
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("export cancelled; " + target + " was not written");
            }
            writer.finish();
        });
        progress.update(written[0], total);
        return new Result(written[0], (System.nanoTime() - started) / 1e9);
    }

    /** The audit log as CSV or JSON, with progress; a cancelled export leaves no file (CancellationException). */
    public Result exportAudit(AuditFilter filter, ExportFormat format, Path target, Progress progress,
                              BooleanSupplier cancelled) {
        long started = System.nanoTime();
        AuditQueries queries = new AuditQueries(db);
        long total = queries.count(filter);
        long[] written = {0};
        write(target, out -> {
            AuditExportWriter writer = new AuditExportWriter(out, format);
            queries.stream(filter, (AuditEntry e) -> {
                if ((written[0] & 1023) == 0) {
                    if (cancelled.getAsBoolean()) {
                        return false;
                    }
                    progress.update(written[0], total);
                }
                try {
                    writer.write(e);
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
                written[0]++;
                return true;
            });
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("export cancelled; " + target + " was not written");
            }
            writer.finish();
        });
        progress.update(written[0], total);
        return new Result(written[0], (System.nanoTime() - started) / 1e9);
    }

    private static void write(ExportWriter writer, dev.moddesk.core.ExportRow row) {
        try {
            writer.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path target, AtomicFile.Body body) {
        try {
            AtomicFile.write(target, body);
        } catch (IOException e) {
            throw new ExportException(target + ": cannot write the export: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new ExportException(target + ": cannot write the export: " + e.getCause().getMessage());
        } catch (IllegalArgumentException e) {
            throw new ExportException(target + ": " + e.getMessage());
        }
    }
}
