package dev.moddesk.triage;

/** Where WordPress's discussion rules would put a new comment. */
public enum RuleOutcome {
    /** Approved straight away. */
    PASS,
    /** Held for moderation (pending). */
    HOLD,
    /** A disallowed key: WordPress puts it in the trash, or in spam when the site has EMPTY_TRASH_DAYS set to 0. */
    DISALLOWED
}
