package dev.moddesk.triage;

/** How a discussion key matches a comment's fields. */
public enum MatchMode {
    /** Exactly as WordPress: the key anywhere, as literal text, case-insensitive ("ass" matches "class"). */
    WORDPRESS("Anywhere, as WordPress does"),
    /** The key as literal text, not inside a longer word ("ass" does not match "class"). */
    WHOLE_WORD("Whole words only"),
    /** Each line is a regular expression (Java syntax), case-insensitive. */
    REGEX("Regular expressions");

    private final String label;

    MatchMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
