package dev.moddesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks at a database file without changing it (a read-only connection of its own, no migration), so that a
 * damaged file or one from a newer ModDesk can be checked too. One thread uses it at a time.
 */
public final class Checkup implements AutoCloseable {
    /** The most lines of SQLite's integrity report that are kept: the first ones say enough. */
    private static final int REPORT_LINES = 20;
    private static final String COMMENTS = "comments";

    /** A per-site status count that disagrees with the comments themselves. */
    public record CountMismatch(String site, String status, long counted, long actual) {
    }

    private final Connection c;

    private Checkup(Connection c) {
        this.c = c;
    }

    /** Opens {@code file} for reading; fails with a {@link StoreException} when it is no SQLite file. */
    public static Checkup of(Path file) {
        try {
            return new Checkup(Database.connect(file.toAbsolutePath(), true));
        } catch (SQLException e) {
            throw Database.failure(file, e);
        }
    }

    /**
     * SQLite's own check of the file: empty when it is sound, else its first findings. The quick check looks at
     * every ordinary table and index one by one: the whole-file quick check also runs FTS5's check of the search
     * index, which tokenizes every comment again (35 s on a million comments, against 5 s for the rest). The full
     * check is SQLite's whole {@code integrity_check}, the search index and the page accounting included.
     */
    public List<String> integrity(boolean full) {
        if (full) {
            return check(List.of("PRAGMA integrity_check(" + REPORT_LINES + ")"));
        }
        List<String> findings = new ArrayList<>(quickCheckOfComments());
        findings.addAll(quickCheckOfTheRest());
        return findings.size() > REPORT_LINES ? findings.subList(0, REPORT_LINES) : findings;
    }

    /**
     * The quick check of the comments table and its indexes alone: about three quarters of the whole quick check's
     * work, so that another connection can check {@linkplain #quickCheckOfTheRest the rest} meanwhile.
     */
    public List<String> quickCheckOfComments() {
        return check(List.of(quickCheck(COMMENTS)));
    }

    /** The quick check of every ordinary table but the comments (the schema, the search index's own tables, ...). */
    public List<String> quickCheckOfTheRest() {
        try {
            return check(ordinaryTables().stream().filter(t -> !t.equals(COMMENTS)).map(Checkup::quickCheck).toList());
        } catch (SQLException e) {
            return List.of(Database.explain(e));
        }
    }

    private static String quickCheck(String table) {
        return "PRAGMA quick_check(\"" + table.replace("\"", "\"\"") + "\")";
    }

    /** Runs the checks {@code pragmas}, keeping the first {@value #REPORT_LINES} findings. */
    private List<String> check(List<String> pragmas) {
        List<String> findings = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            for (String pragma : pragmas) {
                collect(st, pragma, findings);
            }
        } catch (SQLException e) {
            findings.add(Database.explain(e));
        }
        return findings.size() > REPORT_LINES ? findings.subList(0, REPORT_LINES) : findings;
    }

    private List<String> ordinaryTables() throws SQLException {
        List<String> tables = new ArrayList<>(List.of("sqlite_schema"));
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM sqlite_schema "
                + "WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY rootpage")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static void collect(Statement st, String pragma, List<String> findings) throws SQLException {
        try (ResultSet rs = st.executeQuery(pragma)) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equals(line)) {
                    findings.add(line);
                }
            }
        }
    }

    /** The schema version the file says it has ({@code PRAGMA user_version}). */
    public int schemaVersion() {
        return read("reading the schema version", () -> Migrations.userVersion(c));
    }

    /** The newest schema version this ModDesk writes. */
    public static int latestSchema() {
        return Migrations.LATEST;
    }

    /** How many comments there are. */
    public long comments() {
        return read("counting the comments", () -> single("SELECT count(*) FROM comments"));
    }

    /**
     * How many comments the full-text index says it holds: the first number of FTS5's "averages" record (a
     * varint). Reading it costs nothing, unlike FTS5's own integrity check, which reads every comment again.
     */
    public long indexedComments() {
        return read("reading the search index", () -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT block FROM comments_fts_data WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Varint.first(rs.getBytes(1)) : 0L;
            }
        });
    }

    /** FTS5's own integrity check of the index against the comments: empty when they agree. Reads everything. */
    public List<String> indexAgainstComments() {
        // FTS5 runs its check as an INSERT of a command; it writes nothing, but needs a connection that may write.
        // "rank = 1" compares the index with the comments table it indexes (external content).
        try (Connection w = Database.connect(pathOf(), false); Statement st = w.createStatement()) {
            st.execute("INSERT INTO comments_fts (comments_fts, rank) VALUES ('integrity-check', 1)");
            return List.of();
        } catch (SQLException e) {
            return List.of(Database.explain(e));
        }
    }

    /** Every (site, status) whose kept count differs from the comments counted one by one. */
    public List<CountMismatch> countMismatches() {
        // Both sides grouped by (site, status), joined both ways (SQLite before 3.39 has no FULL JOIN).
        String sql = "WITH actual AS (SELECT site_id, status, count(*) AS n FROM comments GROUP BY status, site_id), "
                + "kept AS (SELECT site_id, status, n FROM comment_counts WHERE n <> 0), "
                + "differ AS (SELECT k.site_id, k.status, k.n AS counted, coalesce(a.n, 0) AS actual FROM kept k "
                + "    LEFT JOIN actual a ON a.site_id = k.site_id AND a.status = k.status WHERE a.n IS NOT k.n "
                + "  UNION ALL SELECT a.site_id, a.status, 0, a.n FROM actual a "
                + "    LEFT JOIN kept k ON k.site_id = a.site_id AND k.status = a.status WHERE k.n IS NULL) "
                + "SELECT coalesce(s.base_url, 'site ' || d.site_id), d.status, d.counted, d.actual "
                + "FROM differ d LEFT JOIN sites s ON s.id = d.site_id ORDER BY 1, 2";
        return read("comparing the counts", () -> {
            List<CountMismatch> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CountMismatch(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
                }
            }
            return out;
        });
    }

    /** Outbox entries whose comment the site no longer has (marked gone). */
    public long outboxForGoneComments() {
        // driven by the outbox (usually short), not by a scan of every comment's status
        return read("reading the outbox", () -> single("SELECT count(*) FROM outbox o WHERE EXISTS "
                + "(SELECT 1 FROM comments c WHERE c.id = o.comment_id AND c.site_status = 'gone')"));
    }

    /** Outbox entries that have failed at least once and were queued before {@code queuedBeforeMillis}. */
    public long outboxFailingSince(long queuedBeforeMillis) {
        return read("reading the outbox", () -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM outbox "
                    + "WHERE last_error IS NOT NULL AND queued_at < ?")) {
                ps.setLong(1, queuedBeforeMillis);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    private Path pathOf() throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA database_list")) {
            return Path.of(rs.getString("file"));
        }
    }

    private long single(String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }

    private <T> T read(String what, Transactions.Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException(what + ": " + Database.explain(e), e);
        }
    }

    @Override
    public void close() {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing is best effort
        }
    }
}
