package dev.moddesk.app.export;

import dev.moddesk.app.AppInfo;
import dev.moddesk.core.AuditEntry;
import dev.moddesk.core.AuditFilter;
import dev.moddesk.core.ExportFilter;
import dev.moddesk.core.UserFacingException;
import dev.moddesk.formats.AuditExportWriter;
import dev.moddesk.formats.ExportFormat;
import dev.moddesk.formats.ExportWriter;
import dev.moddesk.store.AuditQueries;
import dev.moddesk.store.Database;
import dev.moddesk.store.ExportQueries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
        ExportQueries queries = new ExportQueries(db);
        Tally tally = new Tally(queries.count(filter), progress, cancelled);
        write(target, out -> {
            ExportWriter writer = format.open(out, excelBom, "ModDesk " + AppInfo.version());
            queries.stream(filter, format == ExportFormat.WXR, row -> tally.take(() -> writer.write(row)));
            tally.stopIfCancelled(target);
            writer.finish();
        });
        return tally.result();
    }

    /** The audit log as CSV or JSON, with progress; a cancelled export leaves no file (CancellationException). */
    public Result exportAudit(AuditFilter filter, ExportFormat format, Path target, Progress progress,
                              BooleanSupplier cancelled) {
        AuditQueries queries = new AuditQueries(db);
        Tally tally = new Tally(queries.count(filter), progress, cancelled);
        write(target, out -> {
            AuditExportWriter writer = new AuditExportWriter(out, format);
            queries.stream(filter, (AuditEntry e) -> tally.take(() -> writer.write(e)));
            tally.stopIfCancelled(target);
            writer.finish();
        });
        return tally.result();
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
