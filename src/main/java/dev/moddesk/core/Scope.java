package dev.moddesk.core;

/**
 * The filter bar's narrowing of the queue, on top of the status view and the search: one site, one post of
 * that site (the site's post id), an author/email/IP text, the range the comment's date falls in, a minimum
 * triage score and the type of entry (comments, pingbacks or trackbacks). Every part may be null (no
 * narrowing). Immutable; the {@code with…} methods make copies.
 */
public record Scope(Long siteId, Long postId, String who, DateRange dates, Double minScore, CommentType type) {
    private static final Scope NONE = new Scope(null, null, null, DateRange.ALL, null, null);

    /** Every type of entry. */
    public Scope(Long siteId, Long postId, String who, DateRange dates, Double minScore) {
        this(siteId, postId, who, dates, minScore, null);
    }

    public Scope {
        who = who == null || who.isBlank() ? null : who.strip();
        dates = dates == null ? DateRange.ALL : dates;
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
        return new Scope(site, post, who, dates, minScore, type);
    }

    /** One post of one site; null for every post (the site filter stays). */
    public Scope withPost(Long site, Long post) {
        return post == null ? new Scope(siteId, null, who, dates, minScore, type)
                : new Scope(site, post, who, dates, minScore, type);
    }

    public Scope withWho(String text) {
        return new Scope(siteId, postId, text, dates, minScore, type);
    }

    public Scope withDates(DateRange range) {
        return new Scope(siteId, postId, who, range, minScore, type);
    }

    public Scope withMinScore(Double min) {
        return new Scope(siteId, postId, who, dates, min, type);
    }

    /** Entries of one type only; null for every type. */
    public Scope withType(CommentType t) {
        return new Scope(siteId, postId, who, dates, minScore, t);
    }
}
