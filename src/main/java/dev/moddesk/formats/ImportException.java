package dev.moddesk.formats;

import dev.moddesk.core.UserFacingException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** A file that cannot be imported, with where in it (line and column, when the problem has a place). */
public class ImportException extends UserFacingException {
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

    /** A file that could not be read, saying why in words even when the exception carries no message. */
    public static ImportException unreadable(String file, IOException e) {
        String why = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return new ImportException(file, -1, -1, "cannot read the file: " + why, e);
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
