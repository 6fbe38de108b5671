package dev.moddesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one rule of where a comment may go, on its own. */
class DecisionRuleTest {
    private static ModerationState state(Status site, Status decision, boolean conflict) {
        return new ModerationState(site, decision, conflict);
    }

    @Test
    void aDecisionAgainstTheSiteIsQueuedAndMadeAgainstTheSitesStatus() {
        Move m = DecisionRule.move(state(Status.PENDING, null, false), Status.SPAM, "spam").orElseThrow();
        assertEquals(new Move("spam", Status.PENDING, Status.SPAM, Status.SPAM, Status.PENDING, Move.Outbox.QUEUE,
                false), m);
    }

    @Test
    void goingBackToTheSitesStatusIsNoDecisionAndClearsTheOutbox() {
        Move m = DecisionRule.move(state(Status.PENDING, Status.SPAM, false), Status.PENDING, "hold").orElseThrow();
        assertEquals(new Move("hold", Status.SPAM, Status.PENDING, null, null, Move.Outbox.CLEAR, false), m);
    }

    @Test
    void aCommentAlreadyThereDoesNotMove() {
        assertEquals(Optional.empty(), DecisionRule.move(state(Status.APPROVED, null, false), Status.APPROVED, "approve"));
        assertEquals(Optional.empty(), DecisionRule.move(state(Status.PENDING, Status.SPAM, false), Status.SPAM, "spam"));
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = {"DELETED", "GONE", "POST_TRASHED"})
    void aCommentTheSiteHasLostMovesNowhereNotEvenByUndoOrRestore(Status site) {
        for (Status target : Status.values()) {
            assertEquals(Optional.empty(), DecisionRule.move(state(site, null, false), target, "undo"), target::word);
        }
        assertTrue(DecisionRule.isFrozen(site));
        assertEquals(Optional.empty(), DecisionRule.resolve(state(site, Status.SPAM, true), Resolution.KEEP_MINE));
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = {"POST_TRASHED", "GONE"})
    void nothingMovesToAStatusOnlyTheSiteGives(Status target) {
        assertEquals(Optional.empty(), DecisionRule.move(state(Status.PENDING, null, false), target, "x"));
    }

    @Test
    void aCommentInConflictKeepsASnapshotForAnExactUndo() {
        Move m = DecisionRule.move(state(Status.TRASH, Status.SPAM, true), Status.APPROVED, "approve").orElseThrow();
        assertTrue(m.snapshot());
        assertEquals(Status.SPAM, m.from());
        assertEquals(Status.TRASH, m.decidedAgainst());
    }

    @Test
    void restoreGoesBackWhereTheCommentCameFromElseToPending() {
        assertEquals(Optional.of(Status.APPROVED), DecisionRule.restoreTarget(Status.SPAM, Optional.of(Status.APPROVED)));
        assertEquals(Optional.of(Status.PENDING), DecisionRule.restoreTarget(Status.TRASH, Optional.empty()));
        assertEquals(Optional.of(Status.PENDING), DecisionRule.restoreTarget(Status.DELETED, Optional.of(Status.DELETED)));
        assertEquals(Optional.empty(), DecisionRule.restoreTarget(Status.APPROVED, Optional.of(Status.PENDING)));
        assertEquals(Optional.empty(), DecisionRule.restoreTarget(Status.PENDING, Optional.empty()));
    }

    @Test
    void keepMineLetsTheDecisionStandAgainstTheSitesNewStatus() {
        Move m = DecisionRule.resolve(state(Status.TRASH, Status.SPAM, true), Resolution.KEEP_MINE).orElseThrow();
        assertEquals(new Move("keep-mine", Status.SPAM, Status.SPAM, Status.SPAM, Status.TRASH, Move.Outbox.KEEP, true), m);
    }

    @Test
    void takeTheSitesDropsTheDecision() {
        Move m = DecisionRule.resolve(state(Status.TRASH, Status.SPAM, true), Resolution.TAKE_SITE).orElseThrow();
        assertEquals(new Move("take-site", Status.SPAM, Status.TRASH, null, null, Move.Outbox.CLEAR, true), m);
    }

    @Test
    void onlyAConflictCanBeResolved() {
        assertEquals(Optional.empty(), DecisionRule.resolve(state(Status.TRASH, Status.SPAM, false), Resolution.KEEP_MINE));
        assertEquals(Optional.empty(), DecisionRule.resolve(state(Status.TRASH, null, true), Resolution.TAKE_SITE));
    }
}
