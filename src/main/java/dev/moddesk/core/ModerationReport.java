package dev.moddesk.core;

import java.util.List;

/**
 * How moderation is going: comments per day by status, the posts with the most pending comments, decisions
 * per moderator per day, and the median time from a comment's arrival to its first decision.
 * Days are UTC dates ({@code 2026-01-31}).
 */
public record ModerationReport(List<DayCounts> perDay, List<PostPending> topPendingPosts,
                               List<ModeratorDay> decisionsPerModerator, Long medianSecondsToDecision) {

    public record DayCounts(String day, long pending, long approved, long spam, long trash, long other) {
        public long total() {
            return pending + approved + spam + trash + other;
        }

        /** Spam among the day's comments, 0..1. */
        public double spamShare() {
            long t = total();
            return t == 0 ? 0 : (double) spam / t;
        }
    }

    public record PostPending(String site, long postId, String title, long pending) { }

    public record ModeratorDay(String day, String moderator, long decisions) { }
}
