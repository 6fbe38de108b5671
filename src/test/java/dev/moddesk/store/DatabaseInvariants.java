package dev.moddesk.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What a ModDesk database promises after anything, a kill -9 included: SQLite finds it intact, the search
 * index matches the comments, the per-status counts match the rows, and every pending decision has its outbox
 * entry and its audit line (and no outbox entry is without its decision). Read the way ModDesk's next start
 * would read it: opening the file rolls back what a killed process left unfinished.
 */
public final class DatabaseInvariants {
    private DatabaseInvariants() {
    }

    /** One line per broken promise; empty when the database keeps them all. */
    public static List<String> problems(Path db) {
        List<String> problems = new ArrayList<>();
        try (Connection c = open(db); Statement st = c.createStatement()) {
            List<String> integrity = column(st, "PRAGMA integrity_check");
            if (!integrity.equals(List.of("ok"))) {
                problems.add("integrity_check: " + String.join("; ", integrity));
                return problems; // the rest would only repeat it
            }
            try {
                st.execute("INSERT INTO comments_fts (comments_fts, rank) VALUES ('integrity-check', 1)");
            } catch (SQLException e) {
                problems.add("search index: " + e.getMessage());
            }
            List<String> counted = column(st, "SELECT site_id || ' ' || status || ' ' || n FROM comment_counts "
                    + "WHERE n <> 0 ORDER BY site_id, status");
            List<String> rows = column(st, "SELECT site_id || ' ' || status || ' ' || count(*) FROM comments "
                    + "GROUP BY site_id, status ORDER BY site_id, status");
            if (!counted.equals(rows)) {
                problems.add("counts " + counted + " but the rows say " + rows);
            }
            expectNone(st, problems, "decisions without their outbox entry", "SELECT count(*) FROM comments c "
                    + "WHERE c.decision IS NOT NULL AND c.conflict = 0 AND NOT EXISTS (SELECT 1 FROM outbox o "
                    + "WHERE o.comment_id = c.id AND o.kind = 'status')");
            expectNone(st, problems, "outbox entries without a decision", "SELECT count(*) FROM outbox o "
                    + "JOIN comments c ON c.id = o.comment_id WHERE o.kind = 'status' AND c.decision IS NULL");
            expectNone(st, problems, "decisions whose last audit line says otherwise", "SELECT count(*) FROM comments c "
                    + "WHERE c.decision IS NOT NULL AND c.decision IS NOT (SELECT a.to_status FROM audit_log a "
                    + "WHERE a.comment_id = c.id AND a.kind = 'status' ORDER BY a.id DESC LIMIT 1)");
        } catch (SQLException e) {
            problems.add("cannot read the database: " + e.getMessage());
        }
        return problems;
    }

    /**
     * A digest of everything an operation may change (comments with their statuses and decisions, posts,
     * sites, outbox, audit log, decision groups), leaving out times and counters that differ between two runs
     * of the same operation. Two databases with the same fingerprint hold the same moderation state.
     */
    public static String fingerprint(Path db) {
        try (Connection c = open(db); Statement st = c.createStatement()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String sql : List.of(
                    "SELECT s.base_url || '|' || c.remote_id || '|' || c.post_id || '|' || c.parent_id || '|' || c.author "
                            + "|| '|' || c.site_status || '|' || coalesce(c.decision, '-') || '|' || c.conflict || '|' "
                            + "|| length(c.content) || '|' || c.type FROM comments c JOIN sites s ON s.id = c.site_id "
                            + "ORDER BY s.base_url, c.remote_id",
                    "SELECT s.base_url || '|' || p.remote_id || '|' || p.title || '|' || p.post_status FROM posts p "
                            + "JOIN sites s ON s.id = p.site_id ORDER BY s.base_url, p.remote_id",
                    "SELECT c.remote_id || '|' || o.kind || '|' || coalesce(o.target, '-') FROM outbox o "
                            + "JOIN comments c ON c.id = o.comment_id ORDER BY c.site_id, c.remote_id, o.kind",
                    "SELECT count(*) || ' audit lines, ' || count(DISTINCT comment_id) || ' comments' FROM audit_log",
                    "SELECT a.comment_id || '|' || a.action || '|' || a.from_status || '|' || a.to_status FROM audit_log a "
                            + "ORDER BY a.id",
                    "SELECT count(*) || ' groups' FROM decision_groups")) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        sha.update(String.valueOf(rs.getString(1)).getBytes(StandardCharsets.UTF_8));
                        sha.update((byte) '\n');
                    }
                }
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot read " + db + ": " + e.getMessage(), e);
        }
    }

    /** The number of comments, for messages. */
    public static long comments(Path db) {
        return StoreProbe.number(db, "SELECT count(*) FROM comments");
    }

    private static Connection open(Path db) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 10000");
        }
        return c;
    }

    private static void expectNone(Statement st, List<String> problems, String what, String countSql) throws SQLException {
        try (ResultSet rs = st.executeQuery(countSql)) {
            long n = rs.next() ? rs.getLong(1) : 0;
            if (n != 0) {
                problems.add(n + " " + what);
            }
        }
    }

    private static List<String> column(Statement st, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
