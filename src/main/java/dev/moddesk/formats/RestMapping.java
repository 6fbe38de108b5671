package dev.moddesk.formats;

import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.Post;
import dev.moddesk.core.Status;
import java.time.DateTimeException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one mapping of WordPress REST objects to {@link Comment} and {@link Post}, with the normalisation every
 * source shares ({@link FieldNormaliser}, sync rule 7 in the README): a file of REST JSON and a pull from a live site
 * bring a comment in alike.
 */
public final class RestMapping {
    private RestMapping() {
    }

    /**
     * The comment a REST comment object describes, as a pull reads it ({@code comment ID} names it in messages).
     * See {@link #comment(RestComment, String, int, int, Consumer, UnknownGmtDates)}.
     */
    public static Optional<Comment> comment(RestComment c, Consumer<String> warnings, UnknownGmtDates unknownGmt) {
        return comment(c, "comment " + c.id(), -1, -1, warnings, unknownGmt);
    }

    /**
     * The comment a REST comment object describes. Empty for a {@code note} entry and for a comment skipped on
     * purpose (content over {@link FieldNormaliser#MAX_CONTENT}, reported to {@code warnings}). An object that
     * does not describe a comment (unknown status, no content, a date that is not one) throws
     * {@link ImportException} at {@code file}, {@code line} and {@code column} (-1: no place). A comment without
     * a GMT date is counted in {@code unknownGmt}, whose one warning the caller gives at the end.
     */
    public static Optional<Comment> comment(RestComment c, String file, int line, int column,
                                            Consumer<String> warnings, UnknownGmtDates unknownGmt) {
        if (c.isNote()) {
            return Optional.empty();
        }
        Optional<Status> status = Status.fromSite(c.status());
        if (status.isEmpty()) {
            throw new ImportException(file, line, column, "comment " + c.id() + ": unknown status '" + c.status() + "'",
                    null);
        }
        String raw = c.content();
        if (raw == null) {
            throw new ImportException(file, line, column, "comment " + c.id() + " has no content", null);
        }
        if (raw.length() > FieldNormaliser.MAX_CONTENT) {
            warnings.accept(file + (line > 0 ? ":" + line : "") + ": comment " + c.id() + " skipped: its content is "
                    + raw.length() + " characters, over the limit of " + FieldNormaliser.MAX_CONTENT);
            return Optional.empty();
        }
        long date;
        try {
            date = WpDates.commentDate("date_gmt", c.dateGmt(), "date", c.date(),
                    () -> unknownGmt.add(line > 0 ? file + ":" + line + ": comment " + c.id() : file));
        } catch (DateTimeException e) {
            throw new ImportException(file, line, column, "comment " + c.id() + ": " + e.getMessage(), null);
        }
        return Optional.of(new Comment(c.id(), c.post(), c.parent(),
                FieldNormaliser.author(c.authorName()),
                FieldNormaliser.plain(c.authorEmail()),
                FieldNormaliser.url(c.authorUrl()),
                FieldNormaliser.plain(c.authorIp()),
                FieldNormaliser.agent(c.authorUserAgent()),
                c.author(), date, CommentType.fromSite(c.type()), FieldNormaliser.content(raw), status.get()));
    }

    /** A post or page; its title normalised as a WXR import does (WordPress stores titles entity-encoded). */
    public static Post post(RestPost p) {
        return new Post(p.id(), FieldNormaliser.title(p.title()), p.link(), p.type().isEmpty() ? "post" : p.type(),
                p.status(), p.commentStatus());
    }
}
