package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.core.Comment;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/** An edit the site changed meanwhile: the Conflicts view shows both texts, and keep mine settles it. */
class EditConflictUiTest extends DeskUiTestBase {
    private static final long ID = 120;

    @Override
    protected void prepare(Workspace d) {
        d.moderation().edit(StoreProbe.rowId(file, ID), "<p>my clean text</p>", null, null, null);
        Comment c = Fixtures.comment(ID, Fixtures.statusOf(ID));
        d.importer(w -> { }).importFrom("site", "test", sink -> {
            sink.site(Fixtures.SITE, "Example Blog");
            sink.comment(new Comment(ID, c.postId(), c.parentId(), c.author(), c.email(), c.url(), c.ip(), c.agent(),
                    c.userId(), c.dateGmt(), c.type(), "<p>their text</p>", c.siteStatus()));
        });
    }

    private String texts(String id) {
        return OnScreen.fx(() -> {
            StringBuilder out = new StringBuilder();
            Node n = robot.lookup(id).query();
            n.lookupAll("Text").forEach(t -> out.append(((Text) t).getText()));
            return out.toString();
        });
    }

    @Test
    void theConflictsViewShowsTheSitesTextAndMine_keepMineSettlesIt() {
        settle();
        key(KeyCode.CONTROL, KeyCode.DIGIT5);
        assertEquals(ID, current().remoteId());
        assertTrue(texts("#conflict-site-text").contains("their text"), texts("#conflict-site-text"));
        assertTrue(texts("#detail-content").contains("my clean text"), texts("#detail-content"));
        key(KeyCode.M);
        assertEquals(List.of("0|<p>their text</p>"), StoreProbe.strings(file, "SELECT c.conflict || '|' || "
                + "json_extract(o.payload, '$.from.content') FROM comments c JOIN outbox o ON o.comment_id = c.id "
                + "WHERE c.remote_id = ?", ID));
        assertNoErrors();
    }
}
