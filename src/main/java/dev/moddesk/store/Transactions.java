package dev.moddesk.store;

import java.sql.Connection;
import java.sql.SQLException;

/** The one way the store runs a transaction: all of the work or none of it, and a clear message when it fails. */
final class Transactions {
    /** Work inside a transaction. */
    interface Work<T> {
        T run() throws SQLException;
    }

    /** An SQL failure deep inside a transaction's work, carried out to {@link #inTransaction} to be explained. */
    static final class Failure extends RuntimeException {
        Failure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /** Runs {@code work}, turning its SQL failure into a {@link Failure}. */
    static <T> T unchecked(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new Failure(e);
        }
    }

    private Transactions() {
    }

    /** Runs {@code work} in one transaction on {@code c}; on failure rolls back and throws "{@code what}: why". */
    static <T> T inTransaction(Connection c, String what, Work<T> work) {
        try {
            c.setAutoCommit(false);
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly(c);
            throw new StoreException(what + ": " + Database.explain(e), e);
        } catch (Failure e) {
            rollbackQuietly(c);
            throw new StoreException(what + ": " + Database.explain(e.getCause()), e.getCause());
        } catch (RuntimeException | Error e) {
            rollbackQuietly(c);
            throw e;
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is closing
            }
        }
    }

    /** Rolls back what is open on {@code c}, if anything: for work that ends in an error anyway. */
    static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // nothing left to roll back
        }
    }
}
