package dev.moddesk.triage;

import dev.moddesk.triage.KnownComments.Past;

/** An author's earlier decisions in a moderator's words: "author's 3 earlier comments were approved". */
final class HistoryWords {
    private HistoryWords() {
    }

    static String of(Past p) {
        String whose;
        switch (p.key()) {
            case EMAIL: whose = "author's"; break;
            case IP: whose = "this IP address's"; break;
            default: whose = "the website " + p.value() + "'s";
        }
        if (p.spam() == 0) {
            return p.approved() == 1 ? whose + " earlier comment was approved"
                    : whose + " " + p.approved() + " earlier comments were approved";
        }
        if (p.approved() == 0) {
            return p.spam() == 1 ? whose + " earlier comment was marked spam"
                    : whose + " " + p.spam() + " earlier comments were marked spam";
        }
        return whose + " earlier comments: " + p.approved() + " approved, " + p.spam() + " marked spam";
    }
}
