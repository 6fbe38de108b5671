package dev.moddesk.formats;

import dev.moddesk.core.Comment;
import dev.moddesk.core.ExportRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV export: UTF-8, a header row, RFC 4180 quoting. Text cells that a spreadsheet would run as a formula
 * (starting with {@code = + - @}, tab or carriage return) get a leading apostrophe, as OWASP advises.
 */
final class CsvExportWriter implements ExportWriter {
    private final CSVPrinter printer;

    CsvExportWriter(OutputStream out, boolean excelBom) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (excelBom) {
            w.write('\uFEFF');
        }
        printer = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                .setHeader(ExportFields.COLUMNS.toArray(String[]::new)).get());
    }

    @Override
    public void write(ExportRow r) throws IOException {
        Comment c = r.comment();
        printer.printRecord(safe(r.site()), c.remoteId(), c.postId(), safe(r.postTitle()), c.parentId(),
                safe(r.status().word()), safe(c.author()), safe(c.email()), safe(c.url()), safe(c.ip()),
                ExportFields.dateGmt(c.dateGmt()), safe(c.content()), safe(r.decidedBy()),
                ExportFields.decidedAt(r.decidedAt()));
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    /** Neutralises a cell a spreadsheet would evaluate. */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
