package dev.moddesk.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.triage.AuthorChecks.Validity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one check of each author field: the detail pane's marks, the queue's IP look-up and the REST push use it. */
class AuthorChecksTest {
    @Test
    void validityMarks() {
        assertEquals(Validity.VALID, AuthorChecks.email("alice@example.com"));
        assertEquals(Validity.INVALID, AuthorChecks.email("not-an-email"));
        assertEquals(Validity.EMPTY, AuthorChecks.email(""));
        assertEquals(Validity.VALID, AuthorChecks.url("https://alice.example.com/x?y=1"));
        assertEquals(Validity.INVALID, AuthorChecks.url("javascript:alert(1)"));
        assertEquals(Validity.VALID, AuthorChecks.ip("2001:db8::1"));
        assertEquals(Validity.VALID, AuthorChecks.ip(" 192.0.2.1 "), "a mark forgives the spaces around");
        assertEquals(Validity.INVALID, AuthorChecks.ip("999.1.1.1"));
        assertEquals(Validity.EMPTY, AuthorChecks.ip(null));
    }

    @Test
    void ipAddressesAreRecognisedWithoutLookups() {
        for (String ip : List.of("192.0.2.1", "0.0.0.0", "255.255.255.255", "2001:db8::1", "::1", "::",
                "2001:db8:d5f1:938e::39b2", "::ffff:192.0.2.1", "2001:DB8::A")) {
            assertTrue(AuthorChecks.isIpAddress(ip), ip);
        }
        for (String no : List.of("", "example.com", "localhost", "300.1.1.1", "999.1.1.1", "1.2.3", "1.2.3.4.5",
                "unknown", "dead:beef", "1::2::3", "1:2:3:4:5:6:7:8:9", " 192.0.2.1")) {
            assertFalse(AuthorChecks.isIpAddress(no), no);
        }
        assertFalse(AuthorChecks.isIpAddress(null));
    }
}
