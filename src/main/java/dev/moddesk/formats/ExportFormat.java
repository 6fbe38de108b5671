package dev.moddesk.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/** The admin export formats of the README's Design section. */
public enum ExportFormat {
    CSV("csv"), JSON("json"), WXR("wxr"), WP_CLI("wp-cli");

    private final String word;

    ExportFormat(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<ExportFormat> fromWord(String w) {
        String x = w == null ? "" : w.trim().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.word.equals(x)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** A writer of this format onto {@code out}; {@code excelBom} adds the byte-order mark Excel needs (CSV only). */
    public ExportWriter open(OutputStream out, boolean excelBom, String generator) throws IOException {
        switch (this) {
            case CSV: return new CsvExportWriter(out, excelBom);
            case JSON: return new JsonExportWriter(out);
            case WXR: return new WxrExportWriter(out, generator);
            default: return new WpCliExportWriter(out, generator);
        }
    }
}
