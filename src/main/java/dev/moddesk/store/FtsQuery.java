package dev.moddesk.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a person typed into FTS5 queries that never raise a syntax error: first the text as FTS5
 * syntax (so {@code "exact phrase"}, {@code pref*}, {@code a OR b} work), and when SQLite rejects that, each
 * whitespace-separated word as a quoted phrase ({@code john@example.com} becomes
 * {@code "john@example.com"}), a trailing star kept as a prefix search.
 */
final class FtsQuery {
    private FtsQuery() {
    }

    /** The queries to try, in order; empty when the text holds no searchable word. */
    static List<String> candidates(String typed) {
        List<String> out = new ArrayList<>(2);
        String plain = plainWords(typed);
        if (plain.isEmpty()) {
            return out;
        }
        String t = typed.strip();
        if (!t.equals(plain)) {
            out.add(t);
        }
        out.add(plain);
        return out;
    }

    /**
     * Every word of {@code typed} as a prefix, all required, in the given FTS5 columns only: {@code Hale m.ha}
     * in {@code {author email ip}} becomes {@code {author email ip} : ("Hale"* AND "m.ha"*)}. Empty when
     * nothing searchable was typed. Always valid FTS5 syntax.
     */
    static String columnPrefixes(String columns, String typed) {
        StringBuilder sb = new StringBuilder();
        for (String word : typed.strip().split("\\s+")) {
            String w = word.replace("\"", "").replace("*", "");
            if (!hasWordCharacter(w)) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : " AND ").append('"').append(w).append("\"*");
        }
        return sb.length() == 0 ? "" : columns + " : (" + sb + ")";
    }

    static String plainWords(String typed) {
        StringBuilder sb = new StringBuilder();
        for (String word : typed.strip().split("\\s+")) {
            boolean prefix = word.endsWith("*");
            String w = word.replace("\"", "").replace("*", "");
            if (!hasWordCharacter(w)) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append('"').append(w).append('"');
            if (prefix) {
                sb.append('*');
            }
        }
        return sb.toString();
    }

    private static boolean hasWordCharacter(String w) {
        return w.codePoints().anyMatch(cp -> Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.OTHER_SYMBOL);
    }

    static boolean isSyntaxError(java.sql.SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("fts5") || m.contains("syntax error") || m.contains("unterminated string")
                || m.contains("no such column") || m.contains("unknown special query");
    }
}
