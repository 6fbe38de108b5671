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
 * when its window was shown and when its first row arrived, in milliseconds since the JVM started.
 */
final class StartTrace {
    private final PrintStream out;

    private StartTrace(PrintStream out) {
        this.out = out;
    }

    /** Follows {@code window} and {@code firstRow} when the environment asks for it. */
    static void followIfAsked(Window window, ObservableValue<?> firstRow) {
        if (System.getenv("MODDESK_START_TRACE") != null) {
            new StartTrace(System.err).follow(window, firstRow);
        }
    }

    /** Prints the window's first showing and the first non-null value of {@code firstRow}, once each. */
    static void follow(Window window, ObservableValue<?> firstRow, PrintStream out) {
        new StartTrace(out).follow(window, firstRow);
    }

    private void follow(Window window, ObservableValue<?> firstRow) {
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<WindowEvent>() {
            @Override
            public void handle(WindowEvent e) {
                window.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                print("window shown");
            }
        });
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
