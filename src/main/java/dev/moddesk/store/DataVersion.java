package dev.moddesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * SQLite's {@code PRAGMA data_version}, read on a connection of its own: the number changes whenever another
 * connection, in this process or in another, commits. Reading it costs next to nothing and takes no lock.
 * One thread at a time.
 */
public final class DataVersion implements AutoCloseable {
    private final Connection connection;

    public DataVersion(Database db) {
        this.connection = db.openReader();
    }

    public long read() {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA data_version")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot read the database's data version: " + Database.explain(e), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing is best effort
        }
    }
}
