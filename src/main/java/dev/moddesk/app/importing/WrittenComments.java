package dev.moddesk.app.importing;

import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentMeta;
import dev.moddesk.store.ImportWriter;
import dev.moddesk.store.MergeOutcome;
import java.util.List;

/**
 * Hears each comment an import writes, on the writer's thread (so it must hand the work on, not do it), with what
 * the merge did with it. The spam triage listens to judge the new comments while the import is still writing, and
 * writes their verdicts with the file's own transaction.
 */
public interface WrittenComments {
    WrittenComments NONE = (comment, outcome, id) -> { };

    /** {@code comment} was written as the store's comment {@code id}. */
    void written(Comment comment, MergeOutcome outcome, long id);

    /** The site's meta of the comment last {@link #written} was written with it. */
    default void metaWritten(List<CommentMeta> meta) {
    }

    /** The file is all written and its transaction is about to commit: what {@code writer} writes commits with it. */
    default void beforeCommit(ImportWriter writer) {
    }

    /** The file's transaction was committed. */
    default void committed() {
    }

    /** The file's transaction was rolled back (an error or a cancel): what was heard since it began is not there. */
    default void rolledBack() {
    }
}
