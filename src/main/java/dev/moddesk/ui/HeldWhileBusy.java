package dev.moddesk.ui;

import javafx.beans.value.ObservableValue;

/**
 * Holds requests back while some work of this window runs, and passes one on when it stops, whatever its end: the
 * window's own import commits half-way (its comments, then their scores), and reading in between shows the half.
 * FX thread only.
 */
final class HeldWhileBusy implements Runnable {
    private final ObservableValue<Boolean> busy;
    private final Runnable request;
    private boolean held;

    HeldWhileBusy(ObservableValue<Boolean> busy, Runnable request) {
        this.busy = busy;
        this.request = request;
        busy.addListener((o, was, now) -> {
            if (!now && held) {
                held = false;
                request.run();
            }
        });
    }

    @Override
    public void run() {
        if (busy.getValue()) {
            held = true;
        } else {
            request.run();
        }
    }
}
