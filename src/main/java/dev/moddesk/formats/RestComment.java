package dev.moddesk.formats;

import dev.moddesk.core.SiteUrl;

/**
 * A comment object of WordPress's REST API (the {@code context=edit} shape), its fields as the site sends them:
 * nothing decoded or normalised yet (that is {@code formats.RestMapping}'s one job, for files and pulls alike).
 * Ids are checked whole numbers ({@code author} is the user id, 0 for a visitor; {@code parent} 0 at the top);
 * a string is null when the object leaves it out. {@code content} is {@code content.raw}, else
 * {@code content.rendered} (a view context has only that), or the plain string some exports write.
 * {@code status} and {@code type} are REST's words ({@code approved}, {@code hold} …; {@code comment},
 * {@code pingback} …); {@code selfLink} is {@code _links.self}, which names the site.
 */
public record RestComment(long id, long post, long parent, long author, String authorName, String authorEmail,
                          String authorUrl, String authorIp, String authorUserAgent, String date, String dateGmt,
                          String content, String type, String status, String selfLink) {

    /** A WordPress 6.9 block note: not a comment, never moderated. */
    public boolean isNote() {
        return "note".equalsIgnoreCase(type);
    }

    /**
     * The site's base URL from {@code selfLink} (the part before {@code /wp-json/} or {@code ?rest_route=},
     * normalised), or {@link SiteUrl#UNKNOWN} when there is no link.
     */
    public String site() {
        if (selfLink == null) {
            return SiteUrl.UNKNOWN;
        }
        int cut = selfLink.indexOf("/wp-json/");
        if (cut < 0) {
            cut = selfLink.indexOf("?rest_route=");
        }
        if (cut < 0) {
            return SiteUrl.UNKNOWN;
        }
        String base = selfLink.substring(0, cut);
        // WordPress writes /index.php?rest_route= (plain permalinks) or /index.php/wp-json/ (index permalinks)
        // into _links; the site itself is the folder that holds index.php.
        if (base.endsWith("/index.php")) {
            base = base.substring(0, base.length() - "/index.php".length());
        }
        return SiteUrl.normalise(base);
    }
}
