package dev.moddesk.site;

import dev.moddesk.app.sync.Sync;
import dev.moddesk.app.sync.SyncRequest;
import dev.moddesk.app.sync.SyncSummary;
import dev.moddesk.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real WordPress test site (src/test/wordpress/wp-test-site.sh), started once per class and re-seeded with the
 * deterministic corpus (20 posts, 500 comments) before each test, and a fresh database that syncs with it.
 */
@Tag("wordpress")
abstract class WordPressSiteBase {
    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(500));
    static WordPressTestSite site;

    @TempDir
    Path dir;
    Path file;
    Database db;
    Sync sync;

    @BeforeAll
    static void startWordPress() {
        site = WordPressTestSite.forCheckout("it");
    }

    @AfterAll
    static void stopWordPress() {
        if (site != null) {
            site.stop();
        }
    }

    @BeforeEach
    void fresh() {
        site.start(20, 500, true);
        file = dir.resolve("desk.db");
        db = Database.open(file);
        sync = new Sync(db, QUICK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    SyncSummary sync(boolean pull, boolean push) {
        return sync.run(new SyncRequest(site.url(), site.user(), site.appPassword(), pull, push), (p, d, t) -> { },
                () -> false);
    }
}
