package dev.moddesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Numbered schema migrations, applied at open in one transaction. {@code PRAGMA user_version} holds the
 * number of the last one applied; a database with a higher number comes from a newer ModDesk, one with a
 * negative number from no ModDesk at all: both are refused untouched.
 */
final class Migrations {
    /** In order; migration N is the N-th entry. Never edit one that has shipped: add a new one. */
    static final List<String> SCRIPTS = List.of("001-initial.sql", "002-desk.sql", "003-sync.sql",
            "004-reports.sql", "005-filters.sql", "006-group-kinds.sql", "007-typed-outbox.sql",
            "008-edits-and-replies.sql", "009-triage.sql", "010-pings.sql", "011-triage-texts.sql",
            "012-stale-verdicts.sql");

    static final int LATEST = SCRIPTS.size();

    private Migrations() {
    }

    /** Refuses a schema version this ModDesk cannot migrate; reads only, so the file stays as it was. */
    static void refuseUnknown(Connection connection, String where) throws SQLException {
        int current = userVersion(connection);
        if (current < 0) {
            throw new StoreException(where + ": schema version " + current + " was not written by ModDesk (its versions "
                    + "run from 1 to " + LATEST + "); it was left untouched. Check that this is the right file.");
        }
        if (current > LATEST) {
            throw new StoreException(where + ": this database was written by a newer ModDesk (schema " + current
                    + ", this version knows up to " + LATEST + "); it was left untouched. Update ModDesk to open it.");
        }
    }

    static void apply(Connection connection, String where) throws SQLException {
        refuseUnknown(connection, where);
        int current = userVersion(connection);
        if (current == LATEST) {
            return;
        }
        Transactions.inTransaction(connection, where + ": cannot bring the schema up to date", () -> {
            try (Statement st = connection.createStatement()) {
                for (int n = current + 1; n <= LATEST; n++) {
                    for (String sql : SqlScript.split(read(SCRIPTS.get(n - 1)))) {
                        st.execute(sql);
                    }
                }
                st.execute("PRAGMA user_version = " + LATEST);
            }
            return null;
        });
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }
}
