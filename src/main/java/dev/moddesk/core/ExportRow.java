package dev.moddesk.core;

/**
 * One comment as admin exports carry it (the README's Design section): the site's comment, its post's title, where it
 * stands now, and who decided it last ({@code decidedBy} null and {@code decidedAt} 0 when nobody did);
 * {@code edited}: its text holds an edit the site does not have yet. A reply written here and not yet on the site
 * has a negative {@link Comment#remoteId()}.
 */
public record ExportRow(String site, Comment comment, String postTitle, String postLink, String postType,
                        String postStatus, String commentStatus, Status status, String decidedBy, long decidedAt,
                        boolean edited) {
    /** Whether this is a reply written here that the site does not have yet. */
    public boolean notOnSite() {
        return comment.remoteId() < 0;
    }
}
