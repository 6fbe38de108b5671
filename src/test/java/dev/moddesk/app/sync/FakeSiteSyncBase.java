package dev.moddesk.app.sync;

import dev.moddesk.site.FakeWordPress;
import dev.moddesk.site.RetryPolicy;
import dev.moddesk.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A database that has pulled a fake WordPress of three comments (two held, one approved), and sync runs on it. */
abstract class FakeSiteSyncBase {
    private static final RetryPolicy FAST = new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(10));

    @TempDir
    Path dir;
    Path file;
    FakeWordPress wp;
    Database db;
    Sync sync;

    @BeforeEach
    void pulled() throws Exception {
        wp = new FakeWordPress().comment(1, 1, "hold").comment(2, 1, "hold").comment(3, 1, "approved");
        file = dir.resolve("t.db");
        db = Database.open(file);
        sync = new Sync(db, FAST);
        run(true, false);
    }

    @AfterEach
    void close() {
        db.close();
        wp.close();
    }

    SyncSummary run(boolean pull, boolean push) {
        return sync.run(new SyncRequest(wp.url(), FakeWordPress.USER, FakeWordPress.PASSWORD, pull, push),
                SyncProgress.NONE, () -> false);
    }
}
