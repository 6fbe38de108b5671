package dev.moddesk.store;

import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueItem;
import dev.moddesk.core.QueueQuery;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Tests look into the database through this (SQL stays in the store package, tests included). */
public final class StoreProbe {
    private StoreProbe() {
    }

    /** The queue as {@code list} shows it (newest first; {@code limit} ≤ 0: all), read on {@code c}. */
    public static List<QueueItem> queue(Connection c, QueueFilter filter, int limit) {
        List<QueueItem> out = new ArrayList<>();
        new QueuePages(c).items(QueueQuery.of(filter), limit, out::add);
        return out;
    }

    public static long number(Path db, String sql, Object... params) {
        List<String> rows = strings(db, sql, params);
        return rows.isEmpty() || rows.get(0) == null ? 0 : Long.parseLong(rows.get(0));
    }

    public static List<String> strings(Path db, String sql, Object... params) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes the database behind the application's back (what triage or another tool would write). */
    public static int execute(Path db, String sql, Object... params) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement ps = c.prepareStatement(sql)) {
            c.createStatement().execute("PRAGMA busy_timeout = 5000");
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The effective status of the comment with this site id. */
    public static String status(Path db, long remoteId) {
        List<String> s = strings(db, "SELECT status FROM comments WHERE remote_id = ?", remoteId);
        return s.isEmpty() ? null : s.get(0);
    }

    public static long rowId(Path db, long remoteId) {
        return number(db, "SELECT id FROM comments WHERE remote_id = ?", remoteId);
    }

    public static long auditRows(Path db) {
        return number(db, "SELECT count(*) FROM audit_log");
    }

    /**
     * The UTC day of the audit log's first or last line: "today" for tests about decisions made just now,
     * stable when the clock passes midnight between the decision and the check.
     */
    public static java.time.LocalDate decisionDay(Path db, boolean last) {
        long at = number(db, "SELECT " + (last ? "max" : "min") + "(at) FROM audit_log");
        return java.time.Instant.ofEpochMilli(at).atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    public static long outbox(Path db) {
        return number(db, "SELECT count(*) FROM outbox");
    }

    /** A database as an older ModDesk left it: schema {@code version}, one site and {@code comments} pending comments. */
    public static Path olderSchema(Path file, int version, int comments) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String script : Migrations.SCRIPTS.subList(0, version)) {
                try (java.io.InputStream in = Migrations.class.getResourceAsStream(script)) {
                    for (String sql : SqlScript.split(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))) {
                        st.execute(sql);
                    }
                }
            }
            st.execute("PRAGMA user_version = " + version);
            st.execute("INSERT INTO sites (id, base_url) VALUES (1, 'https://older.example')");
            for (int remote = 1; remote <= comments; remote++) {
                st.execute("INSERT INTO comments (site_id, remote_id, post_id, date_gmt, site_status) "
                        + "VALUES (1, " + remote + ", 1, 0, 'pending')");
            }
            return file;
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Work done while a transaction of another connection is open. */
    public interface Meanwhile {
        void run() throws Exception;
    }

    /** Runs {@code sql} in a write transaction on a connection of its own, then {@code meanwhile}, then commits. */
    public static void inTransaction(Path db, Meanwhile meanwhile, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            st.execute(sql);
            meanwhile.run();
            st.execute("COMMIT");
        }
    }

    /** Runs {@code meanwhile} while a connection of its own has {@code db} open (so closing others checkpoints nothing). */
    public static void whileOpen(Path db, Meanwhile meanwhile) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("SELECT count(*) FROM sqlite_schema");
            meanwhile.run();
        }
    }
}
