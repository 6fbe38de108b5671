package dev.moddesk.core;

import java.util.List;

/**
 * How moderation is going: comments per day by status, the posts with the most pending comments, decisions
 * per moderator per day, and the median time from a comment's arrival to its first decision.
 * Days are UTC dates ({@code 2026-01-31}).
 */
public record ModerationReport(List<DayCounts> perDay, List<PostPending> topPendingPosts,
                               List<ModeratorDay> decisionsPerModerator, Long medianSecondsToDecision) {

    /** One day's comments by where they stand now; {@code other} is post-trashed. */
    public record DayCounts(String day, long pending, long approved, long spam, long trash, long other) {
        /** The statuses a day counts. */
        public static final List<Status> STATUSES = List.of(Status.PENDING, Status.APPROVED, Status.SPAM, Status.TRASH,
                Status.POST_TRASHED);

        public static DayCounts none(String day) {
            return new DayCounts(day, 0, 0, 0, 0, 0);
        }

        /** These counts and {@code n} more comments of {@code status}, one of {@link #STATUSES}. */
        public DayCounts plus(Status status, long n) {
            switch (status) {
                case PENDING: return new DayCounts(day, pending + n, approved, spam, trash, other);
                case APPROVED: return new DayCounts(day, pending, approved + n, spam, trash, other);
                case SPAM: return new DayCounts(day, pending, approved, spam + n, trash, other);
                case TRASH: return new DayCounts(day, pending, approved, spam, trash + n, other);
                case POST_TRASHED: return new DayCounts(day, pending, approved, spam, trash, other + n);
                default: throw new IllegalArgumentException("a day does not count " + status.word() + " comments");
            }
        }

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
