package dev.moddesk.triage;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A decided comment's text as near-duplicates are found by: a key of its exact normalised text and the MinHash
 * signature of its shingles ({@code signature} null: no text to compare). Working it out reads the whole text; it
 * depends on the text alone, so it is worked out once per comment and kept (the store's cache of them), and a later
 * triage reads 136 bytes a comment instead of analysing its text again.
 */
public record TextPrint(long exact, int[] signature) {
    /**
     * What a kept print was worked out by: a print of another version is worked out again. Follows the features'
     * version (a change of the normalised text comes with one) and this class's own changes.
     */
    public static final int VERSION = Analysis.FEATURES_VERSION * 100 + 1;

    public TextPrint {
        if (signature != null && signature.length != NearDuplicates.HASHES) {
            throw new IllegalArgumentException("a signature has " + NearDuplicates.HASHES + " hashes");
        }
    }

    public static TextPrint of(CommentFacts c) {
        return of(Analysis.known(c).dupText);
    }

    static TextPrint of(String dupText) {
        return new TextPrint(NearDuplicates.exactKey(dupText), NearDuplicates.signature(dupText));
    }

    /** The prints of {@code comments}, in their order, on every core (each is independent). */
    public static List<TextPrint> all(List<CommentFacts> comments) {
        return comments.parallelStream().map(TextPrint::of).collect(Collectors.toList());
    }
}
