package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class HeldWhileBusyTest {
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final AtomicInteger requests = new AtomicInteger();
    private final HeldWhileBusy held = new HeldWhileBusy(busy, requests::incrementAndGet);

    @Test
    void whenIdle_aRequestPassesAtOnce() {
        held.run();
        held.run();
        assertEquals(2, requests.get());
    }

    @Test
    void whileBusy_requestsWait_andOnePassesWhenTheWorkStops() {
        busy.set(true);
        held.run();
        held.run();
        assertEquals(0, requests.get());
        busy.set(false);
        assertEquals(1, requests.get());
    }

    @Test
    void workThatStopsWithNoRequestMeanwhile_passesNone() {
        busy.set(true);
        busy.set(false);
        busy.set(true);
        busy.set(false);
        assertEquals(0, requests.get());
    }

    @Test
    void aHeldRequestPassesOnlyOnce_evenOverSeveralRuns() {
        busy.set(true);
        held.run();
        busy.set(false);
        busy.set(true);
        busy.set(false);
        assertEquals(1, requests.get());
    }
}
