package dev.moddesk.core;

/**
 * The filter bar's narrowing of the queue, on top of the status view and the search: one site, one post of
 * that site (the site's post id), an author/email/IP text, a date range and a minimum triage score. Every
 * part may be null (no narrowing). Dates are epoch seconds (UTC instants): {@code from} inclusive,
 * {@code until} exclusive. Immutable; the {@code with…} methods make copies.
 */
public record Scope(Long siteId, Long postId, String who, Long from, Long until, Double minScore) {
    private static final Scope NONE = new Scope(null, null, null, null, null, null);

    public Scope {
        who = who == null || who.isBlank() ? null : who.strip();
        if (postId != null && siteId == null) {
            throw new IllegalArgumentException("a post filter needs its site");
        }
        if (minScore != null && (minScore.isNaN() || minScore.isInfinite())) {
            minScore = null;
        }
    }

    public static Scope none() {
        return NONE;
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** One site, or every site (null); a post filter of another site is dropped. */
    public Scope withSite(Long site) {
        Long post = site != null && site.equals(siteId) ? postId : null;
        return new Scope(site, post, who, from, until, minScore);
    }

    /** One post of one site; null for every post (the site filter stays). */
    public Scope withPost(Long site, Long post) {
        return post == null ? new Scope(siteId, null, who, from, until, minScore)
                : new Scope(site, post, who, from, until, minScore);
    }

    public Scope withWho(String text) {
        return new Scope(siteId, postId, text, from, until, minScore);
    }

    public Scope withDates(Long fromInclusive, Long untilExclusive) {
        return new Scope(siteId, postId, who, fromInclusive, untilExclusive, minScore);
    }

    public Scope withMinScore(Double min) {
        return new Scope(siteId, postId, who, from, until, min);
    }
}
