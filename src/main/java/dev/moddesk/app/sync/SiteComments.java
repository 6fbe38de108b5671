package dev.moddesk.app.sync;

import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentText;
import dev.moddesk.formats.RestComment;
import dev.moddesk.formats.RestMapping;
import dev.moddesk.formats.UnknownGmtDates;
import dev.moddesk.site.SiteException;

/** A comment the site answered with, read as a pull reads it (the same normalisation), for edit and reply pushes. */
final class SiteComments {
    private SiteComments() {
    }

    static Comment read(RestComment rest) {
        return RestMapping.comment(rest, warning -> { }, new UnknownGmtDates()).orElseThrow(() ->
                new SiteException("the site answered with comment " + rest.id() + ", which is not one ModDesk keeps"));
    }

    static CommentText text(Comment c) {
        return new CommentText(c.content(), c.author(), c.email(), c.url());
    }
}
