package dev.moddesk.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into lower-case tokens, by code point so any script works: a word is a run of letters, digits and
 * combining marks (an apostrophe between letters stays inside: "don't"); a symbol such as an emoji or a heart is a
 * token of its own; punctuation, spaces and invisible format characters (the byte-order mark, joiners) separate.
 * A run without spaces (Chinese, Thai) is one long token, which the character n-grams then cut up.
 */
final class Words {
    /** Longer runs (base64 blobs, a 100 KB word) are cut so that no token costs more than this many code points. */
    static final int LONGEST = 40;

    private Words() {
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int n = text.length();
        int i = 0;
        int wordLength = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int size = Character.charCount(cp);
            if (isWordPart(cp) || isInnerApostrophe(text, i, cp, word)) {
                if (wordLength < LONGEST) {
                    appendLowered(word, cp);
                }
                wordLength++;
            } else {
                wordLength = flush(word, out);
                if (isSymbol(cp)) {
                    out.add(new String(Character.toChars(cp)));
                }
            }
            i += size;
        }
        flush(word, out);
        return out;
    }

    /**
     * Appends {@code cp}, an ASCII letter already in lower case (one string per word instead of two); any other
     * code point as it is, for {@link #flush} to lower the whole word as {@link String#toLowerCase} does (the Greek
     * final sigma depends on the letters around it).
     */
    private static void appendLowered(StringBuilder word, int cp) {
        if (cp >= 'A' && cp <= 'Z') {
            word.append((char) (cp + ('a' - 'A')));
        } else {
            word.appendCodePoint(cp);
        }
    }

    private static int flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
        return 0;
    }

    /**
     * {@link #isWordPart} and {@link #isSymbol} of each ASCII character, worked out once by the same methods: most
     * text is ASCII, and asking Character's tables up to three times per character was a twentieth of reading it.
     */
    private static final boolean[] ASCII_WORD_PART = new boolean[128];
    private static final boolean[] ASCII_SYMBOL = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_WORD_PART[c] = wordPart(c);
            ASCII_SYMBOL[c] = symbol(c);
        }
    }

    private static boolean isWordPart(int cp) {
        return cp < ASCII_WORD_PART.length ? ASCII_WORD_PART[cp] : wordPart(cp);
    }

    private static boolean wordPart(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isInnerApostrophe(String text, int i, int cp, StringBuilder word) {
        if ((cp != '\'' && cp != '\u2019') || word.length() == 0 || i + 1 >= text.length()) {
            return false;
        }
        return Character.isLetter(text.codePointAt(i + 1));
    }

    static boolean isSymbol(int cp) {
        return cp < ASCII_SYMBOL.length ? ASCII_SYMBOL[cp] : symbol(cp);
    }

    private static boolean symbol(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
                || type == Character.MODIFIER_SYMBOL;
    }
}
