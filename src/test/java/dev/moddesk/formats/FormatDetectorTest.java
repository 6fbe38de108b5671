package dev.moddesk.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The format is told from the content, whatever Unicode encoding the file is in, with or without a byte order mark. */
class FormatDetectorTest {
    static final String WXR = "<?xml version=\"1.0\" encoding=\"ENC\"?>\n<rss version=\"2.0\" "
            + "xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel></channel></rss>\n";
    static final String DISQUS = "<?xml version=\"1.0\" encoding=\"ENC\"?>\n<disqus xmlns=\"http://disqus.com\"></disqus>\n";
    static final String REST = "\n  [{\"id\": 1}]\n";

    /** {@code text} in {@code charset}, after the byte order mark {@code bom} (hex, may be empty). */
    static byte[] encode(String text, String charset, String bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < bom.length(); i += 2) {
            out.write(Integer.parseInt(bom.substring(i, i + 2), 16));
        }
        out.writeBytes(text.getBytes(Charset.forName(charset)));
        return out.toByteArray();
    }

    static ImportFormat detect(byte[] bytes) throws IOException {
        BufferedInputStream in = FormatDetector.open("test", new ByteArrayInputStream(bytes));
        return FormatDetector.detect("test", in);
    }

    @ParameterizedTest(name = "{0} {1} BOM ''{2}''")
    @CsvSource({
            "UTF-8, UTF-8, ''", "UTF-8, UTF-8, EFBBBF",
            "UTF-16LE, UTF-16LE, ''", "UTF-16BE, UTF-16BE, ''", "UTF-16LE, UTF-16, FFFE", "UTF-16BE, UTF-16, FEFF",
            "UTF-32LE, UTF-32LE, ''", "UTF-32BE, UTF-32BE, ''", "UTF-32LE, UTF-32, FFFE0000",
            "UTF-32BE, UTF-32, 0000FEFF",
    })
    void everyUnicodeEncodingIsDetected(String charset, String declared, String bom) throws IOException {
        assertEquals(ImportFormat.WXR, detect(encode(WXR.replace("ENC", declared), charset, bom)));
        assertEquals(ImportFormat.DISQUS, detect(encode(DISQUS.replace("ENC", declared), charset, bom)));
        assertEquals(ImportFormat.REST_JSON, detect(encode(REST, charset, bom)));
    }

    @ParameterizedTest
    @CsvSource({"ISO-8859-1", "windows-1252"})
    void anAsciiCompatibleEncodingThatTheDeclarationNamesIsDetected(String charset) throws IOException {
        String xml = WXR.replace("ENC", charset).replace("<channel>", "<channel><title>Caf\u00e9</title>");
        assertEquals(ImportFormat.WXR, detect(xml.getBytes(Charset.forName(charset))));
        assertEquals(ImportFormat.REST_JSON, detect(REST.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
