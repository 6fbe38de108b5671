package dev.moddesk.app.moderation;

/** What one moderation step did: comments changed, and those already where the step would put them. */
public record Outcome(long changed, long unchanged) {
    public long total() {
        return changed + unchanged;
    }
}
