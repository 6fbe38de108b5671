package dev.moddesk.formats;

/** The export formats ModDesk reads; {@link #word()} is what {@code import --json} reports. */
public enum ImportFormat {
    WXR("wxr"), REST_JSON("rest-json"), DISQUS("disqus");

    private final String word;

    ImportFormat(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
