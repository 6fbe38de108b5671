package dev.moddesk.store;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How the writer waits while another connection writes (SQLite allows one writer at a time): for how long
 * before it gives up, and whom it tells, once the wait has become noticeable, that it is waiting (the command
 * line prints a line, the desk shows a "waiting" state). Told again every so often while the wait lasts.
 */
public record LockWait(Duration limit, Duration noticeAfter, Consumer<Duration> waiting) {
    /** Ten minutes, silently: long imports hold the write lock for seconds to a minute. */
    public static final LockWait PATIENT = new LockWait(Duration.ofMinutes(10), Duration.ofSeconds(2), soFar -> { });

    public LockWait withNotice(Duration after, Consumer<Duration> waiting) {
        return new LockWait(limit, after, waiting);
    }

    public LockWait withLimit(Duration newLimit) {
        return new LockWait(newLimit, noticeAfter, waiting);
    }
}
