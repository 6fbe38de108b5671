package dev.moddesk.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that waits until a scene has been laid out and handed to the renderer once: its window is on screen. */
final class FirstFrame {
    private FirstFrame() {
    }

    /** Runs {@code work} on the FX thread after {@code scene}'s next pulse. */
    static void then(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
