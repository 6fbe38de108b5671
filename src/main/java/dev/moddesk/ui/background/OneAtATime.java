package dev.moddesk.ui.background;

/**
 * Background work that runs one at a time: asked for while it runs, it runs once more when it has finished,
 * however many times it was asked meanwhile. Lives on the FX thread.
 */
public final class OneAtATime {
    /** The work; it calls {@code done} (on the FX thread) once it has finished, whether or not it failed. */
    public interface Work {
        void start(Runnable done);
    }

    private final Work work;
    private boolean running;
    private boolean again;

    public OneAtATime(Work work) {
        this.work = work;
    }

    public void request() {
        if (running) {
            again = true;
            return;
        }
        running = true;
        work.start(this::finished);
    }

    private void finished() {
        running = false;
        if (again) {
            again = false;
            request();
        }
    }
}
