package dev.moddesk.triage;

/** One of WordPress's discussion rules, as a dry run names what each would have caught. */
public enum DiscussionRule {
    NAME_AND_EMAIL("name and email required"),
    MAX_LINKS("too many links"),
    MODERATION_KEYS("moderation keys"),
    PREVIOUSLY_APPROVED("a previously approved comment required"),
    DISALLOWED_KEYS("disallowed keys");

    private final String words;

    DiscussionRule(String words) {
        this.words = words;
    }

    /** As the settings call it: "moderation keys". */
    public String words() {
        return words;
    }
}
