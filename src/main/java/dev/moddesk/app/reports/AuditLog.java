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

/**
 * The audit log as the audit view and the command line read it: filtered, a page at a time (the view newest
 * first, the command line oldest first); its count, its choices, and its export.
 */
public final class AuditLog {
    /** Which lines come first. */
    public enum Order { NEWEST_FIRST, OLDEST_FIRST }

    /** One page; {@code more} when further matching lines follow in the same order. */
    public record Page(List<AuditEntry> entries, boolean more) {
        /** The id to continue after; null for an empty page. */
        public Long lastId() {
            return entries.isEmpty() ? null : entries.get(entries.size() - 1).id();
        }
    }

    private final Database db;

    public AuditLog(Database db) {
        this.db = db;
    }

    /** Up to {@code size} matching lines in {@code order}, after line {@code afterId} (null: from the first). */
    public Page page(AuditFilter filter, Order order, Long afterId, int size) {
        List<AuditEntry> rows = new AuditQueries(db).page(filter, order == Order.NEWEST_FIRST, afterId, size + 1);
        boolean more = rows.size() > size;
        return new Page(more ? List.copyOf(rows.subList(0, size)) : List.copyOf(rows), more);
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
