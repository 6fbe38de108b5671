package dev.moddesk.app.triage;

import java.util.Locale;

/**
 * What a set of discussion rules would have done to the comments already decided: how many of the spam and of the
 * approved comments it would have held or disallowed.
 */
public record DryRun(long spam, long approved, long spamHeld, long spamDisallowed, long approvedHeld,
                     long approvedDisallowed, double seconds) {
    public long spamCaught() {
        return spamHeld + spamDisallowed;
    }

    public long approvedCaught() {
        return approvedHeld + approvedDisallowed;
    }

    /** "would have caught 412 spam and 3 approved comments". */
    public String headline() {
        return "would have caught " + count(spamCaught()) + " spam and " + count(approvedCaught()) + " approved "
                + (approvedCaught() == 1 ? "comment" : "comments");
    }

    /** "held 400 spam and 3 approved; disallowed 12 spam and 0 approved (of 5,000 spam and 20,000 approved)". */
    public String details() {
        return "held " + count(spamHeld) + " spam and " + count(approvedHeld) + " approved; disallowed "
                + count(spamDisallowed) + " spam and " + count(approvedDisallowed) + " approved (of "
                + count(spam) + " spam and " + count(approved) + " approved)";
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
