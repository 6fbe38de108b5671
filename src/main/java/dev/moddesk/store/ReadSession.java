package dev.moddesk.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A read-only connection of its own and the query objects over it; one thread uses it at a time. */
public final class ReadSession implements AutoCloseable {
    private final Connection connection;
    private final QueuePages pages;
    private final CommentQueries queries;
    private final DeskQueries desk;

    public ReadSession(Database db) {
        this.connection = db.openReader();
        this.pages = new QueuePages(connection);
        this.queries = new CommentQueries(connection);
        this.desk = new DeskQueries(connection);
    }

    public QueuePages pages() {
        return pages;
    }

    public CommentQueries queries() {
        return queries;
    }

    public DeskQueries desk() {
        return desk;
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
