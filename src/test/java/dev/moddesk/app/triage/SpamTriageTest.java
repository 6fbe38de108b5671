package dev.moddesk.app.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moddesk.app.Workspace;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.Status;
import dev.moddesk.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which pending comments a run judges: nothing when nothing is new, all of them when the decisions changed. */
class SpamTriageTest {
    @TempDir
    Path dir;
    Workspace desk;
    SpamTriage triage;
    long pending;

    @BeforeEach
    void open() {
        desk = Fixtures.desk(dir.resolve("t.db"), 120, "tester");
        triage = desk.triage();
        pending = Fixtures.count(120, Status.PENDING);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private long scored(Rescore which) {
        return triage.scorePending(which, () -> false).scored();
    }

    @Test
    void nothingNewJudgesNothing_aDecisionJudgesEveryPendingComment_anImportOnlyTheNewOnes() {
        assertEquals(0, scored(Rescore.ALL_WHEN_DECISIONS_CHANGED), "the fixture is scored and its model saved");
        assertEquals(0, scored(Rescore.UNSCORED));
        assertEquals(pending, scored(Rescore.ALL));

        List<Long> first = desk.moderation().findBySiteIds(Fixtures.SITE, List.of(firstPending()));
        desk.moderation().decide(first, ModerationAction.SPAM);
        assertEquals(pending - 1, scored(Rescore.ALL_WHEN_DECISIONS_CHANGED), "a new decision: every pending one");
        assertEquals(0, scored(Rescore.ALL_WHEN_DECISIONS_CHANGED), "and then nothing again");

        Fixtures.siteChanges(desk, 10_001, Status.PENDING);
        assertEquals(1, scored(Rescore.ALL_WHEN_DECISIONS_CHANGED), "a new comment alone");
    }

    private long firstPending() {
        for (long i = 1; ; i++) {
            if (Fixtures.statusOf(i) == Status.PENDING) {
                return i;
            }
        }
    }
}
