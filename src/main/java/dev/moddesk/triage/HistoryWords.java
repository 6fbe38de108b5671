package dev.moddesk.triage;

import dev.moddesk.triage.KnownComments.Past;

/**
 * An author's earlier decisions in a moderator's words: "author's 3 earlier comments were approved", "an earlier
 * comment from this IP address was marked spam", "earlier comments from the website example.com: 2 approved, 5
 * marked spam".
 */
final class HistoryWords {
    private HistoryWords() {
    }

    static String of(Past p) {
        String verdict = p.spam() == 0 ? "approved" : "marked spam";
        int count = p.spam() == 0 ? p.approved() : p.spam();
        boolean mixed = p.spam() > 0 && p.approved() > 0;
        if (p.key() == KnownComments.Key.EMAIL) {
            if (mixed) {
                return "author's earlier comments: " + p.approved() + " approved, " + p.spam() + " marked spam";
            }
            return count == 1 ? "author's earlier comment was " + verdict
                    : "author's " + count + " earlier comments were " + verdict;
        }
        String from = p.key() == KnownComments.Key.IP ? "from this IP address" : "from the website " + p.value();
        if (mixed) {
            return "earlier comments " + from + ": " + p.approved() + " approved, " + p.spam() + " marked spam";
        }
        return count == 1 ? "an earlier comment " + from + " was " + verdict
                : count + " earlier comments " + from + " were " + verdict;
    }
}
