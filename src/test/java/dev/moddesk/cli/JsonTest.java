package dev.moddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JSON output keeps text exact, whatever the terminal's encoding. */
class JsonTest {
    static final String TEXT = "Eve\u001b[2J\u0007 \u009b31m \u202egnp.exe Борис 🐱 \"q\" \\";

    private static String written(Charset charset) throws IOException {
        StringWriter s = new StringWriter();
        try (JsonGenerator g = Json.generator(new PrintWriter(s), charset)) {
            g.writeString(TEXT);
        }
        return s.toString();
    }

    @Test
    void utf8OutputCarriesTextAsItIs_escapingOnlyWhatJsonMust() throws IOException {
        String json = written(StandardCharsets.UTF_8);
        assertEquals("\"Eve\\u001B[2J\\u0007 \u009b31m \u202egnp.exe Борис 🐱 \\\"q\\\" \\\\\"", json);
        assertEquals(TEXT, CliTest.JSON.readValue(json, String.class));
    }

    @Test
    void anAsciiTerminalGetsEscapesInsteadOfQuestionMarks() throws IOException {
        String json = written(StandardCharsets.US_ASCII);
        assertTrue(json.chars().allMatch(c -> c >= 0x20 && c < 0x7f), json);
        assertEquals(TEXT, CliTest.JSON.readValue(json, String.class));
    }
}
