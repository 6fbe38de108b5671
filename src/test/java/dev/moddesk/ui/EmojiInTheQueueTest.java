package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.store.StoreProbe;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * Emoji in the queue (author, comment, post title) are drawn as emoji where JavaFX lists an emoji font, and as
 * their names where it does not (JavaFX 21 on Linux lists no colour emoji font): never as boxes.
 */
class EmojiInTheQueueTest extends DeskUiTestBase {

    @Override
    protected void prepare(Workspace d) {
        StoreProbe.execute(file, "UPDATE comments SET author = 'Ana \uD83D\uDE00', "
                + "content = '\uD83D\uDC4D\uD83C\uDFFD\uFE0F \uD83C\uDDEC\uD83C\uDDE7'");
    }

    @Test
    void emojiInTheQueueAreEmojiOrTheirNamesNeverBoxes() {
        waitUntil("the rows shown", 5_000, () -> !drawnInTheQueue().isEmpty()
                && drawnInTheQueue().stream().anyMatch(t -> t.contains("thumbs") || t.startsWith("\uD83D\uDC4D")));
        List<String> texts = OnScreen.fx(this::drawnInTheQueue);
        boolean emojiFont = OnScreen.fx(() -> Font.getFamilies().stream()
                .anyMatch(f -> f.contains("Emoji") || f.equals("Symbola")));
        String excerpt = texts.stream().filter(t -> t.contains("thumbs") || t.startsWith("\uD83D\uDC4D")).findFirst().orElseThrow();
        String author = texts.stream().filter(t -> t.startsWith("Ana")).findFirst().orElseThrow();
        if (emojiFont) {
            assertTrue(excerpt.contains("\uD83D\uDC4D"), excerpt);
        } else {
            assertTrue(excerpt.equals(":thumbs up sign: :flag GB:"), excerpt);
            assertTrue(author.startsWith("Ana :grin"), author); // the narrow column may cut the rest
            for (String t : texts) {
                assertFalse(t.codePoints().anyMatch(cp -> cp >= 0x1F000 || cp == 0xFE0F || cp == 0x200D),
                        "no character without a glyph: " + t);
            }
        }
        assertNoErrors();
    }

    /** Every text the queue table draws. */
    private List<String> drawnInTheQueue() {
        return queueTable().lookupAll(".text").stream().filter(n -> n instanceof Text && n.isVisible())
                .map(n -> ((Text) n).getText()).filter(t -> t != null && !t.isBlank()).toList();
    }
}
