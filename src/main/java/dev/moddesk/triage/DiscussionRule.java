package dev.moddesk.triage;

/** One of WordPress's discussion rules, as a dry run names what each would have caught. */
public enum DiscussionRule {
    // the keys first: what a moderator types, and what a dry run is mostly run for
    DISALLOWED_KEYS("disallowed keys"),
    MODERATION_KEYS("moderation keys"),
    MAX_LINKS("too many links"),
    PREVIOUSLY_APPROVED("a previously approved comment required"),
    NAME_AND_EMAIL("name and email required");

    private final String words;

    DiscussionRule(String words) {
        this.words = words;
    }

    /** As the settings call it: "moderation keys". */
    public String words() {
        return words;
    }
}
