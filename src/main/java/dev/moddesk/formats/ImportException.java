package dev.moddesk.formats;

import java.nio.file.Path;

/** A file that cannot be imported, with where in it (line and column, when the problem has a place). */
public class ImportException extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;

    public ImportException(String file, int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public ImportException(String file, String message) {
        this(file, -1, -1, message, null);
    }

    public static ImportException at(Path file, int line, int column, String message) {
        return new ImportException(String.valueOf(file), line, column, message, null);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** One line for a person: {@code FILE:LINE:COLUMN: message}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(getMessage()).toString();
    }
}
