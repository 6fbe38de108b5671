package dev.moddesk.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Starting a browser: one way after another, and a word of why when none worked, never silence. */
class BrowserStartTest {

    @Test
    void theFirstWayThatWorksIsTheOnlyOneTried() {
        List<String> tried = new ArrayList<>();
        BrowserStart b = new BrowserStart(List.of(url -> {
            tried.add("desktop");
            throw new UnsupportedOperationException("the desktop offers no browser to Java");
        }, url -> tried.add("xdg-open " + url), url -> tried.add("third")));
        assertNull(b.openNow("https://example.test/#comment-3"));
        assertEquals(List.of("desktop", "xdg-open https://example.test/#comment-3"), tried);
    }

    @Test
    void whenNoWayStartsABrowser_theReasonsAreHandedOn() throws Exception {
        BrowserStart b = new BrowserStart(List.of(url -> {
            throw new UnsupportedOperationException("the desktop offers no browser to Java");
        }, url -> {
            throw new IOException("xdg-open found no browser (exit status 3)");
        }));
        CompletableFuture<String> why = new CompletableFuture<>();
        b.open("https://example.test/", why::complete);
        String said = why.get(5, TimeUnit.SECONDS);
        assertTrue(said.contains("the desktop offers no browser") && said.contains("exit status 3"), said);
    }
}
