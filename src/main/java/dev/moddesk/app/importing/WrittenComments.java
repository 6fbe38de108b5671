package dev.moddesk.app.importing;

import dev.moddesk.core.Comment;
import dev.moddesk.store.MergeOutcome;

/**
 * Hears each comment an import writes, on the writer's thread (so it must hand the work on, not do it), with what
 * the merge did with it. The spam triage listens to judge the new comments while the import is still writing.
 */
public interface WrittenComments {
    WrittenComments NONE = (comment, outcome) -> { };

    void written(Comment comment, MergeOutcome outcome);

    /** The file's transaction was rolled back (an error or a cancel): what was heard since it began is not there. */
    default void rolledBack() {
    }
}
