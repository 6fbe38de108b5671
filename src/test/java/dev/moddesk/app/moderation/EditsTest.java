package dev.moddesk.app.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.importing.ImportSummary;
import dev.moddesk.core.Comment;
import dev.moddesk.core.Resolution;
import dev.moddesk.core.Status;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits on a real SQLite file: applied to the comment, audit-logged with before and after, one undo step, queued
 * against the site's text; the conflict rule on content; a pull never overwrites an edit not pushed.
 */
class EditsTest {
    private static final Comment ONE = Fixtures.comment(1, Status.PENDING);
    private static final String ORIGINAL = ONE.content();
    /** Comment 1's author, email and URL as the fixture has them. */
    private static final String AUTHOR = ONE.author() + "|" + ONE.email() + "|" + ONE.url();

    @TempDir
    Path dir;
    Path file;
    Workspace desk;
    Moderation m;
    long row;

    @BeforeEach
    void open() {
        file = dir.resolve("edits.db");
        desk = Fixtures.desk(file, 20, "me");
        m = desk.moderation();
        row = StoreProbe.rowId(file, 1);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private String text() {
        return String.join("|", StoreProbe.strings(file, "SELECT content || '|' || author || '|' || email || '|' || url "
                + "|| '|' || conflict FROM comments WHERE id = ?", row));
    }

    private List<String> outbox() {
        return StoreProbe.strings(file, "SELECT kind || ' ' || coalesce(json_extract(payload, '$.content'), '-') || ' from '"
                + " || coalesce(json_extract(payload, '$.from.content'), '-') || ' site ' "
                + "|| coalesce(json_extract(payload, '$.site.content'), '-') FROM outbox WHERE comment_id = ? ORDER BY kind",
                row);
    }

    /** The site now has comment 1 with this content (a pull or import brings it). */
    private ImportSummary siteHas(String content, String author) {
        Comment c = Fixtures.comment(1, Status.PENDING);
        return desk.importer(w -> { }).importFrom("site", "test", sink -> {
            sink.site(Fixtures.SITE, "Example Blog");
            sink.comment(new Comment(c.remoteId(), c.postId(), c.parentId(), author, c.email(), c.url(), c.ip(),
                    c.agent(), c.userId(), c.dateGmt(), c.type(), content, c.siteStatus()));
        });
    }

    @Test
    void anEditIsAppliedQueuedAgainstTheSitesTextAndAuditedWithBeforeAndAfter() {
        assertEquals(1, m.edit(row, "<p>clean</p>", "Alice", "alice@new.example", null));
        assertEquals("<p>clean</p>|Alice|alice@new.example|" + ONE.url() + "|0", text());
        assertEquals(List.of("edit <p>clean</p> from " + ORIGINAL + " site -"), outbox());
        assertEquals(List.of("edit|edit|pending|pending|" + ORIGINAL + "|" + ONE.author() + "|<p>clean</p>|Alice"),
                StoreProbe.strings(file, "SELECT kind || '|' || action || '|' || from_status || '|' || to_status || '|' "
                        + "|| json_extract(detail, '$.before.content') || '|' || json_extract(detail, '$.before.author_name') "
                        + "|| '|' || json_extract(detail, '$.after.content') || '|' || json_extract(detail, "
                        + "'$.after.author_name') FROM audit_log WHERE comment_id = ?", row));
        assertEquals(1, StoreProbe.number(file, "SELECT count(*) FROM comments_fts WHERE comments_fts MATCH 'clean'"),
                "the search finds the edited text");
    }

    @Test
    void anEditThatChangesNothingIsNoStep_andTwoEditsKeepTheFirstSitesTextAsTheirFrom() {
        assertEquals(0, m.edit(row, ORIGINAL, null, null, null));
        assertEquals(0, StoreProbe.auditRows(file));
        m.edit(row, "<p>one</p>", null, null, null);
        m.edit(row, "<p>two</p>", null, null, null);
        assertEquals(List.of("edit <p>two</p> from " + ORIGINAL + " site -"), outbox());
        m.edit(row, ORIGINAL, ONE.author(), null, null);
        assertEquals(List.of(), outbox(), "back to the site's text: nothing left to push");
    }

    @Test
    void undoPutsTheTextBeforeBackAndRedoTheAfter_eachOneStep() {
        m.decide(List.of(row), dev.moddesk.core.ModerationAction.SPAM);
        m.edit(row, "<p>clean</p>", "Alice", null, null);
        assertEquals(1, m.undo().orElseThrow().changed());
        assertEquals(ORIGINAL + "|" + AUTHOR + "|0", text());
        assertEquals(List.of("status - from - site -"), outbox(), "the edit left the outbox; the spam decision stays");
        assertEquals("spam", StoreProbe.status(file, 1), "undo took back the edit only");
        assertTrue(m.canRedo());
        assertEquals(1, m.redo().orElseThrow().changed());
        assertEquals("<p>clean</p>|Alice|" + ONE.email() + "|" + ONE.url() + "|0", text());
        assertEquals(List.of("edit <p>clean</p> from " + ORIGINAL + " site -", "status - from - site -"), outbox());
        assertEquals(List.of("edit", "undo", "redo"), StoreProbe.strings(file, "SELECT action FROM audit_log "
                + "WHERE kind = 'edit' ORDER BY id"));
        m.undo(); // the redo
        m.undo(); // the spam decision
        assertEquals(ORIGINAL + "|" + AUTHOR + "|0", text());
        assertEquals("pending", StoreProbe.status(file, 1));
        assertEquals(List.of(), outbox());
    }

    @Test
    void aPullNeverOverwritesAnUnpushedEdit_whileTheSiteIsWhereTheEditWasMadeFrom() {
        m.edit(row, "<p>clean</p>", null, null, null);
        ImportSummary s = siteHas(ORIGINAL, ONE.author());
        assertEquals(0, s.conflicts());
        assertEquals("<p>clean</p>|" + AUTHOR + "|0", text());
        assertEquals(List.of("edit <p>clean</p> from " + ORIGINAL + " site -"), outbox());
    }

    @Test
    void aSiteSideChangeOfTheContentMakesAConflict_bothTextsKept_andKeepMineQueuesItAgainstTheSitesText() {
        m.edit(row, "<p>clean</p>", null, null, null);
        assertEquals(1, siteHas("<p>their fix</p>", ONE.author()).conflicts());
        assertEquals("<p>clean</p>|" + AUTHOR + "|1", text());
        assertEquals(List.of("edit <p>clean</p> from " + ORIGINAL + " site <p>their fix</p>"), outbox());
        assertEquals(0, siteHas("<p>their fix</p>", ONE.author()).conflicts(), "the same conflict seen again");
        assertEquals(1, StoreProbe.number(file, "SELECT count(*) FROM comments WHERE conflict = 1"));
        assertThrows(TextRefused.class, () -> m.edit(row, "<p>again</p>", null, null, null));

        assertEquals(1, m.resolve(List.of(row), Resolution.KEEP_MINE));
        assertEquals("<p>clean</p>|" + AUTHOR + "|0", text());
        assertEquals(List.of("edit <p>clean</p> from <p>their fix</p> site -"), outbox());
    }

    @Test
    void takeTheSitesTextDropsTheEdit() {
        m.edit(row, "<p>clean</p>", null, null, null);
        siteHas("<p>their fix</p>", ONE.author());
        assertEquals(1, m.resolve(List.of(row), Resolution.TAKE_SITE));
        assertEquals("<p>their fix</p>|" + AUTHOR + "|0", text());
        assertEquals(List.of(), outbox());
    }

    @Test
    void aStatusConflictAndAnEditConflictOnOneCommentAreSettledTogether() {
        m.decide(List.of(row), dev.moddesk.core.ModerationAction.APPROVE);
        m.edit(row, "<p>clean</p>", null, null, null);
        Comment c = Fixtures.comment(1, Status.SPAM);
        desk.importer(w -> { }).importFrom("site", "test", sink -> {
            sink.site(Fixtures.SITE, "Example Blog");
            sink.comment(new Comment(1, c.postId(), c.parentId(), c.author(), c.email(), c.url(), c.ip(), c.agent(),
                    c.userId(), c.dateGmt(), c.type(), "<p>their fix</p>", Status.SPAM));
        });
        assertEquals("1", StoreProbe.strings(file, "SELECT conflict FROM comments WHERE id = ?", row).get(0));
        assertEquals(1, m.resolve(List.of(row), Resolution.TAKE_SITE));
        assertEquals("<p>their fix</p>|" + AUTHOR + "|0", text());
        assertEquals("spam", StoreProbe.status(file, 1));
        assertEquals(List.of(), outbox());
    }

    @Test
    void undoOfKeepMineBringsTheEditConflictBack_andRedoSettlesItAgain() {
        m.edit(row, "<p>clean</p>", null, null, null);
        siteHas("<p>their fix</p>", ONE.author());
        List<String> inConflict = outbox();
        assertEquals(1, m.resolve(List.of(row), Resolution.KEEP_MINE));
        assertEquals("<p>clean</p>|" + AUTHOR + "|0", text());

        m.undo();
        assertEquals("<p>clean</p>|" + AUTHOR + "|1", text(), "in conflict again");
        assertEquals(inConflict, outbox(), "the site's text beside mine, as before");
        assertThrows(TextRefused.class, () -> m.edit(row, "<p>again</p>", null, null, null));

        m.redo();
        assertEquals("<p>clean</p>|" + AUTHOR + "|0", text());
        assertEquals(List.of("edit <p>clean</p> from <p>their fix</p> site -"), outbox());
        m.undo();
        assertEquals("<p>clean</p>|" + AUTHOR + "|1", text(), "the redo's undo brings it back too");
    }

    @Test
    void undoOfTakeTheSitesBringsMyTextAndTheConflictBack() {
        m.edit(row, "<p>clean</p>", null, null, null);
        siteHas("<p>their fix</p>", ONE.author());
        List<String> inConflict = outbox();
        assertEquals(1, m.resolve(List.of(row), Resolution.TAKE_SITE));
        assertEquals(List.of(), outbox());

        m.undo();
        assertEquals("<p>clean</p>|" + AUTHOR + "|1", text());
        assertEquals(inConflict, outbox());
        m.redo();
        assertEquals("<p>their fix</p>|" + AUTHOR + "|0", text());
        assertEquals(List.of(), outbox());
    }
}
