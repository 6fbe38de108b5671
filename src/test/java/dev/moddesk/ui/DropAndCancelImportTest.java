package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.store.StoreProbe;
import java.io.BufferedWriter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.junit.jupiter.api.Test;

/**
 * Import from the window: files dropped on it (a good and a broken export), and Cancel on a long import
 * (nothing changes). Asserts on the database.
 */
class DropAndCancelImportTest extends DeskUiTestBase {

    /** Drops {@code file} on the window as the system would: a drag over, then the drop; true when accepted. */
    private boolean drop(Path file) {
        boolean[] accepted = dragAndDrop(() -> FakeDragboard.withFiles(List.of(file.toFile())));
        return accepted[0] && accepted[1];
    }

    /** Drags this over the window and drops them: whether the drag was accepted and the drop completed. */
    private boolean[] dragAndDrop(Supplier<Dragboard> dragged) {
        Node root = window.queue() == null ? null : robot.lookup("#queue").query().getScene().getRoot();
        boolean[] accepted = new boolean[2];
        robot.interact(() -> {
            Dragboard board = dragged.get(); // made on the FX thread, as the system makes one
            DragEvent over = new DragEvent(root, root, DragEvent.DRAG_OVER, board, 400, 300, 400, 300,
                    TransferMode.COPY, null, null, null);
            Event.fireEvent(root, over);
            accepted[0] = over.isAccepted();
            DragEvent dropped = new DragEvent(root, root, DragEvent.DRAG_DROPPED, board, 400, 300, 400, 300,
                    TransferMode.COPY, null, null, null);
            Event.fireEvent(root, dropped);
            accepted[1] = dropped.isDropCompleted();
        });
        settle();
        return accepted;
    }

    @Test
    void aGoodFileDroppedOnTheWindowIsImported() throws Exception {
        Path wxr = dir.resolve("dropped.xml");
        Files.writeString(wxr, ConflictsAndImportTest.wxr(List.of(
                ConflictsAndImportTest.comment(7001, "0", "Дмитрий", "Отличная статья 👍"),
                ConflictsAndImportTest.comment(7002, "0", "박지훈", "좋은 글입니다"),
                ConflictsAndImportTest.comment(7003, "spam", "Casino", "win big"))), StandardCharsets.UTF_8);
        long pendingBefore = total();
        assertTrue(drop(wxr), "the window takes the drop");
        assertNoErrors();
        assertEquals(1, dialogs.infos.size(), "a summary");
        assertTrue(dialogs.infos.get(0).contains("3 inserted"), dialogs.infos.get(0));
        assertEquals("pending", StoreProbe.status(file, 7001));
        assertEquals("pending", StoreProbe.status(file, 7002));
        assertEquals("spam", StoreProbe.status(file, 7003));
        assertEquals("Дмитрий", StoreProbe.strings(file, "SELECT author FROM comments WHERE remote_id = 7001").get(0));
        assertEquals(pendingBefore + 2, total(), "the queue shows the new comments");
    }

    @Test
    void aBrokenFileDroppedOnTheWindowNamesFileAndLineAndChangesNothing() throws Exception {
        Path broken = dir.resolve("dropped-broken.xml");
        String text = ConflictsAndImportTest.wxr(List.of(ConflictsAndImportTest.comment(8001, "1", "A", "fine")));
        Files.writeString(broken, text.replace("</wp:comment_id>", "</wp:comment-id>"), StandardCharsets.UTF_8);
        long before = StoreProbe.number(file, "SELECT count(*) FROM comments");
        long audit = StoreProbe.auditRows(file);
        assertTrue(drop(broken));
        assertEquals(1, dialogs.errors.size(), () -> "one error dialog: " + dialogs.errors);
        String error = dialogs.errors.get(0);
        assertTrue(error.matches("(?s).*dropped-broken\\.xml:\\d+.*"), "names the file and line: " + error);
        assertEquals(before, StoreProbe.number(file, "SELECT count(*) FROM comments"));
        assertEquals(audit, StoreProbe.auditRows(file));
        assertEquals(0, StoreProbe.number(file, "SELECT count(*) FROM comments WHERE remote_id = 8001"));
    }

    @Test
    void aDragWithoutFilesIsRefused() {
        long before = StoreProbe.number(file, "SELECT count(*) FROM comments");
        boolean[] accepted = dragAndDrop(() -> FakeDragboard.withText("https://example.com/not-a-file"));
        assertFalse(accepted[0], "a drag without files is not accepted");
        assertFalse(accepted[1], "a drop without files does not complete");
        assertFalse(window.importer().runningProperty().get(), "no import started");
        assertNoErrors();
        assertTrue(dialogs.infos.isEmpty(), "no summary: " + dialogs.infos);
        assertEquals(before, StoreProbe.number(file, "SELECT count(*) FROM comments"));
    }

    @Test
    void cancelStopsALongImportAndLeavesTheDatabaseAsItWas() throws Exception {
        Path big = dir.resolve("big.xml");
        writeBigWxr(big, 150_000);
        long before = StoreProbe.number(file, "SELECT count(*) FROM comments");
        long posts = StoreProbe.number(file, "SELECT count(*) FROM posts");
        CountDownLatch underWay = new CountDownLatch(1);
        robot.interact(() -> window.importer().progressProperty().addListener((o, was, now) -> {
            if (window.importer().runningProperty().get() && now.doubleValue() > 0.02) {
                underWay.countDown();
            }
        }));
        dialogs.files.add(big);
        robot.clickOn("#menu-file").clickOn("Import…");
        // once the import is under way (some comments read), press Cancel in the status bar
        assertTrue(underWay.await(30, TimeUnit.SECONDS), "the import did not start");
        assertTrue(window.importer().progressProperty().get() < 0.9, "cancelled well before the end");
        robot.clickOn("#cancel-import");
        settle();
        assertTrue(!window.importer().runningProperty().get());
        assertNoErrors();
        assertTrue(dialogs.infos.isEmpty(), "no summary: " + dialogs.infos);
        assertTrue(window.moderation().messageProperty().get() != null);
        String message = robot.lookup("#status-message").queryLabeled().getText();
        assertTrue(message.contains("cancelled"), message);
        assertEquals(before, StoreProbe.number(file, "SELECT count(*) FROM comments"), "no comment of the file stays");
        assertEquals(posts, StoreProbe.number(file, "SELECT count(*) FROM posts"));
        assertEquals(0, StoreProbe.number(file, "SELECT count(*) FROM comments WHERE remote_id > 100000"));
        assertEquals(0, StoreProbe.number(file, "SELECT count(*) FROM sites WHERE base_url = 'https://big.example'"));
    }

    /** A WXR of {@code n} comments on one post of a site of its own. */
    static void writeBigWxr(Path to, int n) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<rss version=\"2.0\" "
                    + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:wp=\"http://wordpress.org/export/1.2/\">\n"
                    + "<channel>\n<title>Big</title>\n<link>https://big.example</link>\n<wp:wxr_version>1.2</wp:wxr_version>\n"
                    + "<wp:base_site_url>https://big.example</wp:base_site_url>\n<wp:base_blog_url>https://big.example</wp:base_blog_url>\n"
                    + "<item>\n<title>Big post</title>\n<link>https://big.example/?p=1</link>\n<wp:post_id>1</wp:post_id>\n"
                    + "<wp:status>publish</wp:status>\n<wp:post_type>post</wp:post_type>\n");
            for (int i = 1; i <= n; i++) {
                w.write(ConflictsAndImportTest.comment(100_000L + i, i % 3 == 0 ? "1" : "0", "Reader " + i,
                        "Comment number " + i + " with a few words of text to index, about things."));
            }
            w.write("</item>\n</channel>\n</rss>\n");
        }
        assertTrue(new File(to.toString()).length() > 10_000_000);
    }
}
