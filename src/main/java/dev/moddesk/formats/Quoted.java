package dev.moddesk.formats;

/** How a file's own text is quoted in an error message: whole when short, its start when long. */
final class Quoted {
    private static final int SHOWN = 40;

    private Quoted() {
    }

    static String clip(String s) {
        return s.length() > SHOWN ? s.substring(0, SHOWN) + "…" : s;
    }

    /**
     * An id as a file writes it: a whole number, 0 or more (empty: 0). Anything else is refused at
     * {@code line}:{@code column} with what the file said.
     */
    static long id(String file, String text, String what, int line, int column) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return 0;
        }
        try {
            long v = Long.parseLong(t);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ImportException(file, line, column, what + " is not a number: '" + clip(t) + "'", null);
    }
}
