package dev.moddesk.app.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.importing.Importer;
import dev.moddesk.core.Comment;
import dev.moddesk.core.Status;
import dev.moddesk.formats.ImportSink;
import dev.moddesk.store.Database;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Code in a pending comment's markup is a reason towards spam on both ways a verdict is made: judged while an import
 * writes (a quick model learnt from its first decisions) and judged after it. Written as text, it is no reason.
 */
class ActiveCodeVerdictTest {
    private static final int COMMENTS = 120;
    private static final long ATTACK = 1_001;
    private static final long ABOUT_CODE = 1_002;

    @TempDir
    Path dir;

    private static Consumer<ImportSink> withCode() {
        return sink -> {
            sink.site(Fixtures.SITE, "Example Blog");
            for (long i = COMMENTS; i >= 1; i--) {
                sink.comment(Fixtures.comment(i, Fixtures.statusOf(i)));
            }
            sink.comment(saying(ATTACK, "Nice post <script>alert(\"xss\")</script><img src=\"x\" onerror=\"alert(1)\">"
                    + " <a href=\"javascript:alert(document.cookie)\">click</a>"));
            sink.comment(saying(ABOUT_CODE, "Nice post. WordPress strips &lt;script&gt; from comments, so this is safe."));
        };
    }

    private static Comment saying(long id, String content) {
        Comment c = Fixtures.comment(1, Status.PENDING);
        return new Comment(id, c.postId(), c.parentId(), c.author(), c.email(), c.url(), c.ip(), c.agent(),
                c.userId(), c.dateGmt(), c.type(), content, Status.PENDING);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void codeInTheMarkupPullsTowardsSpam_writtenAsTextItDoesNot(boolean heardAsItWrites) {
        Path file = dir.resolve("t.db");
        try (Database db = Database.open(file)) {
            SpamTriage triage = new SpamTriage(db, QuickTriageTest.QUICK, QuickTriageTest.FEWEST);
            if (heardAsItWrites) {
                try (ImportTriage heard = triage.hearImport()) {
                    new Importer(db, w -> { }).heardBy(heard).importFrom("fixture", "test", withCode());
                    assertTrue(heard.judgedBeforeCommit().scored() > 0, "judged as the import wrote");
                    triage.scoreImported(heard, () -> false);
                }
            } else {
                new Importer(db, w -> { }).importFrom("fixture", "test", withCode());
                triage.scorePending(Rescore.UNSCORED, () -> false);
            }
        }
        String attack = reasons(file, ATTACK);
        assertTrue(attack.contains("code that would run in a reader's browser: <script>, onerror=, a javascript: "
                + "address"), attack);
        assertTrue(score(file, ATTACK) >= 0.5, "likely spam: " + score(file, ATTACK));
        assertFalse(reasons(file, ABOUT_CODE).contains("code that would run"), reasons(file, ABOUT_CODE));
        assertEquals(0, StoreProbe.number(file, "SELECT count(*) FROM comments WHERE status = 'pending' "
                + "AND score IS NULL"));
    }

    private static String reasons(Path file, long remoteId) {
        return StoreProbe.strings(file, "SELECT reasons FROM comments WHERE remote_id = ?", remoteId).get(0);
    }

    private static double score(Path file, long remoteId) {
        return Double.parseDouble(StoreProbe.strings(file, "SELECT score FROM comments WHERE remote_id = ?",
                remoteId).get(0));
    }
}
