package dev.moddesk.ui;

import dev.moddesk.ui.background.Background.Lane;
import dev.moddesk.ui.background.Background;
import dev.moddesk.ui.background.OneAtATime;

/**
 * Brings what the window shows up to date with the database after it changed, one refresh at a time: a
 * burst of commits (a sync pushing decision after decision) costs a refresh or two, not a queue of them
 * on the lanes.
 */
final class DeskRefresh {
    private final OneAtATime refreshes;

    /** {@code readAgain} asks the view models to read again; their reads go to the PAGES and INFO lanes. */
    DeskRefresh(Background background, Runnable readAgain) {
        this.refreshes = new OneAtATime(done -> {
            readAgain.run();
            afterQueuedReads(background, done);
        });
    }

    void request() {
        refreshes.request();
    }

    /**
     * Each lane runs its work in order, so a marker queued behind the refresh's reads comes back after them.
     * PAGES first: the rows landing there ask for the detail on INFO, before the INFO marker is queued.
     */
    private static void afterQueuedReads(Background background, Runnable done) {
        background.run(Lane.PAGES, () -> null,
                pages -> background.run(Lane.INFO, () -> null, info -> done.run(), e -> done.run()),
                e -> done.run());
    }
}
