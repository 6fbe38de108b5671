package dev.moddesk.cli;

import java.util.Locale;

/**
 * Text from a site (or a file, or a server's answer) made safe to print on a terminal: a comment must not
 * clear the screen, retitle the window, plant a hyperlink, ring the bell, overwrite its own line or reverse
 * what follows it. Control characters (C0, DEL, C1), line and paragraph separators and the bidirectional
 * formatting characters are shown as C-style escapes instead: ESC as {@code \e}; tab, CR and LF as {@code \t},
 * {@code \r}, {@code \n}; the others up to U+00FF as {@code \x} and two hex digits (BEL is {@code \x07}); those
 * above as a backslash, {@code u} and four hex digits (RLO, U+202E, is backslash-u202e). Everything else,
 * backslashes included, prints as it is. JSON output does not go through here: it stays exact.
 */
final class TerminalText {
    private TerminalText() {
    }

    static String escape(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                if (b == null) {
                    b = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                b.append(escaped(c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    /** {@link String#format} (default locale, as {@code printf}) with the result escaped. */
    static String format(String format, Object... args) {
        return escape(String.format(format, args));
    }

    private static boolean isControl(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || isBidiControl(c);
    }

    /** ALM, LRM, RLM, the embeddings and overrides (LRE…RLO) and the isolates (LRI…PDI). */
    private static boolean isBidiControl(char c) {
        return c == '\u061c' || c == '\u200e' || c == '\u200f' || c >= '\u202a' && c <= '\u202e'
                || c >= '\u2066' && c <= '\u2069';
    }

    private static String escaped(char c) {
        switch (c) {
            case '\u001b': return "\\e";
            case '\t': return "\\t";
            case '\n': return "\\n";
            case '\r': return "\\r";
            default: return String.format(Locale.ROOT, c <= 0xff ? "\\x%02x" : "\\u%04x", (int) c);
        }
    }
}
