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
 * when its window was shown, when the desk was built in it and when its first row arrived, in milliseconds since
 * the JVM started.
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

    /** Follows the desk's first row when the environment asks for it. */
    static void followIfAsked(ObservableValue<?> firstRow) {
        if (ASKED) {
            new StartTrace(System.err).followFirstRow(firstRow);
        }
    }

    /** Prints that the start reached {@code phase}, when the environment asks for it. */
    static void mark(String phase) {
        if (ASKED) {
            new StartTrace(System.err).print(phase);
        }
    }

    /** Prints the window's first showing and the first non-null value of {@code firstRow}, once each. */
    static void follow(Window window, ObservableValue<?> firstRow, PrintStream out) {
        new StartTrace(out).follow(window, firstRow);
    }

    private void follow(Window window, ObservableValue<?> firstRow) {
        followShowing(window);
        followFirstRow(firstRow);
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

    private void followFirstRow(ObservableValue<?> firstRow) {
        firstRow.addListener(new ChangeListener<Object>() {
            @Override
            public void changed(ObservableValue<?> o, Object was, Object is) {
                if (is != null) {
                    firstRow.removeListener(this);
                    print("first row");
                }
            }
        });
    }

    private void print(String what) {
        out.println("start: " + what + " at " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
    }
}
