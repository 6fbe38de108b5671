package dev.moddesk.store;

import java.sql.Statement;

/** The safe repairs of a sound database: what is derived from the comments is derived again. */
public final class Repairs {
    private final Database db;

    public Repairs(Database db) {
        this.db = db;
    }

    /** Builds the full-text index anew from the comments. */
    public void rebuildSearchIndex() {
        Transactions.inTransaction(db.writer(), "cannot rebuild the search index", () -> {
            try (Statement st = db.writer().createStatement()) {
                st.execute("INSERT INTO comments_fts (comments_fts) VALUES ('rebuild')");
            }
            return null;
        });
    }

    /** Counts the comments per site and status anew. */
    public void recount() {
        Transactions.inTransaction(db.writer(), "cannot recount the comments", () -> {
            try (Statement st = db.writer().createStatement()) {
                st.execute("DELETE FROM comment_counts");
                st.execute("INSERT INTO comment_counts (site_id, status, n) "
                        + "SELECT site_id, status, count(*) FROM comments GROUP BY status, site_id");
            }
            return null;
        });
    }
}
