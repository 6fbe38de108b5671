package dev.moddesk.app;

import dev.moddesk.store.DataVersion;

/**
 * Whether the database changed since the last look: a commit by any other connection, in another process
 * (the command line, a second desk) or in this one (the desk's own writer). Has a connection of its own;
 * call it from one thread.
 */
public final class ChangeWatch implements AutoCloseable {
    private final DataVersion version;
    private long seen;

    ChangeWatch(DataVersion version) {
        this.version = version;
        this.seen = version.read();
    }

    /** True once for each look that finds commits made since the previous one. */
    public boolean changed() {
        long now = version.read();
        boolean changed = now != seen;
        seen = now;
        return changed;
    }

    @Override
    public void close() {
        version.close();
    }
}
