package dev.moddesk.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moddesk.triage.KnownComments.Key;
import dev.moddesk.triage.KnownComments.Past;
import org.junit.jupiter.api.Test;

class HistoryWordsTest {
    @Test
    void countsAreWordedAsAModeratorSaysThem() {
        assertEquals("3 other comments by this author were approved", HistoryWords.of(new Past(Key.EMAIL, "a@x.org", 3, 0)));
        assertEquals("another comment by this author was marked spam", HistoryWords.of(new Past(Key.EMAIL, "a@x.org", 0, 1)));
        assertEquals("other comments by this author: 2 approved, 5 marked spam",
                HistoryWords.of(new Past(Key.EMAIL, "a@x.org", 2, 5)));
        assertEquals("4 other comments from this IP address were marked spam",
                HistoryWords.of(new Past(Key.IP, "192.0.2.1", 0, 4)));
        assertEquals("another comment from the website shop.example.com was approved",
                HistoryWords.of(new Past(Key.SITE, "shop.example.com", 1, 0)));
    }
}
