package dev.moddesk.ui.dialogs;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.HostServices;

/**
 * Starts the system's browser on an address, off the JavaFX thread, trying one way after another; when none
 * starts one, says why ({@code failed}), so the desk can tell the moderator instead of doing nothing.
 * JavaFX's {@code HostServices.showDocument} gives no word of failure (on Linux it tries a list of browsers
 * and drops their errors), so it comes last and only off Linux, where nothing else reached a browser.
 */
final class BrowserStart {
    /** One way to start a browser; throws when it did not. */
    @FunctionalInterface
    interface Launcher {
        void open(String url) throws Exception;
    }

    private final List<Launcher> launchers;

    BrowserStart(List<Launcher> launchers) {
        this.launchers = List.copyOf(launchers);
    }

    /** The desktop's own way, then {@code xdg-open}, then (not on Linux) JavaFX's host services. */
    static BrowserStart forThisSystem(HostServices host) {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        Launcher desktop = url -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                throw new UnsupportedOperationException("the desktop offers no browser to Java");
            }
            Desktop.getDesktop().browse(URI.create(url));
        };
        Launcher xdgOpen = BrowserStart::xdgOpen;
        return host == null || linux ? new BrowserStart(List.of(desktop, xdgOpen))
                : new BrowserStart(List.of(desktop, xdgOpen, host::showDocument));
    }

    /** {@code xdg-open URL}, which says by its exit status whether it found a browser. */
    private static void xdgOpen(String url) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("xdg-open", url).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() != 0) {
            throw new IOException("xdg-open found no browser (exit status " + p.exitValue() + ")");
        }
    }

    /** Tries the ways on a thread of its own; {@code failed} gets the reasons when none worked (on that thread). */
    void open(String url, Consumer<String> failed) {
        Thread t = new Thread(() -> {
            String why = openNow(url);
            if (why != null) {
                failed.accept(why);
            }
        }, "moddesk-browser");
        t.setDaemon(true);
        t.start();
    }

    /** Tries each way in turn; null once one worked, else why none did. */
    String openNow(String url) {
        StringBuilder why = new StringBuilder();
        for (Launcher l : launchers) {
            try {
                l.open(url);
                return null;
            } catch (Exception | LinkageError e) {
                why.append(why.length() == 0 ? "" : "; ").append(e.getMessage() == null
                        ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        return why.length() == 0 ? "no way to start a browser" : why.toString();
    }
}
