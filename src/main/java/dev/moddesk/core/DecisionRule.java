package dev.moddesk.core;

import java.util.Optional;

/**
 * The one rule of where a comment may go and what a move leaves behind. Every path uses it: single and bulk
 * decisions, restore, undo and redo, the command line and the desk, conflict resolution.
 *
 * <ul>
 *   <li>A comment the site has lost for good (deleted there, gone, or its post in the site's trash) does not
 *       move: there is nothing left on the site to apply a decision to.</li>
 *   <li>Nothing moves to a status only the site can give ({@code post-trashed}, {@code gone}).</li>
 *   <li>A decision equal to the site's status is no decision: the comment is back to the site's status and
 *       its outbox entry goes; otherwise the decision is queued, made against the site's status now.</li>
 *   <li>A comment in conflict keeps a snapshot of its state, so that undo puts the conflict back exactly.</li>
 * </ul>
 */
public final class DecisionRule {
    private DecisionRule() {
    }

    /** True when the site has the comment no more (or cannot take decisions on it): no move is allowed. */
    public static boolean isFrozen(Status siteStatus) {
        return siteStatus == Status.DELETED || siteStatus == Status.GONE || siteStatus == Status.POST_TRASHED;
    }

    /** The move of {@code state} to {@code target}; empty when it is there already or may not go there. */
    public static Optional<Move> move(ModerationState state, Status target, String action) {
        if (isFrozen(state.siteStatus()) || target == Status.POST_TRASHED || target == Status.GONE
                || state.effective() == target) {
            return Optional.empty();
        }
        boolean backToSite = target == state.siteStatus();
        return Optional.of(new Move(action, state.effective(), target,
                backToSite ? null : target, backToSite ? null : state.siteStatus(),
                backToSite ? Move.Outbox.CLEAR : Move.Outbox.QUEUE, state.conflict()));
    }

    /**
     * Where restore takes a comment: a spam, trashed or deleted comment goes back to where it came from
     * ({@code cameFrom}: the status before the decision that put it where it is), else to pending; other
     * comments have nothing to restore.
     */
    public static Optional<Status> restoreTarget(Status effective, Optional<Status> cameFrom) {
        if (effective != Status.SPAM && effective != Status.TRASH && effective != Status.DELETED) {
            return Optional.empty();
        }
        return Optional.of(cameFrom.filter(s -> s != effective && s != Status.GONE && s != Status.POST_TRASHED)
                .orElse(Status.PENDING));
    }

    /**
     * Settles a conflict: "keep mine" lets the decision stand against the site's new status (queued as it is);
     * "take the site's" drops the decision. Empty when the comment is not in conflict (any more).
     */
    public static Optional<Move> resolve(ModerationState state, Resolution how) {
        if (!state.conflict() || state.decision() == null || isFrozen(state.siteStatus())) {
            return Optional.empty();
        }
        Status mine = state.decision();
        return Optional.of(how == Resolution.KEEP_MINE
                ? new Move(how.word(), mine, mine, mine, state.siteStatus(), Move.Outbox.KEEP, true)
                : new Move(how.word(), mine, state.siteStatus(), null, null, Move.Outbox.CLEAR, true));
    }
}
