package dev.moddesk.app;

import dev.moddesk.app.export.Exporter;
import dev.moddesk.app.reports.AuditLog;
import dev.moddesk.app.reports.Reports;
import dev.moddesk.core.ExportFilter;
import dev.moddesk.core.Post;
import dev.moddesk.store.Database;
import dev.moddesk.store.ExportQueries;
import dev.moddesk.store.LookupQueries;
import java.util.List;

/**
 * What an admin does with the database besides moderating: exports, the audit log, reports, and the
 * choices their filters offer. Every method reads on a connection of its own, so any thread may call it.
 */
public final class Admin {
    private final Database db;

    public Admin(Database db) {
        this.db = db;
    }

    public Exporter exporter() {
        return new Exporter(db);
    }

    /** How many comments an export with this filter would write. */
    public long countExport(ExportFilter filter) {
        return new ExportQueries(db).count(filter);
    }

    /** The sites in the database (base URLs). */
    public List<String> sites() {
        return new LookupQueries(db).sites();
    }

    /** The posts of one site (null: of all sites), by title. */
    public List<Post> posts(String site) {
        return new LookupQueries(db).posts(site);
    }

    public AuditLog auditLog() {
        return new AuditLog(db);
    }

    public Reports reports() {
        return new Reports(db);
    }
}
