package dev.moddesk.formats;

import dev.moddesk.core.ExportRow;
import java.io.IOException;

/** Writes exported comments one at a time (rows arrive grouped by site and post); {@link #finish} closes the document. */
public interface ExportWriter {
    void write(ExportRow row) throws IOException;

    void finish() throws IOException;
}
