package dev.moddesk.triage;

import dev.moddesk.triage.KnownComments.Past;

/**
 * An author's other decisions in a moderator's words: "3 other comments by this author were approved", "another
 * comment from this IP address was marked spam", "other comments from the website example.com: 2 approved, 5 marked
 * spam". Not "earlier": the decisions count whenever their comments were written, also after this one.
 */
final class HistoryWords {
    private HistoryWords() {
    }

    static String of(Past p) {
        String verdict = p.spam() == 0 ? "approved" : "marked spam";
        int count = p.spam() == 0 ? p.approved() : p.spam();
        boolean mixed = p.spam() > 0 && p.approved() > 0;
        String from = switch (p.key()) {
            case EMAIL -> "by this author";
            case IP -> "from this IP address";
            default -> "from the website " + p.value();
        };
        if (mixed) {
            return "other comments " + from + ": " + p.approved() + " approved, " + p.spam() + " marked spam";
        }
        return count == 1 ? "another comment " + from + " was " + verdict
                : count + " other comments " + from + " were " + verdict;
    }
}
