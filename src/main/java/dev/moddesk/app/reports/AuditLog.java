package dev.moddesk.app.reports;

import dev.moddesk.app.export.Exporter;
import dev.moddesk.core.AuditEntry;
import dev.moddesk.core.AuditFilter;
import dev.moddesk.formats.ExportFormat;
import dev.moddesk.store.AuditQueries;
import dev.moddesk.store.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/** The audit log as the audit view reads it: newest first, a page at a time, filtered; and its export. */
public final class AuditLog {
    /** One page, newest first; {@code more} when older matching lines follow. */
    public record Page(List<AuditEntry> entries, boolean more) {
    }

    private final Database db;

    public AuditLog(Database db) {
        this.db = db;
    }

    /** Up to {@code size} matching lines older than line {@code beforeId} (null: the newest). */
    public Page newestFirst(AuditFilter filter, Long beforeId, int size) {
        List<AuditEntry> rows = new AuditQueries(db).newestFirst(filter, beforeId, size + 1);
        boolean more = rows.size() > size;
        return new Page(more ? List.copyOf(rows.subList(0, size)) : List.copyOf(rows), more);
    }

    /** Up to {@code limit} matching lines ({@code limit} ≤ 0: all), oldest first. */
    public List<AuditEntry> oldestFirst(AuditFilter filter, int limit) {
        return new AuditQueries(db).list(filter, limit);
    }

    public long count(AuditFilter filter) {
        return new AuditQueries(db).count(filter);
    }

    /** Everyone who decided something, by name. */
    public List<String> moderators() {
        return new AuditQueries(db).moderators();
    }

    /** The action words in the log. */
    public List<String> actions() {
        return new AuditQueries(db).actions();
    }

    /** The matching lines, oldest first, as CSV or JSON, through a temporary file renamed into place. */
    public Exporter.Result export(AuditFilter filter, ExportFormat format, Path target, Exporter.Progress progress,
                                  BooleanSupplier cancelled) {
        if (format != ExportFormat.CSV && format != ExportFormat.JSON) {
            throw new IllegalArgumentException("the audit log exports as CSV or JSON, not " + format.word());
        }
        return new Exporter(db).exportAudit(filter, format, target, progress, cancelled);
    }
}
