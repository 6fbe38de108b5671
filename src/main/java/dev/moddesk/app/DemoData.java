package dev.moddesk.app;

import dev.moddesk.formats.ImportSink;

/** Placeholder: a deterministic, realistic demo site. */
public final class DemoData {
    public static final int DEFAULT_COMMENTS = 3_000;
    public static final long DEFAULT_SEED = 1;
    public static final String SITE_URL = "https://demo.moddesk.invalid";

    private final long seed;
    private final int comments;

    public DemoData(long seed, int comments) {
        this.seed = seed;
        this.comments = comments;
    }

    public void generate(ImportSink sink) {
        sink.site(SITE_URL, "ModDesk demo: Defence Weekly");
    }
}
