package dev.moddesk.app.sync;

import dev.moddesk.core.Comment;
import dev.moddesk.formats.ImportException;
import dev.moddesk.formats.RestComment;
import dev.moddesk.formats.RestMapping;
import dev.moddesk.formats.UnknownGmtDates;
import dev.moddesk.store.ImportWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Brings what a pull reads into the store with the rules and code of a file import (one {@link ImportWriter},
 * one transaction), counting what changed. On the sync's own thread only: the store has one writer.
 */
final class PullMerge {
    private final ImportWriter writer;
    private final List<String> warnings;
    private final UnknownGmtDates unknownGmt = new UnknownGmtDates();
    private final Set<Long> postIds = new LinkedHashSet<>();
    private long pulled;
    private long inserted;
    private long updated;
    private long conflicts;
    private long gone;

    PullMerge(ImportWriter writer, List<String> warnings) {
        this.writer = writer;
        this.warnings = warnings;
    }

    /** Merges one comment as the site has it; one the mapping refuses is skipped with a warning. */
    void merge(RestComment rest) {
        Optional<Comment> comment;
        try {
            comment = RestMapping.comment(rest, warnings::add, unknownGmt);
        } catch (ImportException e) {
            skipped(e.describe());
            return;
        }
        comment.ifPresent(c -> {
            pulled++;
            switch (writer.comment(c)) {
                case INSERTED -> inserted++;
                case UPDATED -> updated++;
                case CONFLICT -> {
                    updated++;
                    conflicts++;
                }
                case UNCHANGED -> { }
            }
            postIds.add(c.postId());
        });
    }

    /** A comment the site sent that could not be read ({@code why} names it). */
    void skipped(String why) {
        warnings.add(why + " (skipped)");
    }

    /** The site proved the comment gone (404, sync rule 5 in the README). */
    void gone(long remoteId) {
        if (writer.markGone(remoteId)) {
            gone++;
        }
    }

    /** The site's post ids of the comments merged so far, in the order first seen. */
    Set<Long> postIds() {
        return postIds;
    }

    /** Gives the one warning about comments without a GMT date, and the counts. */
    PullCounts finish() {
        unknownGmt.warning().ifPresent(warnings::add);
        return new PullCounts(pulled, inserted, updated, conflicts, gone);
    }
}
