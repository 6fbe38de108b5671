package dev.moddesk.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a link shows after its words: where it goes, in short. */
class LinkTargetTest {
    @Test
    void theHostOfAWebLinkTheAddressOfAMailLinkElseTheTargetShortened() {
        assertEquals("casino.example", LinkTarget.shortForm("https://Casino.Example/win?x=1"));
        assertEquals("me@example.org", LinkTarget.shortForm("mailto:me@example.org"));
        assertEquals("javascript:alert(1)", LinkTarget.shortForm("javascript:alert(1)"));
        String longRelative = "/" + "a".repeat(60);
        assertEquals(40, LinkTarget.shortForm(longRelative).length());
        assertTrue(LinkTarget.shortForm(longRelative).endsWith("…"));
    }

    @Test
    void wordsThatSayTheTargetNeedNoRepeat() {
        assertTrue(LinkTarget.saidBy("https://casino.example/win", "https://casino.example/win"));
        assertFalse(LinkTarget.saidBy("https://bank.example", "http://evil.example/steal"), "misleading words");
        assertFalse(LinkTarget.saidBy("my site", "http://casino.example/win"));
    }
}
