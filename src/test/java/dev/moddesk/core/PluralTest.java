package dev.moddesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralTest {
    @Test
    void oneIsSingular_everyOtherCountPlural() {
        assertEquals("1 comment", Plural.count(1, "comment"));
        assertEquals("0 comments", Plural.count(0, "comment"));
        assertEquals("2 audit lines", Plural.count(2, "audit line"));
        assertEquals("decision", Plural.noun(1, "decision"));
        assertEquals("decisions", Plural.noun(1_000_000, "decision"));
    }
}
