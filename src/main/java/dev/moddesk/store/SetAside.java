package dev.moddesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A trigger set aside within the caller's transaction, so that a set-wise statement does in one pass what the
 * trigger would do row by row (a bulk decision adjusts the counts with one GROUP BY instead of 200,000 upserts).
 * {@link #restore} puts it back before the transaction ends; if the transaction fails, its rollback does.
 */
final class SetAside implements AutoCloseable {
    private final Connection c;
    private final String sql;
    private boolean restored;

    private SetAside(Connection c, String sql) {
        this.c = c;
        this.sql = sql;
    }

    /** Drops trigger {@code name}, keeping its definition. */
    static SetAside trigger(Connection c, String name) throws SQLException {
        String sql;
        try (PreparedStatement ps = c.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("the database lacks its trigger " + name + "; it may be damaged");
                }
                sql = rs.getString(1);
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER \"" + name + "\"");
        }
        return new SetAside(c, sql);
    }

    /** Puts the trigger back (once). */
    void restore() throws SQLException {
        if (!restored) {
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            }
            restored = true;
        }
    }

    @Override
    public void close() throws SQLException {
        restore();
    }
}
