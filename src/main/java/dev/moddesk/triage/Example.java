package dev.moddesk.triage;

import java.util.Objects;

/** A decided comment to learn from: approved is ham ({@code spam} false), marked spam is spam. */
public record Example(CommentFacts facts, boolean spam) {
    public Example {
        Objects.requireNonNull(facts, "facts");
    }
}
