package dev.moddesk.store;

import java.time.Duration;
import org.sqlite.BusyHandler;

/**
 * SQLite's busy handler for the writer: retries every few milliseconds while another connection holds the write
 * lock, tells {@link LockWait#waiting} about a wait that lasts, and gives up (SQLITE_BUSY) after the limit.
 */
final class WaitingBusyHandler extends BusyHandler {
    private static final long TELL_EVERY_NANOS = 250_000_000L;

    private final LockWait wait;
    private long startedAt;
    private long toldAt;

    WaitingBusyHandler(LockWait wait) {
        this.wait = wait;
    }

    @Override
    protected int callback(int previousCalls) {
        long now = System.nanoTime();
        if (previousCalls == 0) {
            startedAt = now;
            toldAt = 0;
        }
        long waited = now - startedAt;
        if (waited > wait.limit().toNanos()) {
            return 0;
        }
        if (waited >= wait.noticeAfter().toNanos() && now - toldAt >= TELL_EVERY_NANOS) {
            toldAt = now;
            wait.waiting().accept(Duration.ofNanos(waited));
        }
        try {
            Thread.sleep(previousCalls < 20 ? 2 : 20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        return 1;
    }
}
