package dev.moddesk.ui.theme;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.text.Font;

/**
 * Emoji where the system can draw them, and words where it cannot: without an emoji font a JavaFX text draws an
 * emoji as an empty box, which tells a moderator nothing. Then each emoji (with its skin tone, joiners and
 * variation selector) becomes its Unicode name, ":grinning face:", and a flag its letters, ":flag GB:".
 */
public final class EmojiText {
    /** Families that draw the emoji of the supplementary planes; JavaFX falls back to them by itself. */
    static final List<String> EMOJI_FONTS = List.of("Noto Color Emoji", "Noto Emoji", "Segoe UI Emoji",
            "Apple Color Emoji", "Twemoji", "Twitter Color Emoji", "JoyPixels", "EmojiOne", "Symbola");

    private static volatile Boolean drawn;

    private EmojiText() {
    }

    /** {@code s} as it can be drawn here. */
    public static String drawable(String s) {
        // the font list is asked for only once some text has an emoji: it costs a start hundreds of milliseconds
        return s == null || !hasEmoji(s) || emojiDrawn() ? s : named(s);
    }

    private static boolean emojiDrawn() {
        Boolean d = drawn;
        if (d == null) {
            d = anyEmojiFont(new TreeSet<>(Font.getFamilies()));
            drawn = d;
        }
        return d;
    }

    static boolean anyEmojiFont(Set<String> installed) {
        return EMOJI_FONTS.stream().anyMatch(installed::contains);
    }

    /** Every emoji of {@code s} by name; other text as it is. */
    static String named(String s) {
        if (s == null || !hasEmoji(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (isRegionalIndicator(cp)) {
                i = flag(s, i, out);
            } else if (isEmoji(cp)) {
                out.append(':').append(name(cp)).append(':');
                i = afterSequence(s, i + Character.charCount(cp));
            } else if (isJoinerOrSelector(cp)) {
                i += Character.charCount(cp);
            } else {
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
        }
        return out.toString();
    }

    private static boolean hasEmoji(String s) {
        return s.codePoints().anyMatch(cp -> isEmoji(cp) || isRegionalIndicator(cp) || isJoinerOrSelector(cp));
    }

    /** Two regional indicators are a flag; one alone is its letter. */
    private static int flag(String s, int i, StringBuilder out) {
        int first = s.codePointAt(i);
        int next = i + Character.charCount(first);
        out.append(":flag ").append((char) ('A' + first - 0x1F1E6));
        if (next < s.length() && isRegionalIndicator(s.codePointAt(next))) {
            out.append((char) ('A' + s.codePointAt(next) - 0x1F1E6));
            next += Character.charCount(s.codePointAt(next));
        }
        out.append(':');
        return next;
    }

    /** Skips what belongs to the emoji just named: skin tones, selectors, tags, and emoji joined on by ZWJ. */
    private static int afterSequence(String s, int i) {
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (cp == 0x200D && i + 1 < s.length()) {
                int joined = s.codePointAt(i + 1);
                i += 1 + (isEmoji(joined) || joined >= 0x2600 && joined <= 0x27BF ? Character.charCount(joined) : 0);
            } else if (isJoinerOrSelector(cp) || cp >= 0x1F3FB && cp <= 0x1F3FF) {
                i += Character.charCount(cp);
            } else {
                break;
            }
        }
        return i;
    }

    private static String name(int cp) {
        String n = Character.getName(cp);
        return n == null ? "emoji" : n.toLowerCase(Locale.ROOT);
    }

    /** Pictographs of the supplementary planes (the ones a text font lacks; the older BMP symbols it has). */
    static boolean isEmoji(int cp) {
        return cp >= 0x1F000 && cp <= 0x1FAFF && !isRegionalIndicator(cp);
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    /** Invisible parts of emoji sequences that would otherwise be drawn as boxes. */
    private static boolean isJoinerOrSelector(int cp) {
        return cp == 0x200D || cp == 0xFE0F || cp == 0xFE0E || cp == 0x20E3 || cp >= 0xE0020 && cp <= 0xE007F;
    }
}
