package dev.moddesk.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Emoji by name where no emoji font can draw them: never a box, always something a moderator can read. */
class EmojiTextTest {
    @Test
    void anEmojiWithItsSkinToneAndSelectorBecomesItsName() {
        assertEquals("great :grinning face: post", EmojiText.named("great \uD83D\uDE00 post"));
        assertEquals(":thumbs up sign:!", EmojiText.named("\uD83D\uDC4D\uD83C\uDFFD\uFE0F!"));
    }

    @Test
    void aJoinedSequenceIsOneNameAndAFlagItsLetters() {
        // woman + ZWJ + laptop: one emoji on screen, one name
        assertEquals(":woman: codes", EmojiText.named("\uD83D\uDC69\u200D\uD83D\uDCBB codes"));
        assertEquals("from :flag GB:", EmojiText.named("from \uD83C\uDDEC\uD83C\uDDE7"));
    }

    @Test
    void otherTextStaysAsItIs() {
        String text = "Привет 안녕 café ✓ — ❤";
        assertEquals(text, EmojiText.named(text));
        assertEquals("❤ love", EmojiText.named("❤\uFE0F love"), "the invisible selector would be a box");
    }

    @Test
    void anyKnownEmojiFontKeepsTheEmoji() {
        assertTrue(EmojiText.anyEmojiFont(Set.of("DejaVu Sans", "Noto Color Emoji")));
        assertTrue(EmojiText.anyEmojiFont(Set.of("Segoe UI Emoji")));
        assertFalse(EmojiText.anyEmojiFont(Set.of("DejaVu Sans", "Noto Sans CJK KR")));
    }
}
