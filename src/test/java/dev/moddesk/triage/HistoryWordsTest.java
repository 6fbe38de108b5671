package dev.moddesk.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moddesk.triage.KnownComments.Key;
import dev.moddesk.triage.KnownComments.Past;
import org.junit.jupiter.api.Test;

class HistoryWordsTest {
    @Test
    void countsAreWordedAsAModeratorSaysThem() {
        assertEquals("author's 3 earlier comments were approved", HistoryWords.of(new Past(Key.EMAIL, "a@x.org", 3, 0)));
        assertEquals("author's earlier comment was marked spam", HistoryWords.of(new Past(Key.EMAIL, "a@x.org", 0, 1)));
        assertEquals("author's earlier comments: 2 approved, 5 marked spam",
                HistoryWords.of(new Past(Key.EMAIL, "a@x.org", 2, 5)));
        assertEquals("4 earlier comments from this IP address were marked spam",
                HistoryWords.of(new Past(Key.IP, "192.0.2.1", 0, 4)));
        assertEquals("an earlier comment from the website shop.example.com was approved",
                HistoryWords.of(new Past(Key.SITE, "shop.example.com", 1, 0)));
    }
}
