package dev.moddesk.ui;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * For measuring the start (README, Benchmarks): with {@code MODDESK_START_TRACE} set, the desk prints on stderr
 * when its window was shown, when the desk was built in it, when its first row arrived and when the window was
 * first laid out with it (what the moderator sees: handed to the renderer), in milliseconds since the JVM started.
 */
final class StartTrace {
    private static final boolean ASKED = System.getenv("MODDESK_START_TRACE") != null;
    private final PrintStream out;

    private StartTrace(PrintStream out) {
        this.out = out;
    }

    /** Follows {@code window}'s first showing when the environment asks for it. */
    static void followIfAsked(Window window) {
        if (ASKED) {
            new StartTrace(System.err).followShowing(window);
        }
    }

    /** Follows the desk's first row in {@code window} when the environment asks for it. */
    static void followIfAsked(Window window, ObservableValue<?> firstRow) {
        if (ASKED) {
            new StartTrace(System.err).followFirstRow(window, firstRow);
        }
    }

    /** Prints that the start reached {@code phase}, when the environment asks for it. */
    static void mark(String phase) {
        if (ASKED) {
            new StartTrace(System.err).print(phase);
        }
    }

    /**
     * Prints the window's first showing, the first non-null value of {@code firstRow} and the window's next layout
     * after it, once each.
     */
    static void follow(Window window, ObservableValue<?> firstRow, PrintStream out) {
        StartTrace trace = new StartTrace(out);
        trace.followShowing(window);
        trace.followFirstRow(window, firstRow);
    }

    private void followShowing(Window window) {
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<WindowEvent>() {
            @Override
            public void handle(WindowEvent e) {
                window.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                print("window shown");
            }
        });
    }

    private void followFirstRow(Window window, ObservableValue<?> firstRow) {
        firstRow.addListener(new ChangeListener<Object>() {
            @Override
            public void changed(ObservableValue<?> o, Object was, Object is) {
                if (is != null) {
                    firstRow.removeListener(this);
                    print("first row");
                    FirstFrame.then(window.getScene(), () -> print("first row drawn"));
                }
            }
        });
    }

    private void print(String what) {
        out.println("start: " + what + " at " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
    }
}
